import { formatBrl } from '../../kernel/money.js';
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
  return [spread(item.description, formatBrl(item.amountCents, false), columns), totalLine(totalCents, totalLabel, columns)];
}

/** The running total, as line 2 shows it under whatever line 1 says. */
export function totalLine(totalCents: number, totalLabel: string, columns = 20): string {
  return spread(totalLabel, formatBrl(totalCents, true), columns);
}

/** After a payment: the amount paid over the change, both written the same way (`R$ 33,60`, `R$ 0,00`). */
export function paidAndChangeLines(paidLabel: string, paidCents: number, changeLabel: string, changeCents: number, columns = 20): [string, string] {
  return [spread(paidLabel, formatBrl(paidCents, true), columns), spread(changeLabel, formatBrl(changeCents, true), columns)];
}

/** Left text and right-aligned amount on one line; the description gives way when space runs out. */
function spread(left: string, right: string, columns: number): string {
  const room = columns - right.length - 1;
  if (room <= 0) return right.slice(-columns);
  const leftChars = [...left.normalize('NFC').trim()].slice(0, room).join('');
  return leftChars + ' '.repeat(columns - leftChars.length - right.length) + right;
}
