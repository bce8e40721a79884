/**
 * What a scale reported for one request. Only `stable` carries a weight a sale
 * may charge for; every other state is reported distinctly so the terminal can
 * tell the operator what to do (wait, re-zero, unload, check the cable).
 */
export type WeightState = 'stable' | 'unstable' | 'negative' | 'overload' | 'timeout';

/** Why a read ended in `timeout`: nothing came back, or only frames we had to reject (see FrameRejection). */
export type TimeoutCause = 'NO_RESPONSE' | 'BAD_CHECKSUM' | 'UNREADABLE_FRAME' | 'NOT_KILOGRAMS';

export type WeightReading =
  | { state: 'stable'; grams: number }
  | { state: 'unstable' | 'negative' | 'overload'; grams: null }
  | { state: 'timeout'; grams: null; cause: TimeoutCause };

export interface Scale {
  readWeight(): Promise<WeightReading>;
}

export const stable = (grams: number): WeightReading => {
  if (!Number.isInteger(grams) || grams < 0) throw new RangeError(`grams must be a non-negative integer, got ${grams}`);
  return { state: 'stable', grams };
};

export const unstable: WeightReading = { state: 'unstable', grams: null };
export const negative: WeightReading = { state: 'negative', grams: null };
export const overload: WeightReading = { state: 'overload', grams: null };
export const timedOut = (cause: TimeoutCause): WeightReading => ({ state: 'timeout', grams: null, cause });
