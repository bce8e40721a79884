import { signal } from '@preact/signals';
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

/** A PIX charge on screen until the gateway confirms it. */
export const pendingPix = signal<{ paymentId: string; qrPayload: string; qrImage: string | null; amountCents: number } | null>(null);

export function settle(order: SentOrder, balance: PaymentAnswer['balance'], changeCents: number): void {
  const updated = { ...order, paidCents: balance.paidCents };
  remember(updated);
  if (balance.remainingCents > 0 || balance.pendingCents > 0) {
    payingOrder.value = updated;
    return;
  }
  payingOrder.value = null;
  pendingPix.value = null;
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
    pendingPix.value = { paymentId: answer.payment.id, qrPayload: answer.payment.pix.qrPayload, qrImage: image && !image.startsWith('data:') ? `data:image/png;base64,${image}` : image, amountCents };
    void waitForPix(order, answer.payment.id);
    return;
  }
  settle(order, answer.balance, answer.payment.changeCents);
}

async function waitForPix(order: SentOrder, paymentId: string): Promise<void> {
  while (pendingPix.value?.paymentId === paymentId) {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const state = await api.get('/api/v1/payments/{id}', { params: { path: { id: paymentId } } }).catch(() => null);
    if (state && state.status !== 'PENDING') {
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

/** Cancels the order being paid (it is in the kitchen already): a manager approves. */
export async function cancelOrder(order: SentOrder, reason: string, manager: ManagerApproval): Promise<void> {
  const answer = await api.post('/api/v1/orders/{id}/cancel', { params: { path: { id: order.id } }, body: { reason, managerOverride: manager }, idempotencyKey: crypto.randomUUID() });
  remember({ ...order, status: answer.status });
  payingOrder.value = null;
}
