/** An attempt admitted under a window's limit, holding a place in it while its secret is checked. */
export interface AttemptSlot {
  /** Gives the place back; safe to call more than once. */
  release(): void;
}

/**
 * Failed attempts per key in a sliding window, in memory: cheap to check before any hashing,
 * and an attacker gains nothing from a restart because the account lock itself is stored.
 * Attempts still being checked count as failures until they are answered (`admit`), as the
 * override limits do: a hash takes long enough for a burst of parallel guesses to all pass a check
 * that counts committed failures only.
 */
export class FailureWindow {
  private readonly failures = new Map<string, number[]>();
  private readonly checking = new Map<string, number>();

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

  /**
   * Admits one attempt when the failures in the window plus the attempts still being checked stay
   * under the limit; null otherwise. Release the slot once the attempt's outcome is known, in the
   * same synchronous step that records its failure, so it is never counted twice nor missed.
   */
  admit(key: string, nowMs: number): AttemptSlot | null {
    const checking = this.checking.get(key) ?? 0;
    if (this.recent(key, nowMs).length + checking >= this.limit) return null;
    this.checking.set(key, checking + 1);
    let released = false;
    return {
      release: () => {
        if (released) return;
        released = true;
        const left = (this.checking.get(key) ?? 1) - 1;
        if (left > 0) this.checking.set(key, left);
        else this.checking.delete(key);
      },
    };
  }

  /** Whether the committed failures alone reach the limit (attempts being checked not counted). */
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
