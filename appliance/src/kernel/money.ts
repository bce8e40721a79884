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
