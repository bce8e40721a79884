import { businessRule, notFound } from '../kernel/errors.js';
import { newId } from '../kernel/ids.js';
import type { CommandTx } from '../kernel/journal/command-bus.js';
import { emitCaptured } from './capture.js';
import { formatBrl } from '../kernel/money.js';
import { findPayment, findPaymentByProviderRef } from './queries.js';
import type { Payment, PaymentProvider } from './types.js';

/** What a gateway says of a charge: once PAID, also the amount the customer paid. */
export type GatewayChargeState = { status: 'PAID'; amountCents: number } | { status: 'PENDING' | 'CANCELLED' | 'REFUNDED' };

export type GatewayConfirmation = GatewayChargeState & {
  gateway: PaymentProvider;
  /** Unique per delivery (event id, notification id); a redelivery repeats it. */
  deliveryKey: string;
  gatewayPaymentId: string;
};

/** Money a gateway holds that the store did not book: the manager refunds or books it. */
export type UnbookedConfirmationKind = 'AMOUNT_MISMATCH' | 'PAID_AFTER_CANCEL';

/**
 * Applies a verified webhook. Idempotent twice over: the delivery key is stored, and a payment
 * already captured is left as it is, so a repeat or an out-of-order retry changes nothing.
 * Returns the payment when this delivery captured it; money it cannot book is flagged (applyPaid).
 */
export function applyGatewayConfirmation(tx: CommandTx, confirmation: GatewayConfirmation): Payment | null {
  if (!recordDelivery(tx, confirmation)) return null;
  const payment = findPaymentByProviderRef(tx.db, confirmation.gateway, confirmation.gatewayPaymentId);
  if (!payment) return null;
  if (confirmation.status === 'PAID') return applyPaid(tx, payment, confirmation.amountCents);
  if (confirmation.status === 'CANCELLED' && payment.status === 'PENDING') cancelPending(tx, payment.id, 'gateway cancelled');
  return null;
}

/** Stores the delivery key; false when this delivery was already applied. */
function recordDelivery(tx: CommandTx, confirmation: GatewayConfirmation): boolean {
  const seen = tx.db
    .prepare('SELECT 1 FROM gateway_webhook_deliveries WHERE gateway = ? AND delivery_key = ?')
    .get(confirmation.gateway, confirmation.deliveryKey);
  if (seen) return false;
  tx.db
    .prepare('INSERT INTO gateway_webhook_deliveries (gateway, delivery_key, gateway_payment_id, received_at) VALUES (?, ?, ?, ?)')
    .run(confirmation.gateway, confirmation.deliveryKey, confirmation.gatewayPaymentId, tx.nowIso);
  return true;
}

/**
 * The gateway received the customer's money for this charge. Only the amount charged settles the
 * bill: another amount leaves the charge pending, and money for a charge the store had withdrawn
 * books nothing; both are flagged, never dropped, so the money is refunded or booked by a manager.
 */
function applyPaid(tx: CommandTx, payment: Payment, receivedCents: number): Payment | null {
  if (payment.status === 'CANCELLED') flagUnbookedConfirmation(tx, payment, 'PAID_AFTER_CANCEL', receivedCents);
  if (payment.status !== 'PENDING') return null;
  if (receivedCents !== payment.amountCents) {
    flagUnbookedConfirmation(tx, payment, 'AMOUNT_MISMATCH', receivedCents);
    return null;
  }
  return capturePending(tx, payment.id);
}

/**
 * The operator withdraws a charge the gateway reports paid. Paid in full, it is the store's money
 * and is captured (the order settles). Paid for another amount, its QR code cannot be paid again:
 * the charge is withdrawn and the amount received is flagged for a manager to refund.
 */
export function settleChargeFoundPaid(tx: CommandTx, paymentId: string, receivedCents: number): Payment {
  const payment = findPayment(tx.db, paymentId);
  if (!payment) throw notFound('PAYMENT_NOT_FOUND', { paymentId });
  if (payment.status !== 'PENDING') return payment;
  if (receivedCents === payment.amountCents) return capturePending(tx, paymentId);
  flagUnbookedConfirmation(tx, payment, 'AMOUNT_MISMATCH', receivedCents);
  return cancelPending(tx, paymentId, 'gateway received a different amount');
}

