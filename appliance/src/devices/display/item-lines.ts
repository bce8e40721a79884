/**
 * The customer-facing layout: line 1 the item just added and its amount,
 * line 2 the running total. Labels come from the message catalog via the
 * caller; amounts are integer centavos formatted the Brazilian way.
 */
export interface DisplayedItem {
  description: string;
  amountCents: number;
}

export function itemAndTotalLines(item: DisplayedItem, totalCents: number, totalLabel: string, columns = 20): [string, string] {
  return [spread(item.description, formatBrl(item.amountCents, false), columns), spread(totalLabel, formatBrl(totalCents, true), columns)];
}

/** 123456 -> "1.234,56" (or "R$ 1.234,56"), integer arithmetic only. */
export function formatBrl(cents: number, withSymbol: boolean): string {
  if (!Number.isSafeInteger(cents)) throw new RangeError(`amount must be integer centavos, got ${cents}`);
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  const reais = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const text = `${sign}${reais},${String(abs % 100).padStart(2, '0')}`;
  return withSymbol ? `R$ ${text}` : text;
}

/** Left text and right-aligned amount on one line; the description gives way when space runs out. */
function spread(left: string, right: string, columns: number): string {
  const room = columns - right.length - 1;
  if (room <= 0) return right.slice(-columns);
  const leftChars = [...left.trim()].slice(0, room).join('');
  return leftChars + ' '.repeat(columns - leftChars.length - right.length) + right;
}
