import { MAX_PUSHED_PRICE_CENTS } from '../../contract/downstream.js';

/**
 * pt-BR money text from integer centavos (123456 → "R$ 1.234,56"), for receipts, screens and
 * messages. Integer arithmetic only: money never passes through a float.
 */
export function formatBrl(cents: number, withSymbol = true): string {
  if (!Number.isSafeInteger(cents)) throw new RangeError(`money must be integer centavos, got ${cents}`);
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  const reais = Math.floor(abs / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const body = `${reais},${String(abs % 100).padStart(2, '0')}`;
  return withSymbol ? `${sign}R$ ${body}` : `${sign}${body}`;
}

/**
 * Hard upper bounds on amounts a person can type. With them every computed total (at most 100
 * lines per call, and the order cap below) stays far from `Number.MAX_SAFE_INTEGER`.
 */
export const MAX_UNIT_PRICE_CENTS = MAX_PUSHED_PRICE_CENTS; // R$ 1.000.000,00 per unit, the bound HQ pushes within too
export const MAX_ORDER_TOTAL_CENTS = 1_000_000_000; // R$ 10.000.000,00 per order
