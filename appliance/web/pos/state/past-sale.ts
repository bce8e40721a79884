import { signal } from '@preact/signals';
import type { ApiAnswer } from '../../shared/appliance-api';
import { type ManagerApproval, type SentOrder, sentOrders } from './sale';
import { api } from './session';

/** The past sale on screen for a reprint or a refund (the dialog is open while set). */
export const pastSale = signal<SentOrder | null>(null);

export type OrderPayments = ApiAnswer<'/api/v1/orders/{id}/payments', 'get'>;
export type Payment = OrderPayments['payments'][number];

/** How many of the counter's latest orders the past-sales dialog offers beside this terminal's. */
const RECENT_SALES = 20;

/**
 * The sales a cashier may open: this terminal's orders of the session first, then the counter's
 * latest orders from the appliance, so a sale rung up before a reload (or on another till) can
 * still be reprinted or refunded.
 */
export const recentSales = signal<SentOrder[]>([]);

export async function loadRecentSales(): Promise<void> {
  const latest = await api.get('/api/v1/orders', { params: { query: { channel: 'COUNTER', size: RECENT_SALES, sort: 'created_at:desc' } } });
  const mine = new Set(sentOrders.value.map((o) => o.id));
  recentSales.value = [...sentOrders.value, ...latest.filter((o) => !mine.has(o.id)).map((o) => ({ id: o.id, number: o.number, status: o.status, totalCents: o.totalCents, paidCents: o.paidAt ? o.totalCents : 0 }))];
}

/** F4 on the sale screen: this terminal's latest order, or the counter's when this terminal has none yet. */
export async function openLatestSale(): Promise<void> {
  if (sentOrders.value.length === 0) await loadRecentSales().catch(() => undefined);
  pastSale.value = sentOrders.value[0] ?? recentSales.value[0] ?? null;
}

export function salePayments(orderId: string): Promise<OrderPayments> {
  return api.get('/api/v1/orders/{id}/payments', { params: { path: { id: orderId } } });
}

/** What of a captured payment can still go back to the customer. */
export const refundableCents = (payment: Payment) => (payment.status === 'CAPTURED' ? payment.amountCents - payment.refundedCents : 0);

/** The receipt again (the DANFE where the sale has an NFC-e); the key makes a double tap one copy. */
export function reprintReceipt(orderId: string, key: string): Promise<unknown> {
  return api.post('/api/v1/orders/{id}/receipt/reprint', { params: { path: { id: orderId } }, idempotencyKey: key });
}

/** Money back on a payment, approved by a manager's PIN; cash leaves this operator's drawer. */
export function refundPayment(paymentId: string, amountCents: number, reason: string, manager: ManagerApproval, key: string) {
  return api.post('/api/v1/payments/{id}/refunds', { params: { path: { id: paymentId } }, body: { amountCents, reason, managerOverride: manager }, idempotencyKey: key });
}