/** Recorded once per payment and kind (gateways confirm a payment more than once), with its event. */
function flagUnbookedConfirmation(tx: CommandTx, payment: Payment, kind: UnbookedConfirmationKind, receivedCents: number): void {
  const inserted = tx.db
    .prepare(
      `INSERT OR IGNORE INTO payment_unbooked_confirmations (id, payment_id, kind, provider, provider_ref, charged_cents, received_cents, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(newId(), payment.id, kind, payment.provider, payment.providerRef, payment.amountCents, receivedCents, tx.nowIso);
  if (inserted.changes === 0) return;
  tx.emit({
    type: 'payment.confirmation_unbooked',
    aggregateType: 'payment',
    aggregateId: payment.id,
    payload: {
      paymentId: payment.id,
      orderId: payment.orderId,
      businessDate: payment.businessDate,
      method: payment.method,
      amountCents: payment.amountCents,
      provider: payment.provider,
      providerRef: payment.providerRef,
      kind,
      receivedCents,
    },
  });
}

export function capturePending(tx: CommandTx, paymentId: string): Payment {
  const payment = findPayment(tx.db, paymentId);
  if (!payment) throw notFound('PAYMENT_NOT_FOUND', { paymentId });
  if (payment.status !== 'PENDING') throw businessRule('PAYMENT_NOT_PENDING', { paymentId, status: payment.status });
  tx.db.prepare("UPDATE payments SET status = 'CAPTURED', captured_at = ? WHERE id = ?").run(tx.nowIso, paymentId);
  const captured = findPayment(tx.db, paymentId)!;
  emitCaptured(tx, captured);
  return captured;
}

/** Releases a pending charge's hold on the bill (customer gave up, gateway expired it). */
export function cancelPending(tx: CommandTx, paymentId: string, reason: string): Payment {
  const payment = findPayment(tx.db, paymentId);
  if (!payment) throw notFound('PAYMENT_NOT_FOUND', { paymentId });
  if (payment.status !== 'PENDING') throw businessRule('PAYMENT_NOT_PENDING', { paymentId, status: payment.status });
  tx.db.prepare("UPDATE payments SET status = 'CANCELLED' WHERE id = ?").run(paymentId);
  tx.emit({
    type: 'payment.cancelled',
    aggregateType: 'payment',
    aggregateId: paymentId,
    payload: { paymentId, orderId: payment.orderId, businessDate: payment.businessDate, method: payment.method, amountCents: payment.amountCents, reason },
  });
  return findPayment(tx.db, paymentId)!;
}

export interface RefundInput {
  paymentId: string;
  amountCents: number;
  reason?: string | null;
  /** The day the refund is booked on (the open day), which may differ from the sale's. */
  businessDate: string;
  providerRef?: string | null;
  managerId?: string | null;
}

export interface Refund {
  refundId: string;
  payment: Payment;
  amountCents: number;
}

/** Records a (partial) refund of a captured payment and emits `payment.refunded`. */
export function recordRefund(tx: CommandTx, input: RefundInput): Refund {
  const payment = findPayment(tx.db, input.paymentId);
  if (!payment) throw notFound('PAYMENT_NOT_FOUND', { paymentId: input.paymentId });
  if (payment.status !== 'CAPTURED') throw businessRule('PAYMENT_NOT_CAPTURED', { status: payment.status });
  const available = payment.amountCents - payment.refundedCents;
  if (input.amountCents > available) {
    throw businessRule('PAYMENT_REFUND_EXCEEDS', { availableCents: available }, { available: formatBrl(available) });
  }
  const refundId = newId();
  tx.db
    .prepare(
      `INSERT INTO payment_refunds (id, payment_id, amount_cents, reason, provider_ref, operator_id, manager_id, business_date, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(refundId, payment.id, input.amountCents, input.reason ?? null, input.providerRef ?? null, tx.actor?.id ?? null, input.managerId ?? null, input.businessDate, tx.nowIso);
  tx.db.prepare('UPDATE payments SET refunded_cents = refunded_cents + ? WHERE id = ?').run(input.amountCents, payment.id);
  tx.emit({
    type: 'payment.refunded',
    aggregateType: 'payment',
    aggregateId: payment.id,
    payload: {
      paymentId: payment.id,
      refundId,
      orderId: payment.orderId,
      businessDate: input.businessDate,
      saleBusinessDate: payment.businessDate,
      method: payment.method,
      amountCents: input.amountCents,
      reason: input.reason ?? null,
      authorizedBy: input.managerId ?? null,
    },
  });
  return { refundId, payment: findPayment(tx.db, payment.id)!, amountCents: input.amountCents };
}
