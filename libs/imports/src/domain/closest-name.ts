/** Levenshtein distance, case-insensitive: how far a typed name is from a known one. */
function editDistance(left: string, right: string): number {
  const a = left.toLowerCase();
  const b = right.toLowerCase();
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}

/** The known name closest to `typed`, when it is close enough to be a likely typo (or contains it). */
export function closestName(typed: string, known: readonly string[]): string | null {
  let best: { name: string; distance: number } | null = null;
  for (const name of known) {
    const distance = editDistance(typed, name);
    if (!best || distance < best.distance) best = { name, distance };
  }
  if (!best) return null;
  const containsIt = known.find((name) => name.toLowerCase().includes(typed.toLowerCase()) || typed.toLowerCase().includes(name.toLowerCase()));
  if (best.distance <= Math.max(3, Math.floor(typed.length / 3))) return best.name;
  return containsIt ?? null;
}
