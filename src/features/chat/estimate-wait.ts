/**
 * An honest wait estimate from what really happened lately: how long recent conversations took and how
 * many workers are free. With no history yet, `fallbackHandlingSeconds` stands in for the handling time.
 */
export function estimateWait(options: {
  position: number;
  /** Handling times (accepted → ended) of recent conversations, in seconds. */
  recentHandlingSeconds: readonly number[];
  /** Waits (created → accepted) of recent conversations, in seconds. */
  recentWaitSeconds: readonly number[];
  /** Free places among available workers right now (their limit minus their open chats). */
  freeSlots: number;
  /** All places among available workers. */
  totalSlots: number;
  fallbackHandlingSeconds?: number;
}): number {
  const { position, freeSlots } = options;
  if (position <= 0) return 0;
  const handling = median(options.recentHandlingSeconds) ?? options.fallbackHandlingSeconds ?? 600;
  if (freeSlots >= position) {
    // Someone is free: the wait is how long a free worker usually takes to pick up.
    return Math.round(Math.min(median(options.recentWaitSeconds) ?? 30, handling));
  }
  const slots = Math.max(1, options.totalSlots);
  // Each round of `slots` conversations takes about one handling time to clear.
  const rounds = Math.ceil((position - Math.max(0, freeSlots)) / slots);
  return Math.round(rounds * handling);
}

function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}
