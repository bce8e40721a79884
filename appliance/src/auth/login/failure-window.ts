/**
 * Failed attempts per key in a sliding window, in memory: cheap to check before any hashing,
 * and an attacker gains nothing from a restart because the account lock itself is stored.
 */
export class FailureWindow {
  private readonly failures = new Map<string, number[]>();

  constructor(
    readonly limit: number,
    readonly windowMs: number,
  ) {}

  private recent(key: string, nowMs: number): number[] {
    const kept = (this.failures.get(key) ?? []).filter((t) => nowMs - t < this.windowMs);
    if (kept.length === 0) this.failures.delete(key);
    else this.failures.set(key, kept);
    return kept;
  }

  /** Records a failure and returns how many fell in the window, this one included. */
  record(key: string, nowMs: number): number {
    const kept = this.recent(key, nowMs);
    kept.push(nowMs);
    this.failures.set(key, kept);
    return kept.length;
  }

  exceeded(key: string, nowMs: number): boolean {
    return this.recent(key, nowMs).length >= this.limit;
  }

  /** Milliseconds until the oldest failure leaves the window (when one more attempt is allowed). */
  retryAfterMs(key: string, nowMs: number): number {
    const kept = this.recent(key, nowMs);
    return kept.length === 0 ? 0 : Math.max(0, this.windowMs - (nowMs - kept[0]));
  }

  reset(key: string): void {
    this.failures.delete(key);
  }
}
