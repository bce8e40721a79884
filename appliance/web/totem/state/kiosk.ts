import { computed, signal } from '@preact/signals';
import { createWebApi } from '../../shared/appliance-api';
import { loadPairedScreen, type PairedScreen } from '../../shared/device-screen';
import { errorText } from '../texts';

export const STORAGE_KEY = 'chefia.totem.device';
const CHECK_PAID_MS = 1000;
const PAGE_SIZE = 100;

export interface KioskProduct {
  id: string;
  categoryId: string | null;
  name: string;
  priceCents: number;
  type: string;
  optionGroups: unknown[];
  /** The product's photo (`/catalog-images/<hash>.webp`, a 480 px square), when the store gave it one. */
  photoUrl?: string | null;
}
export interface KioskCategory {
  id: string;
  name: string;
}
export interface CartLine {
  product: KioskProduct;
  quantity: number;
}
type Screen = 'attract' | 'menu' | 'pix' | 'card' | 'done';

export const paired = signal<PairedScreen | null>(loadPairedScreen(STORAGE_KEY));
export const products = signal<KioskProduct[]>([]);
export const categories = signal<KioskCategory[]>([]);
export const cart = signal<CartLine[]>([]);
export const screen = signal<Screen>('attract');
export const problem = signal<string | null>(null);
export const pix = signal<{ image: string | null; code: string; amountCents: number } | null>(null);
/** The order being paid: a declined card keeps it, so the next try pays the same draft. */
export const order = signal<{ id: string; number: number } | null>(null);
export const cartTotal = computed(() => cart.value.reduce((sum, line) => sum + line.product.priceCents * line.quantity, 0));

// The kiosk calls with its device token: no refresh, a refusal is final (pair again).
const api = createWebApi({ session: { current: () => (paired.value ? { token: paired.value.token } : null), renewed: () => undefined } });

/** What a kiosk sells on its own: products without choices to make (options need a person at the counter). */
export async function loadMenu(): Promise<void> {
  const all: KioskProduct[] = [];
  for (let page = 1; ; page++) {
    const batch = (await api.get('/api/v1/products', { params: { query: { active: 'true', channel: 'KIOSK', size: PAGE_SIZE, page, sort: 'name:asc' } } })) as KioskProduct[];
    all.push(...batch);
    if (batch.length < PAGE_SIZE) break;
  }
  products.value = all.filter((p) => p.type === 'SIMPLE' && p.optionGroups.length === 0);
  const tree = (await api.get('/api/v1/categories')) as KioskCategory[];
  categories.value = tree.filter((c) => products.value.some((p) => p.categoryId === c.id));
}

export function add(product: KioskProduct): void {
  const line = cart.value.find((l) => l.product.id === product.id);
  cart.value = line ? cart.value.map((l) => (l === line ? { ...l, quantity: l.quantity + 1 } : l)) : [...cart.value, { product, quantity: 1 }];
  order.value = null;
}

export function remove(productId: string): void {
  cart.value = cart.value.flatMap((l) => (l.product.id !== productId ? [l] : l.quantity > 1 ? [{ ...l, quantity: l.quantity - 1 }] : []));
  order.value = null;
}

/** Back to the attract screen with nothing left over (idle time-out, cancel, after the number). */
export function reset(): void {
  cart.value = [];
  order.value = null;
  pix.value = null;
  problem.value = null;
  screen.value = 'attract';
}

async function draftOrder(): Promise<{ id: string; number: number }> {
  if (order.value) return order.value;
  const items = cart.value.map((l) => ({ productId: l.product.id, quantity: l.quantity }));
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
