/**
 * Answers no sooner than `minimumMs` after the start, whatever the outcome: a right code (lookup, then
 * decrypting messages) and a wrong one (one index miss) take the same time from outside. Both paths
 * already do the same work up to the lookup — one SHA-256 of the normalised code and one unique-index
 * probe — so the floor only has to cover the decrypting and rendering that follow a hit.
 */
export async function withMinimumDuration<T>(minimumMs: number, work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  try {
    return await work();
  } finally {
    const left = minimumMs - (performance.now() - started);
    if (left > 0) await new Promise((resolve) => setTimeout(resolve, left));
  }
}

/** The floor used for every request that carries a retrieval code. */
export const CODE_CHECK_FLOOR_MS = 12;
