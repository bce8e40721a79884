import { signal } from '@preact/signals';
import type { ApiAnswer } from '../../shared/appliance-api';
import { t } from '../texts';
import { type CartLine, cart, clearCart, consumerTaxId } from './cart';
import { offline } from './connection';
import { tell } from './notice';
import { payingOrder, remember, type SentOrder } from './sale';
import { api } from './session';

export type DeliveryQuote = ApiAnswer<'/api/v1/delivery/quote', 'post'>;
type QuoteBody = Parameters<typeof api.post<'/api/v1/delivery/quote'>>[1]['body'];
type DeliveryBody = Parameters<typeof api.post<'/api/v1/delivery/orders/{orderId}'>>[1]['body'];
export type Destination = DeliveryBody['destination'];
export type DoorMethod = DeliveryBody['payment']['method'];

/** The delivery dialog is open (F5, "Entrega"). */
export const deliveryOpen = signal(false);
/** The delivery just placed, paid at the door: its confirmation stays on screen until Enter. */
export const deliveryPlaced = signal<{ number: number; totalCents: number; method: DoorMethod; changeForCents: number | null } | null>(null);

/** F5 or the "Entrega" button: a delivery is taken by phone with the appliance there, never queued (`queued-sale.ts` is the counter's). */
export function openDelivery(): void {
  if (offline.value) return tell('error', t('POS_DELIVERY_NEEDS_CONNECTION'));
  if (cart.value.length === 0) return tell('info', t('POS_DELIVERY_EMPTY_CART'));
  deliveryOpen.value = true;
}

/** Digits only: "05422-010" → "05422010", "(11) 98888-7777" → "11988887777". */
export const digitsOf = (text: string) => text.replace(/\D/g, '');

/** The zone, fee and estimate of an address; 422 `DELIVERY_OUT_OF_AREA` (pt-BR) when no zone takes it. */
export function quoteAddress(address: QuoteBody, signal?: AbortSignal): Promise<DeliveryQuote> {
  return api.post('/api/v1/delivery/quote', { body: address, signal });
}

/** The goods as the appliance prices them on a DELIVERY order (a channel markup may differ from the counter's price). */
export async function deliveryGoodsCents(lines: readonly CartLine[]): Promise<number> {
  const answer = await api.post('/api/v1/pricing/simulate', {
    body: { channel: 'DELIVERY', lines: lines.map((l) => ({ productId: l.product.id, quantity: l.quantity, options: l.optionIds })) },
  });
  return answer.lines.reduce((sum, line) => sum + line.totalCents, 0);
}

/**
 * The keys of one delivery being placed from one cart: a retry (a lost answer, a refusal corrected
 * in the dialog) finds the order already opened under `placeKey` instead of a second one, a
 * delivery sent again with the same body is the same delivery, and the order goes to the kitchen
 * once under `confirmKey`.
 */
interface Attempt {
  lines: CartLine[];
  placeKey: string;
  confirmKey: string;
  order: SentOrder | null;
  delivery: { body: string; key: string } | null;
}
let attempt: Attempt | null = null;

function attemptFor(lines: CartLine[]): Attempt {
  if (!attempt || attempt.lines !== lines) attempt = { lines, placeKey: crypto.randomUUID(), confirmKey: crypto.randomUUID(), order: null, delivery: null };
  return attempt;
}

/** The order of the cart on screen opened without its delivery yet (the delivery was refused): not in the kitchen. */
export const placedWithoutDelivery = (): SentOrder | null => (attempt && attempt.lines === cart.value ? attempt.order : null);

/**
 * The cashier gave up on a delivery the appliance refused: its order, still a draft the kitchen
 * never saw, is cancelled (a draft needs no manager), so no order is left open to block the day
 * close. The cart stays on screen.
 */
export async function abandonDelivery(): Promise<void> {
  const order = placedWithoutDelivery();
  attempt = null;
  if (!order) return;
  await api.post('/api/v1/orders/{id}/cancel', { params: { path: { id: order.id } }, body: { reason: t('POS_DELIVERY_ABANDONED_REASON') }, idempotencyKey: crypto.randomUUID() });
}

/**
 * The cart becomes a DELIVERY order, then its delivery, then the order goes to the kitchen: opened
 * as a draft first, so a delivery the appliance refuses (out of the area, below the zone's minimum)
 * never leaves a ticket in the kitchen for an order nobody will take out; the delivery puts the
 * zone's fee on the still unpaid order (`order.delivery_fee_set`).
 *
 * "Pagar agora" is not `prepaid: true`: the appliance refuses that for an order not settled yet
 * (`DELIVERY_NOT_PREPAID`), and a delivery made after the payment would leave the fee outside the
 * order, for the courier to collect. So the delivery is made unpaid, with the method the customer
 * pays with, the fee joins the order, and the till takes the order's new total with the payment
 * dialog; at the dispatch the courier's amount due is what the order still owes (`paidSoFar` in
 * `workflows/delivery-dispatch.ts`): nothing.
 */
export async function placeDelivery(destination: Destination, payment: { payNow: boolean; method: DoorMethod; changeForCents: number | null }): Promise<void> {
  const lines = cart.value;
  const current = attemptFor(lines);
  if (!current.order) {
    const taxId = consumerTaxId.value;
    const body = { channel: 'DELIVERY' as const, items: lines.map((l) => ({ productId: l.product.id, quantity: l.quantity, options: l.optionIds, ...(l.notes ? { notes: l.notes } : {}) })), ...(taxId ? { consumerTaxId: taxId } : {}) };
    const placed = await api.post('/api/v1/orders', { body, idempotencyKey: current.placeKey });
    current.order = { id: placed.id, number: placed.number, status: placed.status, totalCents: placed.totalCents, paidCents: 0 };
  }
  const order = current.order;
  const deliveryBody: DeliveryBody = { destination, payment: { prepaid: false, method: payment.method, changeForCents: payment.changeForCents } };
  const json = JSON.stringify(deliveryBody);
  if (current.delivery?.body !== json) current.delivery = { body: json, key: crypto.randomUUID() };
  await api.post('/api/v1/delivery/orders/{orderId}', { params: { path: { orderId: order.id } }, body: deliveryBody, idempotencyKey: current.delivery.key });
  // Confirmed, the order's total includes the zone's fee: the payment and the confirmation show that one.
  const confirmed = await api.post('/api/v1/orders/{id}/confirm', { params: { path: { id: order.id } }, idempotencyKey: current.confirmKey });
  const withFee: SentOrder = { ...order, status: confirmed.status, totalCents: confirmed.totalCents };
  attempt = null;
  clearCart();
  deliveryOpen.value = false;
  if (payment.payNow) {
    remember(withFee);
    payingOrder.value = withFee;
    tell('info', t('POS_DELIVERY_SENT', { number: order.number }));
  } else {
    // Paid at the door: not one of the till's unpaid orders F9 offers the next customer; the courier brings its money back.
    deliveryPlaced.value = { number: order.number, totalCents: withFee.totalCents, method: payment.method, changeForCents: payment.changeForCents };
  }
}
