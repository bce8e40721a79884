import { z } from 'zod';
import type { Db } from '../kernel/db/open.js';
import { vaultOf } from '../kernel/pii/vault.js';
import { openCustomerField } from './sealed-customer.js';
import { lazySchema } from '../../contract/lazy-schema.js';

/** Platform names as the relay sends them. */
export const MARKETPLACE_PLATFORMS = ['IFOOD', 'OPEN_DELIVERY', 'RAPPI', 'UBER_EATS'] as const;
export type MarketplacePlatform = (typeof MARKETPLACE_PLATFORMS)[number];

const cents = lazySchema(() => z.number().int().min(0).max(100_000_000));
const shortCode = (max: number) => z.string().max(max).nullable().default(null);

/** Marks text the store cut short, so whoever reads it knows there was more. */
const CUT_MARK = '…';

/**
 * Text over `max` characters cut to `max`, the last one the cut mark. A surrogate pair is never
 * split: half an emoji would be a lone surrogate, which the store's text checks refuse.
 */
function cutToLimit(text: string, max: number): string {
  if (text.length <= max) return text;
  const kept = text.slice(0, max - CUT_MARK.length);
  return `${/[\uD800-\uDBFF]$/.test(kept) ? kept.slice(0, -1) : kept}${CUT_MARK}`;
}

/**
 * Text the customer or the platform typed (names, notes, address parts): the platform already
 * charged the order, so text over the store's limit is cut short, never a reason to lose the order.
 */
const cutText = (max: number, min = 0) => z.string().min(min).transform((text) => cutToLimit(text, max));
const optionalCutText = (max: number) => cutText(max).nullable().default(null);

/**
 * Units on one platform line: a catering order runs to thousands of salgados, and the platform
 * already charged it. The bound only keeps out a payload no real order has.
 */
const MAX_LINE_QUANTITY = 100_000;

/** The downstream `marketplace.order_received` payload (the relay's platform-neutral order). */
export const platformOrderSchema = lazySchema(() => z.object({
  marketplaceOrderId: z.string().min(1).max(64),
  platform: z.enum(MARKETPLACE_PLATFORMS),
  platformOrderId: z.string().min(1).max(100),
  displayId: z.string().min(1).max(20),
  createdAt: z.iso.datetime({ offset: true }),
  confirmDeadline: z.iso.datetime({ offset: true }).nullable().default(null),
  customerName: optionalCutText(120),
  customerPhone: optionalCutText(40),
  deliveryAddress: z.record(z.string(), cutText(300).nullable()).nullable().default(null),
  items: z
    .array(
      z.object({
        externalCode: shortCode(100),
        name: cutText(200, 1),
        quantity: z.number().int().min(1).max(MAX_LINE_QUANTITY),
        unitPriceCents: cents,
        totalCents: cents,
        notes: optionalCutText(300),
        options: z.array(z.object({ externalCode: shortCode(100), name: cutText(200), quantity: z.number().int().min(1), priceCents: cents })).max(200).default([]),
      }),
    )
    .min(1)
    .max(500),
  notes: optionalCutText(500),
  subtotalCents: cents,
  deliveryFeeCents: cents,
  discounts: z.array(z.object({ amountCents: cents, sponsor: z.string().max(40) })).max(20).default([]),
  totalCents: cents,
  payment: z.object({ prepaid: z.boolean(), method: z.string().max(40), pendingCents: cents, changeForCents: cents.nullable() }),
}));
export type PlatformOrder = z.infer<typeof platformOrderSchema>;

export type MarketplaceOrderStatus = 'RECEIVED' | 'ACCEPTED' | 'CANCELLED';
export type MarketplaceAttention = 'UNMAPPED_ITEMS' | 'BUSINESS_DAY_CLOSED';

export interface MarketplaceOrderLine {
  position: number;
  externalCode: string | null;
  name: string;
  quantity: number;
  unitPriceCents: number;
  totalCents: number;
  notes: string | null;
  options: PlatformOrder['items'][number]['options'];
  /** The store product the platform item maps to; null until someone maps it. */
  productId: string | null;
}

export interface MarketplaceOrder {
  id: string;
  platform: MarketplacePlatform;
  platformOrderId: string;
  displayId: string;
  orderId: string | null;
  status: MarketplaceOrderStatus;
  attention: MarketplaceAttention | null;
  customerName: string | null;
  customerPhone: string | null;
  deliveryAddress: Record<string, string | null> | null;
  notes: string | null;
  subtotalCents: number;
  deliveryFeeCents: number;
  discounts: { amountCents: number; sponsor: string }[];
  totalCents: number;
  payment: { prepaid: boolean; method: string; pendingCents: number; changeForCents: number | null };
  confirmDeadline: string | null;
  placedAt: string;
  receivedAt: string;
  cancelCode: string | null;
  lines: MarketplaceOrderLine[];
}

