import { signal } from '@preact/signals';
import { type CartLine, cart, clearCart, consumerTaxId } from './cart';
import { untilAnswered } from './connection';
import { drawer } from './drawer';
import { call } from './session';

export interface SentOrder {
  id: string;
  number: number;
  status: string;
  totalCents: number;
  paidCents: number;
}

interface OrderAnswer {
  id: string;
  number: number;
  status: string;
  totalCents: number;
}

/** The order on screen for payment, and this terminal's orders of the day with their kitchen status. */
export const payingOrder = signal<SentOrder | null>(null);
export const sentOrders = signal<SentOrder[]>([]);
export const lastChange = signal<{ number: number; changeCents: number } | null>(null);

function remember(order: SentOrder): void {
  const known = sentOrders.value.some((o) => o.id === order.id);
  sentOrders.value = known ? sentOrders.value.map((o) => (o.id === order.id ? order : o)) : [order, ...sentOrders.value].slice(0, 30);
}

const itemOf = (line: CartLine) => ({ productId: line.product.id, quantity: line.quantity, options: line.optionIds, ...(line.notes ? { notes: line.notes } : {}) });

/** Creates the order from the cart and sends it to the kitchen; the cart is cleared once it is. */
export async function sendCart(): Promise<SentOrder> {
  const createKey = crypto.randomUUID();
  const confirmKey = crypto.randomUUID();
  const body = { channel: 'COUNTER', items: cart.value.map(itemOf), ...(consumerTaxId.value ? { consumerTaxId: consumerTaxId.value } : {}) };
  const created = await untilAnswered(() => call<OrderAnswer>('POST', '/orders', body, { idempotencyKey: createKey }));
  const confirmed = await untilAnswered(() => call<OrderAnswer>('POST', `/orders/${created.id}/confirm`, {}, { idempotencyKey: confirmKey }));
  const order = { id: confirmed.id, number: confirmed.number, status: confirmed.status, totalCents: confirmed.totalCents, paidCents: 0 };
  clearCart();
  remember(order);
  return order;
}

/** Cash with change: the appliance books it in the operator's open drawer. */
export async function payCash(order: SentOrder, tenderedCents: number): Promise<number> {
  const key = crypto.randomUUID();
  const answer = await untilAnswered(() =>
    call<{ payment: { changeCents: number }; balance: { paidCents: number } }>(
      'POST',
      `/orders/${order.id}/payments`,
      { method: 'CASH', tenderedCents, cashierSessionId: drawer.value?.id },
      { idempotencyKey: key },
    ),
  );
  remember({ ...order, paidCents: answer.balance.paidCents });
  payingOrder.value = null;
  lastChange.value = { number: order.number, changeCents: answer.payment.changeCents };
  return answer.payment.changeCents;
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
  const answer = await call<OrderAnswer>('POST', `/orders/${order.id}/discount`, { amountCents, reason, managerOverride: manager }, { idempotencyKey: crypto.randomUUID() });
  const updated = { ...order, totalCents: answer.totalCents };
  remember(updated);
  payingOrder.value = updated;
}

/** Cancels the order being paid (it is in the kitchen already): a manager approves. */
export async function cancelOrder(order: SentOrder, reason: string, manager: ManagerApproval): Promise<void> {
  const answer = await call<OrderAnswer>('POST', `/orders/${order.id}/cancel`, { reason, managerOverride: manager }, { idempotencyKey: crypto.randomUUID() });
  remember({ ...order, status: answer.status });
  payingOrder.value = null;
}
