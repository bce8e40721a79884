import { AppError } from '../kernel/errors.js';

export interface BillItem {
  itemId: string;
  seat: number | null;
  /** The label of the table the line was ordered at: joined tables each keep their own seats. */
  tableLabel: string;
  totalCents: number;
}

export interface Bill {
  /** The labels of the bill's tables (more than one once tables are joined), in floor order. */
  tableLabels: readonly string[];
  items: BillItem[];
  /** Order-level manual discounts, shared by every part in proportion to its amount. */
  manualDiscountCents: number;
}

export interface BillPart {
  label: string;
  itemIds: string[];
  amountCents: number;
}

/**
 * Part labels are neutral (the apps translate them) and name the bill they split: `table 4 seat 1`
 * (a seat is its table's), `table 4 1/3`, `tables 4+5 2`, `table 4 shared`. A part paid is refused
 * a second time by its label, so a label must never be shared by parts of different bills: a
 * table's person 1 before a join is not the joined bill's person 1, while a seat stays the same
 * seat of the same table after its table joins another.
 */
const billName = (bill: Bill) => `${bill.tableLabels.length > 1 ? 'tables' : 'table'} ${bill.tableLabels.join('+')}`;
const seatLabel = (tableLabel: string, seat: number) => `table ${tableLabel} seat ${seat}`;

/** A split refused: one stable code, the pt-BR message saying what the waiter can do about it. */
const splitInvalid = (messageKey: string, details: Record<string, unknown>) => new AppError('SPLIT_INVALID', 422, messageKey, details);

export function billTotal(bill: Bill): number {
  return bill.items.reduce((sum, i) => sum + i.totalCents, 0) - bill.manualDiscountCents;
}

/**
 * `total` in `parts` shares that differ by at most one centavo: the first `total mod parts`
 * shares carry the extra centavo, so the same bill always splits the same way.
 */
export function equalShares(totalCents: number, parts: number): number[] {
  if (!Number.isInteger(parts) || parts < 1) throw splitInvalid('SPLIT_INVALID_PARTS', { parts });
  const base = Math.floor(totalCents / parts);
  const extra = totalCents - base * parts;
  return Array.from({ length: parts }, (_, i) => base + (i < extra ? 1 : 0));
}

/** Largest-remainder shares of `total` in proportion to `weights` (ties to the earlier part). */
function proportional(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum === 0) return equalShares(total, weights.length);
  const shares = weights.map((w) => Math.floor((total * w) / sum));
  const order = weights.map((w, i) => ({ i, r: (total * w) % sum })).sort((a, b) => b.r - a.r || a.i - b.i);
  let left = total - shares.reduce((a, b) => a + b, 0);
  for (const { i } of order) {
    if (left === 0) break;
    shares[i] += 1;
    left -= 1;
  }
  return shares;
}

/** Takes the manual discount off the parts in proportion to their amounts; sums stay exact. */
function withDiscount(parts: BillPart[], discountCents: number): BillPart[] {
  if (discountCents === 0) return parts;
  const cut = proportional(discountCents, parts.map((p) => p.amountCents));
  return parts.map((p, i) => ({ ...p, amountCents: p.amountCents - cut[i] }));
}

export function splitEqually(bill: Bill, parts: number): BillPart[] {
  return equalShares(billTotal(bill), parts).map((amountCents, i) => ({ label: `${billName(bill)} ${i + 1}/${parts}`, itemIds: [], amountCents }));
}

/** Each group pays its items; every item must be in exactly one group. */
export function splitByItems(bill: Bill, groups: string[][]): BillPart[] {
  const all = bill.items.map((i) => i.itemId);
  const given = groups.flat();
  const unknown = given.filter((id) => !all.includes(id));
  const missing = all.filter((id) => !given.includes(id));
  if (unknown.length > 0 || missing.length > 0 || new Set(given).size !== given.length || groups.some((g) => g.length === 0)) {
    // The phone split the bill as it last read it: a line cancelled or sent since is a changed bill.
    throw splitInvalid('SPLIT_INVALID_ITEMS', { unknown, missing });
  }
  const byId = new Map(bill.items.map((i) => [i.itemId, i.totalCents]));
  const parts = groups.map((g, i) => ({ label: `${billName(bill)} ${i + 1}`, itemIds: g, amountCents: g.reduce((sum, id) => sum + byId.get(id)!, 0) }));
  return withDiscount(parts, bill.manualDiscountCents);
}

