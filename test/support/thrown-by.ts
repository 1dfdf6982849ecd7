/** What `work` throws, when it is a `kind`; fails when it throws something else or nothing. */
export function thrownBy<E extends Error>(kind: abstract new (...parameters: never[]) => E, work: () => unknown): E {
  try {
    work();
  } catch (error) {
    if (error instanceof kind) return error;
    throw error;
  }
  throw new Error(`expected a ${kind.name}`);
}
