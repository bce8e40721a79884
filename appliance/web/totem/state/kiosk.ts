import { signal } from '@preact/signals';
import { ApiError } from '../../shared/api';
import { createWebApi } from '../../shared/appliance-api';
import { loadPairedScreen, type PairedScreen } from '../../shared/device-screen';
import { topCategories } from '../../shared/category-tree';
import { errorText, t } from '../texts';
import { cart, type CartLine, lineTotal } from './cart';
import { detail, offer } from './choices';
import { categories, KIOSK_TYPES, type KioskCategory, type KioskProduct, products } from './menu';

export const STORAGE_KEY = 'chefia.totem.device';
const CHECK_PAID_MS = 1000;
const PAGE_SIZE = 100;

type Screen = 'attract' | 'menu' | 'pix' | 'card' | 'done';

export const paired = signal<PairedScreen | null>(loadPairedScreen(STORAGE_KEY));
export const screen = signal<Screen>('attract');
export const problem = signal<string | null>(null);
export const pix = signal<{ paymentId: string; image: string | null; code: string; amountCents: number } | null>(null);
/** The order being paid: a declined card keeps it, so the next try pays the same draft. */
export const order = signal<{ id: string; number: number; totalCents: number } | null>(null);
/** The cart the draft order was made from: any change to the cart needs a new draft. */
let draftedFrom: CartLine[] | null = null;

// The kiosk calls with its device token: no refresh, a refusal is final (pair again).
const api = createWebApi({ session: { current: () => (paired.value ? { token: paired.value.token } : null), renewed: () => undefined } });

/** What a kiosk sells on its own: units with their modifiers, half-and-half and combos (not weighed or timed lines). */
export async function loadMenu(): Promise<void> {
  const all: KioskProduct[] = [];
  for (let page = 1; ; page++) {
    const batch = (await api.get('/api/v1/products', { params: { query: { active: 'true', channel: 'KIOSK', size: PAGE_SIZE, page, sort: 'name:asc' } } })) as KioskProduct[];
    all.push(...batch);
    if (batch.length < PAGE_SIZE) break;
  }
  products.value = all.filter((p) => KIOSK_TYPES.has(p.type));
  const tree = (await api.get('/api/v1/categories')) as KioskCategory[];
  const top = topCategories(tree);
  categories.value = tree.filter((c) => products.value.some((p) => p.categoryId && top.get(p.categoryId) === c.id));
}

/** The appliance's price of the cart on screen (the store's rules for the KIOSK channel), for that very cart. */
export const priced = signal<{ for: CartLine[]; totalCents: number; lineCents: number[] } | null>(null);
let pricingSeq = 0;

/**
 * Prices the cart as the order will be priced (`POST /pricing/simulate`, channel KIOSK), so the
 * total the customer reads is what they pay, promotions of the kiosk included. Called on each
 * change of the cart; only the latest answer counts.
 */
export async function priceCart(lines: CartLine[]): Promise<void> {
  const seq = ++pricingSeq;
  if (lines.length === 0) {
    priced.value = null;
    return;
  }
  try {
    const answer = await api.post('/api/v1/pricing/simulate', { body: { channel: 'KIOSK', lines: lines.map((l) => ({ productId: l.product.id, quantity: l.quantity, options: l.optionIds })) } });
    if (seq === pricingSeq) priced.value = { for: lines, totalCents: answer.totalCents, lineCents: answer.lines.map((l) => l.totalCents) };
  } catch {
    // Not priced (no connection, a product just taken off the menu): the catalog's prices stay on
    // screen, and the order's own answer says what is wrong at payment.
    if (seq === pricingSeq) priced.value = { for: lines, totalCents: lines.reduce((sum, l) => sum + lineTotal(l), 0), lineCents: lines.map(lineTotal) };
  }
}

/** A draft whose PIX the customer went back from: its charge may still be paid at the bank. */
let leftPix: { id: string; number: number; totalCents: number; paymentId: string } | null = null;
/** A payment being started: a second tap on a pay button does nothing. */
let paying = false;

/** Back to the attract screen with nothing left over (idle time-out, cancel, after the number). */
export function reset(): void {
  cart.value = [];
  detail.value = null;
  offer.value = null;
  order.value = null;
  pix.value = null;
  problem.value = null;
  leftPix = null;
  screen.value = 'attract';
}

async function draftOrder(): Promise<{ id: string; number: number; totalCents: number }> {
  if (order.value && draftedFrom === cart.value) return order.value;
  draftedFrom = cart.value;
  pix.value = null;
  const items = cart.value.map((l) => ({ productId: l.product.id, quantity: l.quantity, options: l.optionIds }));
  const created = await api.post('/api/v1/orders', { body: { channel: 'KIOSK', items }, idempotencyKey: crypto.randomUUID() });
  order.value = { id: created.id, number: created.number, totalCents: created.totalCents };
  return order.value;
}

