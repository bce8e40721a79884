import { prepareCached } from '../kernel/db/statements.js';
import type { Db } from '../kernel/db/open.js';
import type { PiiKeyring } from '../kernel/pii/keyring.js';
import { vaultOf } from '../kernel/pii/vault.js';
import { openConsumerTaxId } from './sealed-tax-id.js';
import type { OrderChannel, OrderStatus } from './state-machine.js';

export type ItemStatus = 'PENDING' | 'CONFIRMED' | 'PREPARING' | 'READY' | 'DELIVERED' | 'CANCELLED';

/** A combo's parts as the kitchen cooks them. */
export interface OrderItemComponent {
  productId: string;
  name: string;
  categoryId: string;
  quantity: number;
  station: string | null;
  prepSeconds: number;
}

/** An order line, already priced by the order workflow. */
export interface NewOrderItem {
  productId: string;
  name: string;
  categoryId: string;
  quantity: number;
  unit: 'UNIT' | 'GRAM';
  unitPriceCents: number;
  grossCents: number;
  discountCents: number;
  totalCents: number;
  appliedRules: string[];
  options: { name: string; priceCents: number }[];
  components: OrderItemComponent[];
  notes: string | null;
  seat: number | null;
  station: string | null;
  prepSeconds: number;
}

export interface OrderItem extends NewOrderItem {
  itemId: string;
  round: number;
  status: ItemStatus;
}

export interface Order {
  id: string;
  number: number;
  businessDate: string;
  businessDayId: string | null;
  channel: OrderChannel;
  status: OrderStatus;
  tableId: string | null;
  customerId: string | null;
  /** CPF (11 digits) or CNPJ (14 digits) for the fiscal document ("CPF na nota"). */
  consumerTaxId: string | null;
  notes: string | null;
  subtotalCents: number;
  /** Line discounts plus the manual order discount. */
  discountCents: number;
  manualDiscountCents: number;
  manualDiscountReason: string | null;
  totalCents: number;
  cancelReason: string | null;
  paidAt: string | null;
  /** What a manager wrote off instead of collecting it (courtesy or loss); null for a normal order. */
  writeOff: OrderWriteOff | null;
  createdBy: string | null;
  createdAt: string;
  confirmedAt: string | null;
  updatedAt: string;
  items: OrderItem[];
}

export interface OrderWriteOff {
  kind: 'COURTESY' | 'LOSS';
  reason: string;
  amountCents: number;
  at: string;
  managerId: string | null;
}

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
