import { z } from 'zod';
import { defineEvent } from '../define-event.js';
import { lazySchema } from '../lazy-schema.js';

export const tenderMethod = lazySchema(() => z.enum(['CASH', 'CREDIT', 'DEBIT', 'VOUCHER', 'PIX', 'OTHER']));
export const paymentProvider = lazySchema(() => z.enum(['CASH', 'TEF', 'ASAAS', 'MERCADO_PAGO', 'MANUAL', 'CARD_MACHINE', 'MARKETPLACE']));
const cents = lazySchema(() => z.number().int());

/** What the fiscal emission needs of a fully paid order (docs/fiscal.md). */
export const orderSettledPayload = lazySchema(() => z.object({
  orderId: z.string(),
  businessDate: z.string(),
  totalCents: cents,
  payments: z.array(z.object({ method: tenderMethod, amountCents: cents, changeCents: cents })),
  /** When the order was paid in full (absent in events journaled before it was recorded). */
  settledAt: z.string().optional(),
}));

/** What every tender event says of its payment. */
const tender = () => ({ paymentId: z.string(), orderId: z.string(), businessDate: z.string(), method: tenderMethod, amountCents: cents });

export const paymentEvents = [
  defineEvent(
    'payment.captured',
    'payment',
    () => z.object({
      ...tender(),
      tenderedCents: cents,
      changeCents: cents,
      provider: paymentProvider,
      providerRef: z.string().nullable(),
      payerLabel: z.string().nullable(),
      cashierSessionId: z.string().nullable(),
      splitRules: z.array(z.object({ accountId: z.string(), amountCents: cents })),
    }),
    'A tender is final (cash, approved card, PIX paid).',
  ),
  defineEvent(
    'payment.pending',
    'payment',
    () => z.object({ ...tender(), provider: paymentProvider, providerRef: z.string().nullable() }),
    'A tender waits for its gateway (a PIX charge shown to the customer).',
  ),
  defineEvent(
    'payment.cancelled',
    'payment',
    () => z.object({ ...tender(), reason: z.string() }),
    'A pending tender was cancelled before it was paid.',
  ),
  defineEvent(
    'payment.confirmation_unbooked',
    'payment',
    () => z.object({
      ...tender(),
      provider: paymentProvider,
      providerRef: z.string().nullable(),
      /** AMOUNT_MISMATCH: paid for another amount than charged; PAID_AFTER_CANCEL: paid after the store withdrew the charge. */
      kind: z.enum(['AMOUNT_MISMATCH', 'PAID_AFTER_CANCEL']),
      /** What the gateway received; `amountCents` is what the store charged. */
      receivedCents: cents,
    }),
    'A gateway received money for a PIX charge that the store did not book: a manager refunds or books it. Also published on `audit/`.',
  ),
  defineEvent(
    'payment.confirmation_resolved',
    'payment',
    () => z.object({
      /** The unbooked confirmation (`GET /payments/unbooked-confirmations/open`) the manager closed. */
      confirmationId: z.string(),
      paymentId: z.string(),
      orderId: z.string(),
      kind: z.enum(['AMOUNT_MISMATCH', 'PAID_AFTER_CANCEL']),
      provider: paymentProvider,
      providerRef: z.string().nullable(),
      chargedCents: cents,
      receivedCents: cents,
      /** What the manager did with the money: returned it at the gateway, booked it on another sale, or something else (then `note` says what). */
      resolution: z.enum(['REFUNDED_AT_GATEWAY', 'BOOKED_ON_ANOTHER_SALE', 'OTHER']),
      note: z.string().nullable(),
      resolvedBy: z.string().nullable(),
    }),
    'A manager resolved money a gateway received that the store did not book (`payment.confirmation_unbooked`). Also published on `audit/`.',
  ),
  defineEvent(
    'payment.refunded',
    'payment',
    () => z.object({
      paymentId: z.string(),
      refundId: z.string(),
      orderId: z.string(),
      /** The business day of the refund; `saleBusinessDate` is the day of the sale. */
      businessDate: z.string(),
      saleBusinessDate: z.string(),
      method: tenderMethod,
      amountCents: cents,
      reason: z.string().nullable(),
      /** The manager who authorized it. */
      authorizedBy: z.string().nullable(),
    }),
    'Money went back to the customer.',
  ),
  defineEvent(
    'payment.card_cancelled',
    'payment',
    () => z.object({
      refundId: z.string(),
      paymentId: z.string(),
      orderId: z.string(),
      /** The refund's amount: the whole card transaction, which the network cancels whole. */
      amountCents: cents,
      /** The terminal's own message (e.g. "CANCELAMENTO APROVADO"). */
      operatorMessage: z.string().nullable(),
      /** The drawer the refund was booked in (its till prints the slip); null for a supervisor's refund without a drawer. */
      cashierSessionId: z.string().nullable(),
    }),
    'A refunded TEF card payment was cancelled at the card network (estorno): the money goes back on the card; its slip prints on the till.',
  ),
  defineEvent(
    'payment.order_settled',
    'order',
    () => orderSettledPayload,
    'An order is paid in full; the fiscal workflow issues its document (workflows/fiscal-emission.ts).',
  ),
  defineEvent(
    'payment.reconciled',
    'reconciliation',
    () => z.object({
      reconciliationId: z.string(),
      gateway: z.string(),
      from: z.string(),
      to: z.string(),
      totals: z.object({ recordedCents: cents, settledCents: cents, matchedCents: cents, netSettledCents: cents, differenceCents: cents }),
      counts: z.object({ matched: z.number().int(), amountMismatch: z.number().int(), missingInSettlement: z.number().int(), unknownToStore: z.number().int() }),
    }),
    "A gateway's settlement was compared with the store's payments (docs/money.md, \"Reconciliation\").",
  ),
  defineEvent(
    'payment.reconciliation_difference',
    'reconciliation',
    () => z.object({
      alertId: z.string(),
      reconciliationId: z.string(),
      gateway: z.string(),
      kind: z.enum(['AMOUNT_MISMATCH', 'MISSING_IN_SETTLEMENT', 'UNKNOWN_TO_STORE']),
      gatewayPaymentId: z.string(),
      paymentId: z.string().nullable(),
      recordedCents: cents.nullable(),
      settledCents: cents.nullable(),
      differenceCents: cents,
      from: z.string(),
      to: z.string(),
    }),
    'One settlement difference; also published on `audit/`.',
  ),
  defineEvent(
    'payment.reconciliation_day_completed',
    'reconciliation',
    () => z.object({
      businessDate: z.string(),
      reconciliationIds: z.array(z.string()),
      files: z.array(
        z.object({ provider: paymentProvider, file: z.string(), reconciliationId: z.string().nullable(), alreadyReconciled: z.boolean(), rejected: z.string().nullable() }),
      ),
    }),
    'The daily reconciliation of a business day (only when it reconciled something).',
  ),
] as const;
