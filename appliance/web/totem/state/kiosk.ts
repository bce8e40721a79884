import { signal } from '@preact/signals';
import { createWebApi } from '../../shared/appliance-api';
import { loadPairedScreen, type PairedScreen } from '../../shared/device-screen';
import { topCategories } from '../../shared/category-tree';
import { errorText } from '../texts';
import { cart, type CartLine } from './cart';
import { detail, offer } from './choices';
import { categories, KIOSK_TYPES, type KioskCategory, type KioskProduct, products } from './menu';

export const STORAGE_KEY = 'chefia.totem.device';
const CHECK_PAID_MS = 1000;
const PAGE_SIZE = 100;

type Screen = 'attract' | 'menu' | 'pix' | 'card' | 'done';

export const paired = signal<PairedScreen | null>(loadPairedScreen(STORAGE_KEY));
export const screen = signal<Screen>('attract');
export const problem = signal<string | null>(null);
export const pix = signal<{ image: string | null; code: string; amountCents: number } | null>(null);
/** The order being paid: a declined card keeps it, so the next try pays the same draft. */
export const order = signal<{ id: string; number: number } | null>(null);
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

/** Back to the attract screen with nothing left over (idle time-out, cancel, after the number). */
export function reset(): void {
  cart.value = [];
  detail.value = null;
  offer.value = null;
  order.value = null;
  pix.value = null;
  problem.value = null;
  screen.value = 'attract';
}

async function draftOrder(): Promise<{ id: string; number: number }> {
  if (order.value && draftedFrom === cart.value) return order.value;
  draftedFrom = cart.value;
  const items = cart.value.map((l) => ({ productId: l.product.id, quantity: l.quantity, options: l.optionIds }));
  const created = await api.post('/api/v1/orders', { body: { channel: 'KIOSK', items }, idempotencyKey: crypto.randomUUID() });
  order.value = { id: created.id, number: created.number };
  return order.value;
}

interface PaymentAnswer {
  payment: { pix: { qrPayload: string; qrImageBase64: string | null } | null };
  balance: { totalCents: number; remainingCents: number; pendingCents: number };
}

const pay = (orderId: string, method: 'PIX' | 'CREDIT') =>
  api.post('/api/v1/orders/{id}/payments', { params: { path: { id: orderId } }, body: { method }, idempotencyKey: crypto.randomUUID() }) as Promise<PaymentAnswer>;

async function untilPaid(orderId: string): Promise<void> {
  while (screen.value === 'pix' && order.value?.id === orderId) {
    const answer = (await api.get('/api/v1/orders/{id}/payments', { params: { path: { id: orderId } } }).catch(() => null)) as PaymentAnswer | null;
    if (answer && answer.balance.remainingCents === 0 && answer.balance.pendingCents === 0) {
      screen.value = 'done';
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, CHECK_PAID_MS));
  }
}

/** The order is created as a draft and paid here; the appliance sends it to the kitchen once paid. */
export async function checkout(method: 'PIX' | 'CREDIT'): Promise<void> {
  problem.value = null;
  try {
    const draft = await draftOrder();
    screen.value = method === 'PIX' ? 'pix' : 'card';
    const answer = await pay(draft.id, method);
    if (method === 'CREDIT') {
      screen.value = 'done';
      return;
    }
    const image = answer.payment.pix?.qrImageBase64 ?? null;
    pix.value = { image: image && !image.startsWith('data:') ? `data:image/png;base64,${image}` : image, code: answer.payment.pix?.qrPayload ?? '', amountCents: answer.balance.pendingCents };
    await untilPaid(draft.id);
  } catch (error) {
    problem.value = errorText(error);
    screen.value = 'menu';
  }
}
