import { effect } from '@preact/signals';
import { type CartLine, cart, consumerTaxId } from './cart';
import { shownCartTotal } from './cart-prices';
import { drawer } from './drawer';
import { tell } from './notice';
import { type Outcome, Outbox } from '../../shared/outbox';
import { offline } from './connection';
import { type PaymentAnswer, remember, type SentOrder, settle } from './sale';
import { api, operator } from './session';
import { errorText, t } from '../texts';
import { formatCents } from '../../shared/money';

interface OrderBody {
  channel: 'COUNTER';
  items: { productId: string; quantity: number; options: string[]; notes?: string }[];
  consumerTaxId?: string;
}

interface CashBody {
  method: 'CASH';
  amountCents: number;
  tenderedCents: number;
  cashierSessionId: string | undefined;
}

/**
 * The keys of a cart sent to the kitchen: one request that places the order confirmed, or, for an
 * entry an earlier version of this page queued (an outage across an update), its create and its
 * confirm, each replayed under the key it was first sent with.
 */
type OrderKeys = { placeKey: string } | { createKey: string; confirmKey: string };

/** What goes through an outage: sending the cart to the kitchen, and a cash tender. */
export type QueuedWork =
  | ({ kind: 'order'; operatorId: string; body: OrderBody; lines: CartLine[]; estimateCents: number } & OrderKeys)
  | { kind: 'cash'; operatorId: string; key: string; order: SentOrder; body: CashBody };

type Answer = SentOrder | PaymentAnswer;

const itemOf = (line: CartLine) => ({ productId: line.product.id, quantity: line.quantity, options: line.optionIds, ...(line.notes ? { notes: line.notes } : {}) });

async function perform(work: QueuedWork): Promise<Answer> {
  if (work.kind === 'cash') return api.post('/api/v1/orders/{id}/payments', { params: { path: { id: work.order.id } }, body: work.body, idempotencyKey: work.key });
  const confirmed = await sendToKitchen(work);
  const order: SentOrder = { id: confirmed.id, number: confirmed.number, status: confirmed.status, totalCents: confirmed.totalCents, paidCents: 0 };
  // A price that changed before the order reached the appliance (while the terminal was offline, or
  // between the last re-pricing of the cart and the send): the cashier sees both before taking money.
  if (order.totalCents !== work.estimateCents) {
    order.estimateCents = work.estimateCents;
    tell('error', t('POS_PRICE_CHANGED', { number: order.number, total: formatCents(order.totalCents), estimate: formatCents(work.estimateCents) }));
  }
  remember(order);
  return order;
}

/** Places the cart's order confirmed: the kitchen has it once the appliance answers. */
async function sendToKitchen(work: Extract<QueuedWork, { kind: 'order' }>) {
  if ('placeKey' in work) return api.post('/api/v1/orders', { body: { ...work.body, confirm: true }, idempotencyKey: work.placeKey });
  const created = await api.post('/api/v1/orders', { body: work.body, idempotencyKey: work.createKey });
  return api.post('/api/v1/orders/{id}/confirm', { params: { path: { id: created.id } }, idempotencyKey: work.confirmKey });
}

/** An answer that arrived after the page that queued it was reloaded. */
function unattended(work: QueuedWork, outcome: Outcome<Answer>): void {
  if ('error' in outcome) {
    tell('error', errorText(outcome.error));
    // A refused order gives its lines back to an empty cart so nothing the customer asked for is lost.
    if (work.kind === 'order' && cart.value.length === 0) cart.value = work.lines;
    return;
  }
  if (work.kind === 'order') tell('info', t('POS_ORDER_SENT', { number: (outcome.result as SentOrder).number }));
  else settle(work.order, (outcome.result as PaymentAnswer).balance, (outcome.result as PaymentAnswer).payment.changeCents);
}

export const outbox = new Outbox<QueuedWork, Answer>('chefia-pos-outbox', perform, unattended, () => operator.value?.user.id ?? null, offline);

/** Picks up what an earlier page left unsent; each operator's entries go once they sign in (PIN). */
export function startOutbox(): void {
  void outbox.restore();
  effect(() => {
    if (operator.value) void outbox.drain();
  });
}

/**
 * Queues the cart as an order for the kitchen. The cart is taken off the screen at once, before the
 * order is stored on this terminal, so a second tap or key finds nothing left to send and the
 * cashier can go on selling through an outage; a failed write gives the lines back. `answered`
 * settles with the order when the appliance confirmed it (a refusal puts the lines back in the cart).
 */
export async function queueCart(): Promise<{ answered: Promise<SentOrder> }> {
  const lines = cart.value;
  const taxId = consumerTaxId.value;
  const work: QueuedWork = {
    kind: 'order',
    operatorId: operator.value!.user.id,
    placeKey: crypto.randomUUID(),
    body: { channel: 'COUNTER', items: lines.map(itemOf), ...(taxId ? { consumerTaxId: taxId } : {}) },
    lines,
    // The total the till showed: the appliance's price when it answered, else (offline) the catalog's.
    estimateCents: shownCartTotal.value,
  };
  cart.value = [];
  consumerTaxId.value = null;
  let answered: Promise<Answer>;
  try {
    ({ answered } = await outbox.enqueue(work));
  } catch (error) {
    if (cart.value.length === 0) {
      cart.value = lines;
      consumerTaxId.value = taxId;
    }
    throw error;
  }
  return {
    answered: (answered as Promise<SentOrder>).catch((error: unknown) => {
      if (cart.value.length === 0) cart.value = lines;
      throw error;
    }),
  };
}

/** A cash tender with its change, booked in the operator's drawer; queued through an outage. */
export async function payCash(order: SentOrder, amountCents: number, tenderedCents: number): Promise<void> {
  const work: QueuedWork = { kind: 'cash', operatorId: operator.value!.user.id, key: crypto.randomUUID(), order, body: { method: 'CASH', amountCents, tenderedCents, cashierSessionId: drawer.value?.id } };
  const answer = (await (await outbox.enqueue(work)).answered) as PaymentAnswer;
  settle(order, answer.balance, answer.payment.changeCents);
}
