import { signal } from '@preact/signals';
import { ApiError } from '../../shared/api';
import { t } from '../texts';
import type { Product } from './catalog';
import { config } from './config';
import { api } from './session';

/** The product sold by weight on the scale now (the weighing dialog is open while set). */
export const weighing = signal<Product | null>(null);

/** What the scale shows: a stable weight that may be charged, or why not, in the scale's own pt-BR words. */
export type ScaleReading = { stable: true; grams: number } | { stable: false; message: string };

/**
 * The dialog follows the scale live, one reading after the other: each answers at once (no wait for
 * the platter to settle), so "instável" shows while the item still moves and the weight as soon as
 * it is stable.
 */
const LIVE_READING_WAIT_MS = 0;

export async function readScale(signal: AbortSignal): Promise<ScaleReading> {
  const scaleId = config.value?.scaleId;
  if (!scaleId) return { stable: false, message: t('POS_SCALE_NONE') };
  try {
    const { grams } = await api.get('/api/v1/devices/{id}/weight', { params: { path: { id: scaleId }, query: { maxWaitMs: LIVE_READING_WAIT_MS } }, signal });
    return { stable: true, grams };
  } catch (error) {
    // Unstable, negative, overload, a silent scale: the cashier reads what to do and weighs again.
    if (error instanceof ApiError && error.code.startsWith('SCALE_')) return { stable: false, message: error.message };
    throw error;
  }
}
