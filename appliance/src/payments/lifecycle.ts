import { businessRule, notFound } from '../kernel/errors.js';
import { newId } from '../kernel/ids.js';
import type { CommandTx } from '../kernel/journal/command-bus.js';
import { emitCaptured } from './capture.js';
import { formatBrl } from '../kernel/money.js';
import { findPayment, findPaymentByProviderRef } from './queries.js';
import type { Payment, PaymentProvider } from './types.js';

export interface GatewayConfirmation {
  gateway: PaymentProvider;
  /** Unique per delivery (event id, notification id); a redelivery repeats it. */
  deliveryKey: string;
  gatewayPaymentId: string;
  status: 'PAID' | 'PENDING' | 'CANCELLED' | 'REFUNDED';
}

/**
 * Applies a verified webhook. Idempotent twice over: the delivery key is stored, and a payment
 * already captured is left as it is, so a repeat or an out-of-order retry changes nothing.
 * Returns the payment when this delivery captured it.
 */
export function applyGatewayConfirmation(tx: CommandTx, confirmation: GatewayConfirmation): Payment | null {
  const seen = tx.db
    .prepare('SELECT 1 FROM gateway_webhook_deliveries WHERE gateway = ? AND delivery_key = ?')
    .get(confirmation.gateway, confirmation.deliveryKey);
  if (seen) return null;
  tx.db
    .prepare('INSERT INTO gateway_webhook_deliveries (gateway, delivery_key, gateway_payment_id, received_at) VALUES (?, ?, ?, ?)')
    .run(confirmation.gateway, confirmation.deliveryKey, confirmation.gatewayPaymentId, tx.nowIso);
  const payment = findPaymentByProviderRef(tx.db, confirmation.gateway, confirmation.gatewayPaymentId);
  if (!payment || payment.status !== 'PENDING') return null;
  if (confirmation.status === 'PAID') return capturePending(tx, payment.id);
  if (confirmation.status === 'CANCELLED') cancelPending(tx, payment.id, 'gateway cancelled');
  return null;
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
