/** The address of a candidate's page. */
export function candidatePath(id: string): string {
  return `/kandidaten/${encodeURIComponent(id)}`;
}
