import { PAYMENT_METHODS, type PaymentMethod } from './money.js';

export const CASHIER_OPERATION_TYPES = ['SALE', 'REFUND', 'WITHDRAWAL', 'DEPOSIT'] as const;
export type CashierOperationType = (typeof CASHIER_OPERATION_TYPES)[number];

export interface DrawerOperation {
  type: CashierOperationType;
  method: PaymentMethod;
  amountCents: number;
  changeCents: number;
}

export type AmountsByMethod = Record<PaymentMethod, number>;

export function zeroByMethod(): AmountsByMethod {
  return Object.fromEntries(PAYMENT_METHODS.map((m) => [m, 0])) as AmountsByMethod;
}

/**
 * What should be in the drawer per method: for cash, the opening float + cash tendered − change
 * given − cash refunds − withdrawals + deposits; for other methods, sales − refunds. A SALE's
 * amount is what the customer handed over, so change is subtracted here and nowhere else.
 */
export function expectedByMethod(openingFloatCents: number, operations: readonly DrawerOperation[]): AmountsByMethod {
  const expected = zeroByMethod();
  expected.CASH = openingFloatCents;
  for (const op of operations) {
    switch (op.type) {
      case 'SALE':
        expected[op.method] += op.amountCents - op.changeCents;
        break;
      case 'REFUND':
        expected[op.method] -= op.amountCents;
        break;
      case 'WITHDRAWAL':
        expected.CASH -= op.amountCents;
        break;
      case 'DEPOSIT':
        expected.CASH += op.amountCents;
        break;
    }
  }
  return expected;
}

export interface CountDifference {
  method: PaymentMethod;
  expectedCents: number;
  countedCents: number;
  differenceCents: number;
}

export type CloseStatus = 'BALANCED' | 'OVER' | 'SHORT';

export function compareCount(expected: AmountsByMethod, counted: Partial<AmountsByMethod>): {
  lines: CountDifference[];
  totalExpectedCents: number;
  totalCountedCents: number;
  differenceCents: number;
  status: CloseStatus;
} {
  const lines = PAYMENT_METHODS.map((method) => {
    const countedCents = counted[method] ?? 0;
    return { method, expectedCents: expected[method], countedCents, differenceCents: countedCents - expected[method] };
  });
  const totalExpectedCents = lines.reduce((s, l) => s + l.expectedCents, 0);
  const totalCountedCents = lines.reduce((s, l) => s + l.countedCents, 0);
  const differenceCents = totalCountedCents - totalExpectedCents;
  return { lines, totalExpectedCents, totalCountedCents, differenceCents, status: closeStatus(lines, differenceCents) };
}

/**
 * Balanced only when every method is: R$ 50,00 short in cash and R$ 50,00 "over" in debit slips is
 * a shortage the total hides (slips come from the card terminal, the cash is what is in the
 * drawer). Lines that offset each other take the cash line's side.
 */
function closeStatus(lines: CountDifference[], differenceCents: number): CloseStatus {
  if (lines.every((l) => l.differenceCents === 0)) return 'BALANCED';
  const leaning = differenceCents !== 0 ? differenceCents : (lines.find((l) => l.method === 'CASH')?.differenceCents ?? 0);
  return leaning > 0 ? 'OVER' : 'SHORT';
}

/** Whether any method's difference is above the store's limit: offsetting methods do not hide one. */
export function differenceNeedsAlert(lines: readonly CountDifference[], limitCents: number): boolean {
  return lines.some((l) => Math.abs(l.differenceCents) > limitCents);
}
