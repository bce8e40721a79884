import { divRoundHalfUp } from './rounding.js';

export type CompositePriceRule = 'HIGHEST' | 'AVERAGE';

/** Price of a weighed line: round-half-up(pricePerKg * grams / 1000). */
export function weightPriceCents(pricePerKgCents: number, grams: number): number {
  return divRoundHalfUp(pricePerKgCents * grams, 1000);
}

/** Billed units of a TIME product: every started block counts (31 min at 15-min blocks = 3). */
export function startedTimeBlocks(minutes: number, blockMinutes: number): number {
  if (!Number.isInteger(minutes) || minutes < 1 || !Number.isInteger(blockMinutes) || blockMinutes < 1) {
    throw new RangeError('minutes and blockMinutes must be positive integers');
  }
  return Math.ceil(minutes / blockMinutes);
}

/**
 * Price of a half-and-half (1/2, 1/3, 1/4) product from the full prices of its flavours, each
 * flavour being an equal fraction. HIGHEST charges the dearest flavour; AVERAGE charges
 * round-half-up(sum / n), so a 1/3 split of 40,00 + 45,00 + 50,01 costs 45,00.
 */
export function compositePriceCents(flavourPricesCents: readonly number[], rule: CompositePriceRule): number {
  if (flavourPricesCents.length === 0) throw new RangeError('a composite product needs at least one flavour');
  if (rule === 'HIGHEST') return Math.max(...flavourPricesCents);
  return divRoundHalfUp(
    flavourPricesCents.reduce((a, b) => a + b, 0),
    flavourPricesCents.length,
  );
}
