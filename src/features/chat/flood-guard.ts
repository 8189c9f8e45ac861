/**
 * How many messages a client may send within a window, on the WebSocket and the no-JS form alike; typing
 * signals have a budget of their own of the same size (each one is a broadcast to the other side).
 */
export const FLOOD_LIMIT = { max: 20, windowMs: 10_000 } as const;

/** A sliding window for one connection: false when the sender is over the limit. Nothing is stored. */
export function floodGuard(
  enabled: boolean,
  limit: { max: number; windowMs: number } = FLOOD_LIMIT,
  now: () => number = Date.now,
): () => boolean {
  const times: number[] = [];
  return () => {
    if (!enabled) return true;
    const t = now();
    while (times.length > 0 && (times[0] ?? 0) <= t - limit.windowMs) times.shift();
    if (times.length >= limit.max) return false;
    times.push(t);
    return true;
  };
}
