import { z } from 'zod';
import { prepareCached } from '../kernel/db/statements.js';
import type { Db } from '../kernel/db/open.js';
import type { PiiKeyring } from '../kernel/pii/keyring.js';
import { vaultOf } from '../kernel/pii/vault.js';
import { openConsumerTaxId } from './sealed-tax-id.js';
import { ORDER_CHANNELS, ORDER_STATUSES, type OrderChannel, type OrderStatus } from './state-machine.js';
import { lazySchema } from '../../contract/lazy-schema.js';

export const ITEM_STATUSES = ['PENDING', 'CONFIRMED', 'PREPARING', 'READY', 'DELIVERED', 'CANCELLED'] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];

// The shapes below are zod schemas so the API's OpenAPI description and these types are one source.

/** A combo's parts as the kitchen cooks them. */
export const orderItemComponentSchema = lazySchema(() => z.object({
  productId: z.string(),
  name: z.string(),
  categoryId: z.string(),
  quantity: z.number().int(),
  station: z.string().nullable(),
  prepSeconds: z.number().int(),
}));
export type OrderItemComponent = z.infer<typeof orderItemComponentSchema>;

/**
 * An extra chosen on a line. One that is itself a product of the menu (a bacon portion added to a
 * burger) names it, with how many of it one unit of the line takes (a platform may say "2x"):
 * stock takes its goods out with the line's.
 */
const orderItemOptionSchema = lazySchema(() => z.object({
  name: z.string(),
  priceCents: z.number().int(),
  productId: z.string().optional(),
  quantity: z.number().int().optional(),
}));

/** An order line, already priced by the order workflow. */
export const newOrderItemSchema = lazySchema(() => z.object({
  productId: z.string(),
  name: z.string(),
  categoryId: z.string(),
  /** Units, or grams for a product sold by weight. */
  quantity: z.number().int(),
  unit: z.enum(['UNIT', 'GRAM']),
  unitPriceCents: z.number().int(),
  grossCents: z.number().int(),
  discountCents: z.number().int(),
  totalCents: z.number().int(),
  appliedRules: z.array(z.string()),
  options: z.array(orderItemOptionSchema),
  components: z.array(orderItemComponentSchema),
  notes: z.string().nullable(),
  seat: z.number().int().nullable(),
  station: z.string().nullable(),
  prepSeconds: z.number().int(),
}));
export type NewOrderItem = z.infer<typeof newOrderItemSchema>;

export const orderItemSchema = lazySchema(() => newOrderItemSchema.extend({ itemId: z.string(), round: z.number().int(), status: z.enum(ITEM_STATUSES) }));
export type OrderItem = z.infer<typeof orderItemSchema>;

export const orderWriteOffSchema = lazySchema(() => z.object({
  kind: z.enum(['COURTESY', 'LOSS']),
  reason: z.string(),
  amountCents: z.number().int(),
  at: z.iso.datetime(),
  managerId: z.string().nullable(),
}));
export type OrderWriteOff = z.infer<typeof orderWriteOffSchema>;

export const orderSchema = lazySchema(() => z.object({
  id: z.string(),
  number: z.number().int(),
  businessDate: z.iso.date(),
  businessDayId: z.string().nullable(),
  channel: z.enum(ORDER_CHANNELS),
  status: z.enum(ORDER_STATUSES),
  tableId: z.string().nullable(),
  customerId: z.string().nullable(),
  /** CPF (11 digits) or CNPJ (14 digits) for the fiscal document ("CPF na nota"). */
  consumerTaxId: z.string().nullable(),
  notes: z.string().nullable(),
  subtotalCents: z.number().int(),
  /** Line discounts plus the manual order discount. */
  discountCents: z.number().int(),
  manualDiscountCents: z.number().int(),
  manualDiscountReason: z.string().nullable(),
  /** The delivery fee the customer pays with the order (0 when none); included in totalCents. */
  deliveryFeeCents: z.number().int(),
  /** Live lines, less the manual discount, plus the delivery fee: what the customer pays. */
  totalCents: z.number().int(),
  cancelReason: z.string().nullable(),
  paidAt: z.iso.datetime().nullable(),
  /** What a manager wrote off instead of collecting it (courtesy or loss); null for a normal order. */
  writeOff: orderWriteOffSchema.nullable(),
  createdBy: z.string().nullable(),
  createdAt: z.iso.datetime(),
  confirmedAt: z.iso.datetime().nullable(),
  updatedAt: z.iso.datetime(),
  items: z.array(orderItemSchema),
}));
export type Order = z.infer<typeof orderSchema>;

export interface OrderRow {
  id: string;
  number: number;
  business_date: string;
  business_day_id: string | null;
  channel: OrderChannel;
  status: OrderStatus;
  table_id: string | null;
  customer_id: string | null;
  /** Sealed (`pii1.…`), see sealed-tax-id.ts. */
  consumer_tax_id: string | null;
  notes: string | null;
  subtotal_cents: number;
  discount_cents: number;
  manual_discount_cents: number;
  manual_discount_reason: string | null;
  delivery_fee_cents: number;
  total_cents: number;
  cancel_reason: string | null;
  paid_at: string | null;
  write_off_kind: 'COURTESY' | 'LOSS' | null;
  write_off_reason: string | null;
  write_off_cents: number | null;
  written_off_at: string | null;
  written_off_by: string | null;
  created_by: string | null;
  created_at: string;
  confirmed_at: string | null;
  updated_at: string;
}

