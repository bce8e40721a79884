import { signal } from '@preact/signals';
import { ApiError } from '../../shared/api';
import type { ApiAnswer } from '../../shared/appliance-api';
import { api } from './session';

export interface SentOrder {
  id: string;
  number: number;
  status: string;
  totalCents: number;
  paidCents: number;
  /** The cart's total from the cached catalog when it differed from the appliance's price. */
  estimateCents?: number;
}

/** The order on screen for payment, and this terminal's orders of the day with their kitchen status. */
export const payingOrder = signal<SentOrder | null>(null);
export const sentOrders = signal<SentOrder[]>([]);
export const lastChange = signal<{ number: number; changeCents: number } | null>(null);

export function remember(order: SentOrder): void {
  const known = sentOrders.value.some((o) => o.id === order.id);
  sentOrders.value = known ? sentOrders.value.map((o) => (o.id === order.id ? order : o)) : [order, ...sentOrders.value].slice(0, 30);
}

export type TenderMethod = 'CASH' | 'CREDIT' | 'DEBIT' | 'PIX';

/** A card taken on the store's standalone machine (not through TEF): the NSU typed from its slip. */
export interface StandaloneCard {
  nsu?: string;
}

/** A tender's answer: the payment (its change, a PIX charge's QR) and what is still due. */
export type PaymentAnswer = ApiAnswer<'/api/v1/orders/{id}/payments', 'post'>;

/** A PIX charge on screen until the gateway confirms it (or the cashier withdraws it). */
export const pendingPix = signal<{ orderId: string; paymentId: string; qrPayload: string; qrImage: string | null; amountCents: number } | null>(null);
/** The change of a cash part of a split bill, while the rest is still due: the cashier hands it over now. */
export const partChange = signal<{ orderId: string; changeCents: number } | null>(null);

export function settle(order: SentOrder, balance: PaymentAnswer['balance'], changeCents: number): void {
  const updated = { ...order, paidCents: balance.paidCents };
  remember(updated);
  if (balance.remainingCents > 0 || balance.pendingCents > 0) {
    partChange.value = changeCents > 0 ? { orderId: order.id, changeCents } : null;
    if (!payingOrder.value || payingOrder.value.id === order.id) payingOrder.value = updated;
    return;
  }
  if (!payingOrder.value || payingOrder.value.id === order.id) payingOrder.value = null;
  if (pendingPix.value?.orderId === order.id) pendingPix.value = null;
  partChange.value = null;
  lastChange.value = { number: order.number, changeCents };
}

/**
 * A card through the TEF terminal (or recorded from the standalone machine), or a PIX charge whose QR stays on screen until the gateway
 * confirms. These need the appliance at that moment, so they are never queued (cash is:
 * `queued-sale.ts`). Split tenders are several calls; the dialog stays open while something is due.
 */
export async function payElectronic(order: SentOrder, method: Exclude<TenderMethod, 'CASH'>, amountCents: number, standaloneCard?: StandaloneCard): Promise<void> {
  const body = { method, amountCents, ...(standaloneCard ? { standaloneCard } : {}) };
  const answer = await api.post('/api/v1/orders/{id}/payments', { params: { path: { id: order.id } }, body, idempotencyKey: crypto.randomUUID() });
  if (answer.payment.status === 'PENDING' && answer.payment.pix) {
    const image = answer.payment.pix.qrImageBase64;
    pendingPix.value = { orderId: order.id, paymentId: answer.payment.id, qrPayload: answer.payment.pix.qrPayload, qrImage: image && !image.startsWith('data:') ? `data:image/png;base64,${image}` : image, amountCents };
    void waitForPix(order, answer.payment.id);
    return;
  }
  settle(order, answer.balance, answer.payment.changeCents);
}

/**
 * The customer did not pay the PIX on screen (the cashier leaves the payment): the charge is
 * withdrawn at the gateway, so its QR is not shown again nor paid later. One the customer paid
 * meanwhile (its confirmation late) is a payment: the order is settled with it instead
 * (`'paid'`). A gateway that does not answer leaves it pending: the error reaches the dialog.
 */
