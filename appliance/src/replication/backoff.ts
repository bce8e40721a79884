export interface BackoffOptions {
  baseMs: number;
  maxMs: number;
}

/**
 * Exponential backoff with "equal jitter": half the exponential step is fixed, half random, so
 * many stores coming back after a relay outage spread out instead of retrying in lockstep.
 */
export function backoffDelay(attempt: number, options: BackoffOptions, random: () => number = Math.random): number {
  const ceiling = Math.min(options.maxMs, options.baseMs * 2 ** Math.min(attempt, 30));
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}

/**
 * The wait the relay asked for with `Retry-After` (429 while it is busy, 503 while it restarts),
 * never less, plus up to a fifth more at random so the stores it turned away together do not all
 * come back in the same second. Capped at `maxMs`, so a bad header cannot park the replicator.
 */
export function retryAfterDelay(retryAfterMs: number, options: BackoffOptions, random: () => number = Math.random): number {
  const asked = Math.min(options.maxMs, Math.max(0, retryAfterMs));
  return Math.round(asked + random() * (asked / 5));
}

/**
 * `Retry-After` as milliseconds: delay-seconds or an HTTP date; null when absent, unreadable or
 * asking for no wait at all. A date is read on the store's clock, which may run ahead of the
 * relay's (a mini-PC with a dead RTC battery): a date already past would make every retry
 * immediate, hundreds a second while the relay restarts, so the caller's own back-off applies.
 */
export function parseRetryAfter(header: string | null, now: number = Date.now()): number | null {
  if (!header) return null;
  const value = header.trim();
  const date = /^\d+$/.test(value) ? now + Number(value) * 1000 : Date.parse(value);
  return Number.isNaN(date) || date <= now ? null : date - now;
}