/** The bill's seats with items, table by table (in the bill's table order), each table's by number. */
function seatsOf(bill: Bill): { tableLabel: string; seat: number }[] {
  const tableRank = (label: string) => (bill.tableLabels.includes(label) ? bill.tableLabels.indexOf(label) : bill.tableLabels.length);
  const seated = bill.items.flatMap((i) => (i.seat === null ? [] : [{ tableLabel: i.tableLabel, seat: i.seat }]));
  const unique = [...new Map(seated.map((s) => [seatLabel(s.tableLabel, s.seat), s])).values()];
  return unique.sort((a, b) => tableRank(a.tableLabel) - tableRank(b.tableLabel) || a.tableLabel.localeCompare(b.tableLabel) || a.seat - b.seat);
}

/**
 * One part per seat with items; joined tables keep their own seats (table 4's seat 1 is not table
 * 5's). Items without a seat (shared starters, a bottle) are split equally among those seats, the
 * extra centavos going to the first seats.
 */
export function splitBySeat(bill: Bill): BillPart[] {
  const seats = seatsOf(bill);
  if (seats.length === 0) {
    return withDiscount([{ label: `${billName(bill)} shared`, itemIds: bill.items.map((i) => i.itemId), amountCents: billTotal(bill) + bill.manualDiscountCents }], bill.manualDiscountCents);
  }
  const shared = bill.items.filter((i) => i.seat === null);
  const sharedShares = equalShares(shared.reduce((sum, i) => sum + i.totalCents, 0), seats.length);
  const parts = seats.map(({ tableLabel, seat }, k) => {
    const own = bill.items.filter((i) => i.seat === seat && i.tableLabel === tableLabel);
    return {
      label: seatLabel(tableLabel, seat),
      itemIds: [...own.map((i) => i.itemId), ...shared.map((i) => i.itemId)],
      amountCents: own.reduce((sum, i) => sum + i.totalCents, 0) + sharedShares[k],
    };
  });
  return withDiscount(parts, bill.manualDiscountCents);
}

/**
 * The refusal of a split part already paid. Parts carry neutral labels (`table 4 seat 2`,
 * `table 4 shared`, `tables 4+5 1/3`, `table 4 2`) that the apps translate, so the message names
 * the part in pt-BR while `details` keeps the label; a label typed by the waiter (a guest's name)
 * is named as given.
 */
export function partAlreadyPaid(tabId: string, payerLabel: string): AppError {
  const refusal = (messageKey: string, params: Record<string, string> = {}) => new AppError('TAB_PART_ALREADY_PAID', 422, messageKey, { tabId, payerLabel }, params);
  const seat = /^table (.+) seat (\d+)$/.exec(payerLabel);
  if (seat) return refusal('TAB_PART_ALREADY_PAID_SEAT', { table: seat[1], seat: seat[2] });
  const part = /^tables? (.+) (shared|\d+|\d+\/\d+)$/.exec(payerLabel);
  if (!part) return refusal('TAB_PART_ALREADY_PAID', { payer: payerLabel });
  const tables = part[1].split('+').join(' + ');
  if (part[2] === 'shared') return refusal('TAB_PART_ALREADY_PAID_SHARED', { tables });
  if (/^\d+$/.test(part[2])) return refusal('TAB_PART_ALREADY_PAID_PERSON', { person: part[2], tables });
  return refusal('TAB_PART_ALREADY_PAID_FRACTION', { part: part[2], tables });
}