export async function withdrawPix(order: SentOrder): Promise<'withdrawn' | 'paid'> {
  const charge = pendingPix.value;
  if (!charge || charge.orderId !== order.id) return 'withdrawn';
  try {
    await api.post('/api/v1/payments/{id}/cancel', { params: { path: { id: charge.paymentId } }, idempotencyKey: crypto.randomUUID() });
  } catch (error) {
    if (!(error instanceof ApiError) || error.code !== 'PAYMENT_PIX_ALREADY_PAID') throw error;
    pendingPix.value = null;
    const { balance } = await api.get('/api/v1/orders/{id}/payments', { params: { path: { id: order.id } } });
    settle(order, balance, 0);
    return 'paid';
  }
  if (pendingPix.value?.paymentId === charge.paymentId) pendingPix.value = null;
  return 'withdrawn';
}

async function waitForPix(order: SentOrder, paymentId: string): Promise<void> {
  while (pendingPix.value?.paymentId === paymentId) {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const state = await api.get('/api/v1/payments/{id}', { params: { path: { id: paymentId } } }).catch(() => null);
    if (state && state.status !== 'PENDING' && pendingPix.value?.paymentId === paymentId) {
      pendingPix.value = null;
      const { balance } = await api.get('/api/v1/orders/{id}/payments', { params: { path: { id: order.id } } });
      settle(order, balance, 0);
    }
  }
}

/** A status change of one of this terminal's orders, pushed over MQTT (`events/order.*`). */
export function orderStatusChanged(orderId: string, status: string): void {
  const known = sentOrders.value.find((o) => o.id === orderId);
  if (known) remember({ ...known, status });
}

export interface ManagerApproval {
  username: string;
  pin: string;
}

/** A manual discount on the order being paid, approved by a manager's PIN. */
export async function discountOrder(order: SentOrder, amountCents: number, reason: string, manager: ManagerApproval): Promise<void> {
  const answer = await api.post('/api/v1/orders/{id}/discount', { params: { path: { id: order.id } }, body: { amountCents, reason, managerOverride: manager }, idempotencyKey: crypto.randomUUID() });
  const updated = { ...order, totalCents: answer.totalCents };
  remember(updated);
  payingOrder.value = updated;
}

/** A line of a sent order, as the cashier picks it to cancel. */
export interface SentLine {
  itemId: string;
  name: string;
  quantity: number;
  unit: 'UNIT' | 'GRAM';
  totalCents: number;
}

/** The order's lines still on the bill (a cancelled dish is no longer one). */
export async function activeLines(order: SentOrder): Promise<SentLine[]> {
  const fresh = await api.get('/api/v1/orders/{id}', { params: { path: { id: order.id } } });
  return fresh.items.filter((item) => item.status !== 'CANCELLED');
}

/**
 * One dish of the order being paid leaves the bill (the kitchen voids it), a manager approving:
 * the payment goes on with the new total. The key is the caller's, so a retry is one cancellation.
 */
export async function cancelOrderLine(order: SentOrder, itemId: string, reason: string, manager: ManagerApproval, key: string): Promise<void> {
  const answer = await api.post('/api/v1/orders/{id}/items/{itemId}/cancel', { params: { path: { id: order.id, itemId } }, body: { reason, managerOverride: manager }, idempotencyKey: key });
  const updated = { ...order, totalCents: answer.totalCents };
  remember(updated);
  payingOrder.value = updated;
}

/** Cancels the order being paid (it is in the kitchen already): a manager approves. */
export async function cancelOrder(order: SentOrder, reason: string, manager: ManagerApproval): Promise<void> {
  const answer = await api.post('/api/v1/orders/{id}/cancel', { params: { path: { id: order.id } }, body: { reason, managerOverride: manager }, idempotencyKey: crypto.randomUUID() });
  remember({ ...order, status: answer.status });
  payingOrder.value = null;
}
