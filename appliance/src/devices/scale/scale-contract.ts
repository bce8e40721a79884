import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { WireReading } from './frames/index.js';
import { readStableWeight } from './stable-weight.js';
import type { Scale } from './weight-reading.js';

/** What the contract needs from an implementation: the scale, and a way to change what the platter shows. */
export interface ScaleHarness {
  scale: Scale;
  place(reading: WireReading): void;
  /** Makes the scale stop answering (switched off, cable pulled). */
  silence(): void;
  close(): Promise<void>;
}

/** The behaviour every Scale must show, real (serial over PTY) or virtual. */
export function scaleContract(name: string, createHarness: () => Promise<ScaleHarness>): void {
  describe(`Scale contract: ${name}`, () => {
    let harness: ScaleHarness;
    beforeEach(async () => {
      harness = await createHarness();
    });
    afterEach(async () => {
      await harness.close();
    });

    it('reads 1.234 kg stable as 1234 integer grams', async () => {
      harness.place({ state: 'stable', grams: 1234 });
      const reading = await harness.scale.readWeight();
      expect(reading).toEqual({ state: 'stable', grams: 1234 });
      expect(Number.isInteger(reading.grams)).toBe(true);
    });

    it('reports an empty platter as stable zero', async () => {
      harness.place({ state: 'stable', grams: 0 });
      expect(await harness.scale.readWeight()).toEqual({ state: 'stable', grams: 0 });
    });

    it('reports unstable, negative and overload distinctly, without a weight', async () => {
      const seen: string[] = [];
      for (const state of ['unstable', 'negative', 'overload'] as const) {
        harness.place({ state, grams: null });
        const reading = await harness.scale.readWeight();
        expect(reading.grams).toBeNull();
        seen.push(reading.state);
      }
      expect(seen).toEqual(['unstable', 'negative', 'overload']);
    });

    it('follows the platter from one read to the next', async () => {
      harness.place({ state: 'unstable', grams: null });
      expect((await harness.scale.readWeight()).state).toBe('unstable');
      harness.place({ state: 'stable', grams: 850 });
      expect(await harness.scale.readWeight()).toEqual({ state: 'stable', grams: 850 });
    });

    it('waits through unstable readings for a stable weight, but not through overload', async () => {
      harness.place({ state: 'unstable', grams: null });
      const settling = setTimeout(() => harness.place({ state: 'stable', grams: 1234 }), 120);
      expect(await readStableWeight(harness.scale, { timeoutMs: 2_000, intervalMs: 40 })).toEqual({ state: 'stable', grams: 1234 });
      clearTimeout(settling);
      harness.place({ state: 'overload', grams: null });
      const started = Date.now();
      expect((await readStableWeight(harness.scale, { timeoutMs: 2_000, intervalMs: 40 })).state).toBe('overload');
      expect(Date.now() - started).toBeLessThan(1_000);
    });

    it('reports timeout when the scale does not answer', async () => {
      harness.silence();
      expect(await harness.scale.readWeight()).toEqual({ state: 'timeout', grams: null, cause: 'NO_RESPONSE' });
    });

    it('answers concurrent reads one at a time, each with a full reading', async () => {
      harness.place({ state: 'stable', grams: 2000 });
      const readings = await Promise.all([harness.scale.readWeight(), harness.scale.readWeight(), harness.scale.readWeight()]);
      expect(readings).toEqual([1, 2, 3].map(() => ({ state: 'stable', grams: 2000 })));
    });
  });
}
