import type { Scale, WeightReading } from './weight-reading.js';

export interface StableWeightOptions {
  /** Give up after this long and return the last (unstable) reading. */
  timeoutMs?: number;
  /** Pause between requests while the platter settles. */
  intervalMs?: number;
}

/**
 * Reads until the scale reports a stable weight, as a WEIGHT item needs.
 * Only `unstable` is retried (an item still settling); negative, overload and
 * timeout need the operator, so they return at once.
 */
export async function readStableWeight(scale: Scale, options: StableWeightOptions = {}): Promise<WeightReading> {
  const deadline = Date.now() + (options.timeoutMs ?? 3_000);
  const intervalMs = options.intervalMs ?? 150;
  for (;;) {
    const reading = await scale.readWeight();
    if (reading.state !== 'unstable' || Date.now() + intervalMs >= deadline) return reading;
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