interface PaymentAnswer {
  payment: { id: string; pix: { qrPayload: string; qrImageBase64: string | null } | null };
  balance: { totalCents: number; remainingCents: number; pendingCents: number };
}

const pay = (orderId: string, method: 'PIX' | 'CREDIT') =>
  api.post('/api/v1/orders/{id}/payments', { params: { path: { id: orderId } }, body: { method }, idempotencyKey: crypto.randomUUID() }) as Promise<PaymentAnswer>;

const balanceOf = async (orderId: string) => (await api.get('/api/v1/orders/{id}/payments', { params: { path: { id: orderId } } })).balance;

/**
 * Waits on the QR until the order is paid. A charge that ends unpaid (expired or cancelled at the
 * gateway) takes the QR off the screen: the order is back on screen to pay again, and the idle
 * reset clears it if the customer has gone.
 */
async function untilPaid(orderId: string): Promise<void> {
  while (screen.value === 'pix' && order.value?.id === orderId) {
    const balance = await balanceOf(orderId).catch(() => null);
    if (balance && balance.remainingCents === 0 && balance.pendingCents === 0) {
      screen.value = 'done';
      return;
    }
    if (balance && balance.pendingCents === 0) {
      pix.value = null;
      problem.value = t('TOTEM_PIX_ENDED');
      screen.value = 'menu';
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, CHECK_PAID_MS));
  }
}

/** "Voltar" on the QR: the customer may choose card instead, or come back to the same QR. */
export function leavePix(): void {
  if (order.value && pix.value) leftPix = { ...order.value, paymentId: pix.value.paymentId };
  screen.value = 'menu';
}

/** The order the customer went back from got paid after all (the bank app was quicker): that is their order. */
async function paidMeanwhile(): Promise<boolean> {
  if (!leftPix) return false;
  const balance = await balanceOf(leftPix.id).catch(() => null);
  if (!balance || balance.remainingCents > 0 || balance.pendingCents > 0) return false;
  order.value = leftPix;
  leftPix = null;
  screen.value = 'done';
  return true;
}

/**
 * Withdraws the PIX charge the customer went back from. One they paid meanwhile (its confirmation
 * late) is their order: 'paid'. A gateway that does not answer leaves it pending and the error
 * reaches the screen (in pt-BR, from the appliance).
 */
async function withdrawLeftPix(): Promise<'withdrawn' | 'paid'> {
  const left = leftPix!;
  try {
    await api.post('/api/v1/payments/{id}/cancel', { params: { path: { id: left.paymentId } }, idempotencyKey: crypto.randomUUID() });
  } catch (error) {
    // Already gone (expired, or paid and confirmed since): the balance says which.
    if (!(error instanceof ApiError) || (error.code !== 'PAYMENT_PIX_ALREADY_PAID' && error.code !== 'PAYMENT_NOT_PENDING')) throw error;
    const balance = await balanceOf(left.id);
    if (balance.remainingCents === 0 && balance.pendingCents === 0) {
      order.value = left;
      leftPix = null;
      pix.value = null;
      screen.value = 'done';
      return 'paid';
    }
  }
  leftPix = null;
  pix.value = null;
  return 'withdrawn';
}

/** The order is created as a draft and paid here; the appliance sends it to the kitchen once paid. */
export async function checkout(method: 'PIX' | 'CREDIT'): Promise<void> {
  if (paying) return;
  paying = true;
  problem.value = null;
  try {
    if (await paidMeanwhile()) return;
    // Back to the QR still waiting for this very cart: the same charge, not a second one.
    if (method === 'PIX' && pix.value && order.value && draftedFrom === cart.value && leftPix?.id === order.value.id) {
      leftPix = null;
      screen.value = 'pix';
      paying = false;
      await untilPaid(order.value.id);
      return;
    }
    // The PIX charge the customer went back from holds the draft's balance: it is withdrawn at the
    // gateway (so the QR cannot be paid on top of the card), and the card pays the same draft.
    if (method === 'CREDIT' && leftPix && order.value?.id === leftPix.id && (await withdrawLeftPix()) === 'paid') return;
    const draft = await draftOrder();
    screen.value = method === 'PIX' ? 'pix' : 'card';
    const answer = await pay(draft.id, method);
    if (method === 'CREDIT') {
      screen.value = 'done';
      return;
    }
    const image = answer.payment.pix?.qrImageBase64 ?? null;
    pix.value = { paymentId: answer.payment.id, image: image && !image.startsWith('data:') ? `data:image/png;base64,${image}` : image, code: answer.payment.pix?.qrPayload ?? '', amountCents: answer.balance.pendingCents };
    paying = false;
    await untilPaid(draft.id);
  } catch (error) {
    problem.value = errorText(error);
    screen.value = 'menu';
  } finally {
    paying = false;
  }
}
