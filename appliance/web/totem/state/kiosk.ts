import { signal } from '@preact/signals';
import { ApiError } from '../../shared/api';
import { createWebApi } from '../../shared/appliance-api';
import { loadPairedScreen, type PairedScreen } from '../../shared/device-screen';
import { topCategories } from '../../shared/category-tree';
import { errorText, t } from '../texts';
import { cart, type CartLine, lineTotal } from './cart';
import { detail, offer } from './choices';
import { keypad, taxId } from './cpf';
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
/** The cart and the CPF na nota the draft order was made from: any change to either needs a new draft. */
let draftedFrom: { cart: CartLine[]; taxId: string | null } | null = null;
const isDrafted = () => draftedFrom?.cart === cart.value && draftedFrom.taxId === taxId.value;

// The kiosk calls with its device token: no refresh, a refusal is final (pair again).
const api = createWebApi({ session: { current: () => (paired.value ? { token: paired.value.token } : null), renewed: () => undefined } });

let menuSeq = 0;

/** What a kiosk sells on its own: units with their modifiers, half-and-half and combos (not weighed or timed lines). */
export async function loadMenu(): Promise<void> {
  // Read again for each customer: only the latest read is shown, whichever answers last.
  const seq = ++menuSeq;
  const all: KioskProduct[] = [];
  for (let page = 1; ; page++) {
    const batch = (await api.get('/api/v1/products', { params: { query: { active: 'true', channel: 'KIOSK', size: PAGE_SIZE, page, sort: 'name:asc' } } })) as KioskProduct[];
    all.push(...batch);
    if (batch.length < PAGE_SIZE) break;
  }
  const tree = (await api.get('/api/v1/categories')) as KioskCategory[];
  if (seq !== menuSeq) return;
  products.value = all.filter((p) => KIOSK_TYPES.has(p.type));
  const top = topCategories(tree);
  categories.value = tree.filter((c) => products.value.some((p) => p.categoryId && top.get(p.categoryId) === c.id));
}

/**
 * The attract screen touched: a new customer's order. The kiosk stays on all day, so the menu is
 * read again for each customer (the old one shows until it arrives, the cart being empty): what
 * the counter marked out of stock or priced anew since shows as it is now, and a kiosk that could
 * not read it at start gets it then.
 */
