import type { Db } from '../kernel/db/open.js';
import { notFound } from '../kernel/errors.js';
import type { CommandTx } from '../kernel/journal/command-bus.js';
import { prepareCached } from '../kernel/db/statements.js';

/** What the card network answered to a refund sent back on the card (estorno). */
export interface CardCancellation {
  refundId: string;
  paymentId: string;
  orderId: string;
  amountCents: number;
  operatorMessage: string | null;
  /** The network's cancellation slip, to print for the customer and the store. */
  receiptLines: string[];
  /** The drawer the refund was booked in: its till's printer prints the slip. */
  cashierSessionId: string | null;
}

/**
 * Records that the network cancelled a refunded card transaction, with its slip, and journals it
 * (`payment.card_cancelled`): the money left the store's card account, and the slip is printed
 * from the journal after commit, so a crash before the printer answered reprints it, never loses it.
 */
export function recordCardCancellation(tx: CommandTx, input: Omit<CardCancellation, 'paymentId' | 'orderId' | 'amountCents'>): CardCancellation {
  const refund = prepareCached(tx.db, 'SELECT r.payment_id AS paymentId, p.order_id AS orderId, r.amount_cents AS amountCents FROM payment_refunds r JOIN payments p ON p.id = r.payment_id WHERE r.id = ?').get(input.refundId) as
    | { paymentId: string; orderId: string; amountCents: number }
    | undefined;
  if (!refund) throw notFound('PAYMENT_REFUND_NOT_FOUND', { refundId: input.refundId });
  const cancellation: CardCancellation = { ...refund, ...input };
  tx.db.prepare('UPDATE payment_refunds SET card_cancellation = ? WHERE id = ?').run(JSON.stringify({ operatorMessage: input.operatorMessage, receiptLines: input.receiptLines, cashierSessionId: input.cashierSessionId, at: tx.nowIso }), input.refundId);
  tx.emit({
    type: 'payment.card_cancelled',
    aggregateType: 'payment',
    aggregateId: refund.paymentId,
    payload: { refundId: input.refundId, paymentId: refund.paymentId, orderId: refund.orderId, amountCents: refund.amountCents, operatorMessage: input.operatorMessage, cashierSessionId: input.cashierSessionId },
  });
  return cancellation;
}

/** A refund's card cancellation as recorded, or null when the refund was not sent back on a card. */
export function findCardCancellation(db: Db, refundId: string): CardCancellation | null {
  const row = prepareCached(db, 'SELECT r.payment_id AS paymentId, p.order_id AS orderId, r.amount_cents AS amountCents, r.card_cancellation AS cancellation FROM payment_refunds r JOIN payments p ON p.id = r.payment_id WHERE r.id = ?').get(refundId) as
    | { paymentId: string; orderId: string; amountCents: number; cancellation: string | null }
    | undefined;
  if (!row?.cancellation) return null;
  const recorded = JSON.parse(row.cancellation) as Pick<CardCancellation, 'operatorMessage' | 'receiptLines' | 'cashierSessionId'>;
  return { refundId, paymentId: row.paymentId, orderId: row.orderId, amountCents: row.amountCents, operatorMessage: recorded.operatorMessage, receiptLines: recorded.receiptLines, cashierSessionId: recorded.cashierSessionId };
}
