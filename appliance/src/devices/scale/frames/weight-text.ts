import { negative, overload, stable, unstable, type WeightReading } from '../weight-reading.js';

/**
 * Weight fields of Toledo B/C and Filizola frames: digits (kg, with implied or
 * explicit decimals) or a run of status letters: I instável, N negativo,
 * S sobrecarga. Returns null for anything else.
 */
export function parseWeightText(text: string, impliedDecimals: number): WeightReading | null {
  const trimmed = text.trim().replace(/kg$/i, '').trim();
  if (/^I+$/.test(trimmed)) return unstable;
  if (/^N+$/.test(trimmed)) return negative;
  if (/^S+$/.test(trimmed)) return overload;
  const grams = kilogramTextToGrams(trimmed, impliedDecimals);
  return grams === null ? null : stable(grams);
}

export function kilogramTextToGrams(text: string, impliedDecimals: number): number | null {
  const explicit = /^(\d+)[.,](\d{1,3})$/.exec(text);
  if (explicit) return Number(explicit[1]) * 1000 + Number(explicit[2].padEnd(3, '0'));
  if (!/^\d+$/.test(text)) return null;
  return scaleDigits(Number(text), impliedDecimals);
}

/** Integer `value` with `decimals` implied decimals of a kilogram, as grams. */
export function scaleDigits(value: number, decimals: number): number | null {
  if (decimals <= 3) return value * 10 ** (3 - decimals);
  const divisor = 10 ** (decimals - 3);
  // Sub-gram resolution is not something a retail scale reports; refuse rather than round.
  return value % divisor === 0 ? value / divisor : null;
}

export function gramsToDigits(grams: number, width: number): string {
  return String(grams).padStart(width, '0');
}