export function toMarketplaceOrder(db: Db, row: any): MarketplaceOrder {
  const { keyring } = vaultOf(db);
  const address = openCustomerField(keyring, 'address', row.id, row.delivery_address);
  const lines = db
    .prepare(
      `SELECT l.*, m.product_id FROM marketplace_order_lines l
       LEFT JOIN marketplace_item_mappings m ON m.platform = ? AND m.external_code = l.external_code
       WHERE l.marketplace_order_id = ? ORDER BY l.position`,
    )
    .all(row.platform, row.id) as any[];
  return {
    id: row.id,
    platform: row.platform,
    platformOrderId: row.platform_order_id,
    displayId: row.display_id,
    orderId: row.order_id,
    status: row.status,
    attention: row.attention,
    customerName: openCustomerField(keyring, 'name', row.id, row.customer_name),
    customerPhone: openCustomerField(keyring, 'phone', row.id, row.customer_phone),
    deliveryAddress: address ? JSON.parse(address) : null,
    notes: row.notes,
    subtotalCents: row.subtotal_cents,
    deliveryFeeCents: row.delivery_fee_cents,
    discounts: JSON.parse(row.discounts),
    totalCents: row.total_cents,
    payment: { prepaid: row.prepaid === 1, method: row.payment_method, pendingCents: row.pending_cents, changeForCents: row.change_for_cents },
    confirmDeadline: row.confirm_deadline,
    placedAt: row.placed_at,
    receivedAt: row.received_at,
    cancelCode: row.cancel_code,
    lines: lines.map((line) => ({
      position: line.position,
      externalCode: line.external_code,
      name: line.name,
      quantity: line.quantity,
      unitPriceCents: line.unit_price_cents,
      totalCents: line.total_cents,
      notes: line.notes,
      options: JSON.parse(line.options),
      productId: line.product_id ?? null,
    })),
  };
}

/**
 * The store products that platform codes map to, by code (unmapped codes are absent). Options carry
 * codes too: the drink chosen in a combo maps like the drink sold alone.
 */
export function mappedProductsOf(db: Db, platform: MarketplacePlatform, externalCodes: readonly string[]): Map<string, string> {
  const codes = [...new Set(externalCodes)];
  if (codes.length === 0) return new Map();
  const rows = db
    .prepare(`SELECT external_code AS code, product_id AS productId FROM marketplace_item_mappings WHERE platform = ? AND external_code IN (${codes.map(() => '?').join(',')})`)
    .all(platform, ...codes) as { code: string; productId: string }[];
  return new Map(rows.map((row) => [row.code, row.productId]));
}

/**
 * Past its confirmation deadline the platform cancels an order nobody confirmed (iFood: 8 minutes
 * after placing): one that reached the store only then (the store was offline) is not accepted.
 */
export function isPastConfirmDeadline(order: Pick<MarketplaceOrder, 'confirmDeadline'>, now: Date): boolean {
  return order.confirmDeadline !== null && Date.parse(order.confirmDeadline) <= now.getTime();
}

export function getMarketplaceOrder(db: Db, id: string): MarketplaceOrder | null {
  const row = db.prepare('SELECT * FROM marketplace_orders WHERE id = ?').get(id);
  return row ? toMarketplaceOrder(db, row) : null;
}

export function findMarketplaceOrderOf(db: Db, orderId: string): MarketplaceOrder | null {
  const row = db.prepare('SELECT * FROM marketplace_orders WHERE order_id = ?').get(orderId);
  return row ? toMarketplaceOrder(db, row) : null;
}

const AUTO_ACCEPT_KEY = 'marketplace.auto_accept';

/** Platforms whose orders go to the kitchen as they arrive (when every item maps); others wait for the operator. */
export function readAutoAccept(db: Db): Record<MarketplacePlatform, boolean> {
  const raw = db.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(AUTO_ACCEPT_KEY) as string | undefined;
  const defaults = Object.fromEntries(MARKETPLACE_PLATFORMS.map((p) => [p, false])) as Record<MarketplacePlatform, boolean>;
  return raw ? { ...defaults, ...(JSON.parse(raw) as Partial<Record<MarketplacePlatform, boolean>>) } : defaults;
}

export function writeAutoAccept(db: Db, patch: Partial<Record<MarketplacePlatform, boolean>>): Record<MarketplacePlatform, boolean> {
  const next = { ...readAutoAccept(db), ...patch };
  db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(AUTO_ACCEPT_KEY, JSON.stringify(next));
  return next;
}
