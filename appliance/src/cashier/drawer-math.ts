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
  const status: CloseStatus = differenceCents === 0 ? 'BALANCED' : differenceCents > 0 ? 'OVER' : 'SHORT';
  return { lines, totalExpectedCents, totalCountedCents, differenceCents, status };
}
