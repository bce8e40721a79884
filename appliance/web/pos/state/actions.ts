import { signal } from '@preact/signals';
import { ApiError } from '../../shared/api';
import { errorText, t } from '../texts';
import { byBarcode, type Product } from './catalog';
import { addLine, cart, needsOptions, soldByWeight } from './cart';
import { offline } from './connection';
import { notice, tell } from './notice';
import { queueCart } from './queued-sale';
import { payingOrder, type SentOrder, sentOrders } from './sale';
import { api } from './session';
import { weighing } from './weighing';

/** The product whose options are being chosen (the options dialog is open while set). */
export const optionsFor = signal<Product | null>(null);
export const busy = signal(false);

export function pick(product: Product): void {
  if (soldByWeight(product)) weighing.value = product;
  else if (needsOptions(product)) optionsFor.value = product;
  else addLine(product);
}

/** A code from the scanner (keyboard wedge) or typed in the search field. */
export async function scan(code: string): Promise<void> {
  const known = byBarcode.value.get(code);
  if (known) return pick(known);
  try {
    pick(await api.get('/api/v1/products/by-barcode/{code}', { params: { path: { code } } }));
  } catch (error) {
    tell('error', error instanceof ApiError && error.status === 404 ? t('POS_BARCODE_UNKNOWN', { code }) : errorText(error));
  }
}

async function working<T>(task: () => Promise<T>): Promise<T | undefined> {
  if (busy.value) return undefined;
  busy.value = true;
  try {
    return await task();
  } catch (error) {
    tell('error', errorText(error));
    return undefined;
  } finally {
    busy.value = false;
  }
}

/** The cart being stored for the kitchen (F8) until it is in the terminal's queue. */
let storing: Promise<{ answered: Promise<SentOrder> }> | null = null;
/** The order F8 sent last, until the appliance answered it: F9 right after F8 pays that one. */
let sending: Promise<SentOrder> | null = null;

/**
 * F8: the cart becomes an order in the kitchen. It is queued on the terminal first, so through an
 * outage the cashier goes on with the next sale while this one waits to be sent. The cart leaves
 * the screen at once, so a second tap or F8 sends nothing more.
 */
export async function sendToKitchen(): Promise<void> {
  if (cart.value.length === 0 || busy.value || storing) return;
  const queued = queueCart();
  storing = queued;
  const sent: Promise<SentOrder> = queued.then((q) => q.answered);
  sending = sent;
  const done = () => {
    if (sending === sent) sending = null;
  };
  sent.then(done, done);
  let answered: Promise<SentOrder>;
  try {
    ({ answered } = await queued);
  } catch (error) {
    tell('error', errorText(error));
    return;
  } finally {
    storing = null;
  }
  if (offline.value) tell('info', t('POS_ORDER_QUEUED'));
  answered.then(
    (order) => tell('info', t('POS_ORDER_SENT', { number: order.number })),
    (error: unknown) => tell('error', errorText(error)),
  );
}

/**
 * F9: pay the cart (sent first) or, with an empty cart, the order F8 just sent (once the appliance
 * answers it; through an outage that would hold the till, so then the last order still unpaid).
 */
export function startPayment(): Promise<unknown> {
  return working(async () => {
    if (cart.value.length > 0) payingOrder.value = await (await queueCart()).answered;
    else if (sending && !offline.value) payingOrder.value = await sending;
    else payingOrder.value = sentOrders.value.find((o) => o.paidCents < o.totalCents && o.status !== 'CANCELLED') ?? null;
    notice.value = null;
  });
}