export function startOrder(): void {
  screen.value = 'menu';
  void loadMenu().catch(() => undefined);
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

/** Refusals of an order whose products the store switched off, took off the kiosk or sold out since the menu was read. */
const MENU_CHANGED = new Set(['ORDER_PRODUCT_UNAVAILABLE', 'ORDER_PRODUCT_NOT_ON_CHANNEL', 'STOCK_UNAVAILABLE']);

/** A draft whose PIX the customer went back from: its charge may still be paid at the bank. */
type LeftPix = { id: string; number: number; totalCents: number; paymentId: string };
let leftPix: LeftPix | null = null;
/** A payment being started: a second tap on a pay button does nothing. */
let paying = false;

/** Back to the attract screen with nothing left over (idle time-out, cancel, after the number). */
export function reset(): void {
  // The customer went back from a QR and gave up: its charge must not stay payable at the bank
  // (nor hold the day close as a pending payment). Paid meanwhile, the appliance captures it and
  // the order goes to the kitchen with its printed number.
  if (leftPix) void withdrawCharge(leftPix).catch(() => undefined);
  cart.value = [];
  // The CPF is the customer's: the next one at the kiosk neither sees it nor gets it on their receipt.
  taxId.value = null;
  keypad.value = null;
  detail.value = null;
  offer.value = null;
  order.value = null;
  pix.value = null;
  problem.value = null;
  leftPix = null;
  screen.value = 'attract';
}

async function draftOrder(): Promise<{ id: string; number: number; totalCents: number }> {
  if (order.value && isDrafted()) return order.value;
  draftedFrom = { cart: cart.value, taxId: taxId.value };
  pix.value = null;
  const items = cart.value.map((l) => ({ productId: l.product.id, quantity: l.quantity, options: l.optionIds }));
  const created = await api.post('/api/v1/orders', { body: { channel: 'KIOSK', items, consumerTaxId: taxId.value }, idempotencyKey: crypto.randomUUID() });
  order.value = { id: created.id, number: created.number, totalCents: created.totalCents };
  return order.value;
}

interface PaymentAnswer {
  payment: { id: string; pix: { qrPayload: string; qrImageBase64: string | null } | null };
  balance: { totalCents: number; remainingCents: number; pendingCents: number };
}

/** How the customer pays: Pix, or the card on the TEF terminal as credit or debit (a debit-only card is declined as credit). */
export type KioskMethod = 'PIX' | 'CREDIT' | 'DEBIT';

const pay = (orderId: string, method: KioskMethod) =>
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
 * Withdraws a PIX charge at the gateway. One the customer paid meanwhile (its confirmation late) is
 * 'paid': the appliance captures it instead. A gateway that does not answer leaves it pending and
 * the error is thrown (in pt-BR, from the appliance).
 */
async function withdrawCharge(left: LeftPix): Promise<'withdrawn' | 'paid'> {
  try {
    await api.post('/api/v1/payments/{id}/cancel', { params: { path: { id: left.paymentId } }, idempotencyKey: crypto.randomUUID() });
  } catch (error) {
    // Already gone (expired, or paid and confirmed since): the balance says which.
    if (!(error instanceof ApiError) || (error.code !== 'PAYMENT_PIX_ALREADY_PAID' && error.code !== 'PAYMENT_NOT_PENDING')) throw error;
    const balance = await balanceOf(left.id);
    if (balance.remainingCents === 0 && balance.pendingCents === 0) return 'paid';
  }
  return 'withdrawn';
}

/** Withdraws the PIX charge the customer went back from; paid meanwhile, that is the customer's order. */
async function withdrawLeftPix(): Promise<'withdrawn' | 'paid'> {
  const left = leftPix!;
  const outcome = await withdrawCharge(left);
  leftPix = null;
  pix.value = null;
  if (outcome === 'paid') {
    order.value = left;
    screen.value = 'done';
  }
  return outcome;
}

/**
 * The customer walked away from the QR (no touch for several idle periods, far longer than a bank
 * app takes): the gateway would keep the charge payable for hours and the kiosk would show it, the
 * total and, behind "Voltar", the order to the next customer. The charge is withdrawn and the kiosk
 * goes back to its attract screen; one paid meanwhile shows its number. A gateway that does not
 * answer keeps the QR on screen, and the next idle period tries again.
 */
export async function abandonPix(): Promise<void> {
  const current = order.value;
  const charge = pix.value;
  if (screen.value !== 'pix' || !current || !charge) return;
  const outcome = await withdrawCharge({ ...current, paymentId: charge.paymentId }).catch(() => null);
  if (outcome === null || screen.value !== 'pix' || pix.value !== charge) return;
  if (outcome === 'paid') screen.value = 'done';
  else reset();
}

/** The order is created as a draft and paid here; the appliance sends it to the kitchen once paid. */
export async function checkout(method: KioskMethod): Promise<void> {
  if (paying) return;
  paying = true;
  problem.value = null;
  try {
    if (await paidMeanwhile()) return;
    // Back to the QR still waiting for this very cart: the same charge, not a second one.
    if (method === 'PIX' && pix.value && order.value && isDrafted() && leftPix?.id === order.value.id) {
      leftPix = null;
      screen.value = 'pix';
      paying = false;
      await untilPaid(order.value.id);
      return;
    }
    // Any other way on withdraws the PIX charge the customer went back from at the gateway, so that
    // QR cannot be paid on top: the card pays the same draft, and a changed cart makes a new draft
    // with a charge of its own.
    if (leftPix && (await withdrawLeftPix()) === 'paid') return;
    const draft = await draftOrder();
    screen.value = method === 'PIX' ? 'pix' : 'card';
    const answer = await pay(draft.id, method);
    if (method !== 'PIX') {
      screen.value = 'done';
      return;
    }
    const image = answer.payment.pix?.qrImageBase64 ?? null;
    pix.value = { paymentId: answer.payment.id, image: image && !image.startsWith('data:') ? `data:image/png;base64,${image}` : image, code: answer.payment.pix?.qrPayload ?? '', amountCents: answer.balance.pendingCents };
    paying = false;
    await untilPaid(draft.id);
  } catch (error) {
    if (await recoveredLostAnswer()) return;
    problem.value = errorText(error);
    screen.value = 'menu';
    // A product of the order went off the menu meanwhile: the menu on screen shows it no longer.
    if (error instanceof ApiError && MENU_CHANGED.has(error.code)) void loadMenu().catch(() => undefined);
  } finally {
    paying = false;
  }
}

/**
 * After a failed payment call: its answer may have been lost after the appliance took the payment
 * (the kiosk's Wi-Fi dropped while the card was approved, or while the QR was made). The order's
 * payments say what happened: paid, it is the customer's order and their number shows; a PIX
 * charge waiting with no QR on screen is withdrawn before the next try, as one the customer went
 * back from, so it cannot be paid on top.
 */
async function recoveredLostAnswer(): Promise<boolean> {
  const current = order.value;
  if (!current) return false;
  const state = await api.get('/api/v1/orders/{id}/payments', { params: { path: { id: current.id } } }).catch(() => null);
  if (!state) return false;
  if (state.balance.remainingCents === 0 && state.balance.pendingCents === 0) {
    pix.value = null;
    leftPix = null;
    screen.value = 'done';
    return true;
  }
  const waiting = state.payments.find((p) => p.method === 'PIX' && p.status === 'PENDING');
  if (waiting && !leftPix) leftPix = { ...current, paymentId: waiting.id };
  return false;
}
