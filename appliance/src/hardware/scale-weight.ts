import { readStableWeight } from '../devices/scale/stable-weight.js';
import type { WeightReading } from '../devices/scale/weight-reading.js';
import { AppError } from '../kernel/errors.js';
import type { HardwareRuntime } from './hardware-runtime.js';

/** Why a reading cannot be charged, with the scale's own pt-BR text for each state. */
const REFUSALS = {
  unstable: { code: 'SCALE_WEIGHT_UNSTABLE', status: 422 },
  negative: { code: 'SCALE_WEIGHT_NEGATIVE', status: 422 },
  overload: { code: 'SCALE_WEIGHT_OVERLOAD', status: 422 },
  timeout: { code: 'SCALE_TIMEOUT', status: 503 },
} as const;

export const DEFAULT_SCALE_WAIT_MS = 3_000;

/**
 * Reads the configured scale until it is stable (or `maxWaitMs` passes) and returns the grams a
 * WEIGHT item may be charged for. Every other state is an AppError with its own stable code:
 * unstable / negative / overload need the operator (422), timeout means the scale is silent (503).
 */
export async function readChargeableWeight(runtime: HardwareRuntime, scaleId: string, maxWaitMs = DEFAULT_SCALE_WAIT_MS): Promise<{ state: 'stable'; grams: number }> {
  const reading: WeightReading = await readStableWeight(runtime.scale(scaleId), { timeoutMs: maxWaitMs });
  if (reading.state === 'stable') return { state: 'stable', grams: reading.grams };
  const refusal = REFUSALS[reading.state];
  const details = { scaleId, state: reading.state, grams: null, ...(reading.state === 'timeout' ? { cause: reading.cause } : {}) };
  throw new AppError(refusal.code, refusal.status, messageKeyOf(reading), details);
}

/** A scale that answers in another unit is not silent: the operator is told to set it to kg. */
function messageKeyOf(reading: Exclude<WeightReading, { state: 'stable' }>): string {
  return reading.state === 'timeout' && reading.cause === 'NOT_KILOGRAMS' ? 'scale.state.timeout.NOT_KILOGRAMS' : `scale.state.${reading.state}`;
}
