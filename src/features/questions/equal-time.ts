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

/**
 * The floor used for every request that carries a retrieval code. It only has to hide the work a hit does
 * after the lookup (decrypting a handful of messages: tens of microseconds). Measured in-process on the
 * bench machine, a hit and a miss of `retrieveThread` both take ~0.6 ms at p50 and have the same tails,
 * so 2 ms covers the difference many times over; a longer floor only made every answer slower (it was
 * 12 ms). Wrong codes cannot leak anything about right ones anyway: the lookup is by the SHA-256 of the
 * guess, so how far a lookup gets says nothing about any stored code; guessing is limited per client.
 */
export const CODE_CHECK_FLOOR_MS = 2;
