import { HttpError } from "../../platform/http/http-error";

/** Code guesses allowed per client and window: the entry forms and unknown codes in cookies share them. */
export const CODE_GUESSES = { max: 10, windowMs: 60_000 } as const;
const MAX_TRACKED = 10_000;

export interface CodeGuessLimiter {
  /** Whether this client has used up its guesses for now; then no code of theirs is looked up. */
  blocked: (key: string) => boolean;
  /** Counts one guess. */
  count: (key: string) => void;
  /** Throws the app's 429 when blocked, else counts one guess (an entry form: every try is a guess). */
  take: (key: string) => void;
  /** Throws the app's 429 when blocked (a request carrying a code, before the code is looked up). */
  assertAllowed: (key: string) => void;
}

export const rateLimited = (): HttpError => new HttpError(429, "rate-limited", "error.rateLimited");

/**
 * One fixed-window counter per client (the address, kept in memory only, never logged). Guessing a code through a
 * cookie must cost the same as typing it into the form, or the cookie would be a way round the form's limit.
 */
export function createCodeGuessLimiter(
  options: { max?: number; windowMs?: number; enabled?: boolean; now?: () => number } = {},
): CodeGuessLimiter {
  const max = options.max ?? CODE_GUESSES.max;
  const windowMs = options.windowMs ?? CODE_GUESSES.windowMs;
  const now = options.now ?? Date.now;
  const enabled = options.enabled ?? true;
  const windows = new Map<string, { start: number; count: number }>();

  const current = (key: string) => {
    const entry = windows.get(key);
    return entry && now() - entry.start < windowMs ? entry : undefined;
  };
  const prune = () => {
    for (const [key, entry] of windows) if (now() - entry.start >= windowMs) windows.delete(key);
    // Still full: forget the oldest windows (a Map keeps insertion order) so memory stays bounded.
    for (const key of windows.keys()) {
      if (windows.size < MAX_TRACKED) break;
      windows.delete(key);
    }
  };
  const blocked = (key: string) => enabled && (current(key)?.count ?? 0) >= max;
  const count = (key: string) => {
    if (!enabled) return;
    const entry = current(key);
    if (entry) {
      entry.count += 1;
      return;
    }
    windows.delete(key);
    if (windows.size >= MAX_TRACKED) prune();
    windows.set(key, { start: now(), count: 1 });
  };
  return {
    blocked,
    count,
    take(key) {
      if (blocked(key)) throw rateLimited();
      count(key);
    },
    assertAllowed(key) {
      if (blocked(key)) throw rateLimited();
    },
  };
}