interface ItemRow {
  id: string;
  order_id: string;
  round: number;
  product_id: string;
  name: string;
  category_id: string;
  quantity: number;
  unit: 'UNIT' | 'GRAM';
  unit_price_cents: number;
  gross_cents: number;
  discount_cents: number;
  total_cents: number;
  applied_rules: string;
  options: string;
  components: string;
  notes: string | null;
  seat: number | null;
  station: string | null;
  prep_seconds: number;
  status: ItemStatus;
}

function toItem(row: ItemRow): OrderItem {
  return {
    itemId: row.id,
    productId: row.product_id,
    name: row.name,
    categoryId: row.category_id,
    quantity: row.quantity,
    unit: row.unit,
    unitPriceCents: row.unit_price_cents,
    grossCents: row.gross_cents,
    discountCents: row.discount_cents,
    totalCents: row.total_cents,
    appliedRules: JSON.parse(row.applied_rules),
    options: JSON.parse(row.options),
    components: JSON.parse(row.components),
    notes: row.notes,
    seat: row.seat,
    station: row.station,
    prepSeconds: row.prep_seconds,
    round: row.round,
    status: row.status,
  };
}

export function toOrder(row: OrderRow, items: OrderItem[], keyring: PiiKeyring): Order {
  return {
    id: row.id,
    number: row.number,
    businessDate: row.business_date,
    businessDayId: row.business_day_id,
    channel: row.channel,
    status: row.status,
    tableId: row.table_id,
    customerId: row.customer_id,
    consumerTaxId: openConsumerTaxId(keyring, row.id, row.consumer_tax_id),
    notes: row.notes,
    subtotalCents: row.subtotal_cents,
    discountCents: row.discount_cents,
    manualDiscountCents: row.manual_discount_cents,
    manualDiscountReason: row.manual_discount_reason,
    deliveryFeeCents: row.delivery_fee_cents,
    totalCents: row.total_cents,
    cancelReason: row.cancel_reason,
    paidAt: row.paid_at,
    writeOff: row.write_off_kind
      ? { kind: row.write_off_kind, reason: row.write_off_reason ?? '', amountCents: row.write_off_cents ?? 0, at: row.written_off_at ?? '', managerId: row.written_off_by }
      : null,
    createdBy: row.created_by,
    createdAt: row.created_at,
    confirmedAt: row.confirmed_at,
    updatedAt: row.updated_at,
    items,
  };
}

export function loadItems(db: Db, orderIds: readonly string[]): Map<string, OrderItem[]> {
  const byOrder = new Map<string, OrderItem[]>(orderIds.map((id) => [id, []]));
  if (orderIds.length === 0) return byOrder;
  const sql = `SELECT * FROM order_items WHERE order_id IN (${orderIds.map(() => '?').join(',')}) ORDER BY position`;
  // One order (every command) reuses its compiled statement; a page of orders compiles its own.
  const rows = (orderIds.length === 1 ? prepareCached(db, sql) : db.prepare(sql)).all(...orderIds) as ItemRow[];
  for (const row of rows) byOrder.get(row.order_id)!.push(toItem(row));
  return byOrder;
}

/** The order's channel alone, for followers that only route by it (no items read, nothing unsealed). */
export function orderChannel(db: Db, orderId: string): Order['channel'] | null {
  return (prepareCached(db, 'SELECT channel FROM orders WHERE id = ?').pluck().get(orderId) as Order['channel'] | undefined) ?? null;
}

/** The order's status alone, for a step that acts only on orders in some states (no items read, nothing unsealed). */
export function orderStatus(db: Db, orderId: string): Order['status'] | null {
  return (prepareCached(db, 'SELECT status FROM orders WHERE id = ?').pluck().get(orderId) as Order['status'] | undefined) ?? null;
}

/** The order's items alone (empty when there is no such order), for followers that need nothing else: the order row is not read, nothing is unsealed. */
export function orderItems(db: Db, orderId: string): OrderItem[] {
  return loadItems(db, [orderId]).get(orderId)!;
}

export function getOrder(db: Db, orderId: string): Order | null {
  const row = prepareCached(db, 'SELECT * FROM orders WHERE id = ?').get(orderId) as OrderRow | undefined;
  return row ? toOrder(row, loadItems(db, [row.id]).get(row.id)!, vaultOf(db).keyring) : null;
}

/** Nothing is left to collect: paid in full, written off by a manager, or free of charge. */
export function isSettled(order: Pick<Order, 'paidAt' | 'writeOff' | 'totalCents'>): boolean {
  return order.paidAt !== null || order.writeOff !== null || order.totalCents === 0;
}

/** The journal view of an order line (docs/events.md `OrderItem`). */
export function itemEventView(item: OrderItem) {
  return {
    itemId: item.itemId,
    productId: item.productId,
    name: item.name,
    categoryId: item.categoryId,
    quantity: item.quantity,
    unit: item.unit,
    unitPriceCents: item.unitPriceCents,
    discountCents: item.discountCents,
    totalCents: item.totalCents,
    appliedRules: item.appliedRules,
  };
}
