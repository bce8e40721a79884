import type { BulkColumn, OnConflict } from './bulk-upsert.js';
import type { JournalEvent } from './event-schema.js';
import { EVENTS } from '../../../appliance/contract/index.js';
import { readPayload, UnreadablePayload } from './read-payload.js';
import type { BatchProjection } from './projection-state.js';

/**
 * Reference data (catalog, customers, floor plan, configuration, stock, business days): the latest
 * event wins, so each table is a map of full rows keyed by id, in the column order below.
 */
export const referenceColumns = {
  categories: ['id:text', 'parent_id:text', 'name:text', 'active:boolean', 'sort_order:integer', 'updated_at:timestamptz'],
  products: [
    'id:text', 'category_id:text', 'sku:text', 'name:text', 'type:text', 'price_cents:bigint',
    'unit:text', 'active:boolean', 'barcode:text', 'updated_at:timestamptz',
  ],
  customers: ['id:text', 'marketing_consent:boolean', 'anonymized:boolean', 'updated_at:timestamptz'],
  layouts: ['id:text', 'name:text', 'definition:jsonb', 'updated_at:timestamptz'],
  tables: ['id:text', 'layout_id:text:coalesce', 'name:text', 'seats:integer', 'status:text', 'updated_at:timestamptz'],
  configurations: ['key:text', 'value:jsonb', 'updated_at:timestamptz'],
  stockItems: ['id:text', 'balance:bigint', 'unit:text', 'updated_at:timestamptz'],
  stockMovements: [
    'id:text', 'stock_item_id:text', 'type:text', 'quantity:bigint', 'unit:text', 'balance_after:bigint',
    'reference:jsonb', 'occurred_at:timestamptz',
  ],
} as const;

export const referenceTables: Record<keyof typeof referenceColumns, { table: string; key: string; insertOnly?: boolean }> = {
  categories: { table: 'pos_modern.categories', key: 'id' },
  products: { table: 'pos_modern.products', key: 'id' },
  customers: { table: 'pos_modern.customers', key: 'id' },
  layouts: { table: 'pos_modern.layouts', key: 'id' },
  tables: { table: 'pos_modern.tables', key: 'id' },
  configurations: { table: 'pos_modern.configurations', key: 'key' },
  stockItems: { table: 'pos_modern.stock_items', key: 'id' },
  stockMovements: { table: 'pos_modern.stock_movements', key: 'id', insertOnly: true },
};

/** `name:type`, or `name:type:onConflict` for a column an update may leave out (null keeps the stored value). */
export function columnsOf(spec: readonly string[]): BulkColumn[] {
  return spec.map((entry) => {
    const [name, type, onConflict] = entry.split(':');
    return onConflict ? { name, type, onConflict: onConflict as OnConflict } : { name, type };
  });
}

function json(value: unknown): string | null {
  return value === undefined || value === null ? null : JSON.stringify(value);
}

type Applier = (state: BatchProjection, event: JournalEvent) => void;

const customerView = EVENTS['customer.updated'].schema;

function projectCustomer(state: BatchProjection, event: JournalEvent): void {
  const customer = readPayload(customerView, event);
  state.customers.set(customer.customerId, [customer.customerId, customer.marketingConsent, customer.anonymized, event.occurredAt]);
  if (customer.anonymized) state.erasedCustomers.add(customer.customerId);
}

const layoutCreated = EVENTS['tables.layout_created'].schema;
const tableUpdated = EVENTS['tables.table_updated'].schema;
const tableStatus = EVENTS['tables.status_changed'].schema;
const businessDay = EVENTS['business_day.opened'].schema.pick({ businessDayId: true, date: true });
const dayClosed = EVENTS['business_day.closed'].schema.pick({ businessDayId: true, date: true, text: true });

/** The tables whose status changes in this batch: their rows are loaded first, a status event carries nothing else. */
export function tableIdsToLoad(events: JournalEvent[]): string[] {
  const ids = new Set<string>();
  for (const event of events) {
    if (event.type !== 'tables.status_changed') continue;
    const parsed = tableStatus.safeParse(event.payload);
    if (parsed.success) ids.add(parsed.data.tableId);
  }
  return [...ids];
}

function dayRow(state: BatchProjection, day: { businessDayId: string; date: string }) {
  return state.businessDays.get(day.businessDayId) ?? { id: day.businessDayId, businessDate: day.date, openedAt: null, closedAt: null, report: null, text: null };
}

const appliers: Record<string, Applier> = {
  'catalog.category_upserted': (state, event) => {
    const { category } = readPayload(EVENTS['catalog.category_upserted'].schema, event);
    state.categories.set(category.id, [category.id, category.parentId, category.name, category.active, category.sortOrder, event.occurredAt]);
  },
  'catalog.product_upserted': (state, event) => {
    const { product } = readPayload(EVENTS['catalog.product_upserted'].schema, event);
    state.products.set(product.id, [
      product.id, product.categoryId, product.sku, product.name, product.type, product.priceCents, product.unit, product.active, product.barcode,
      event.occurredAt,
    ]);
  },
  // The store journals no personal data (LGPD): HQ learns that a customer exists and its consent
  // flags. On anonymization HQ also forgets which orders were theirs (projection-flush.ts).
  'customer.registered': projectCustomer,
  'customer.updated': projectCustomer,
  'customer.anonymized': projectCustomer,
  // A floor plan arrives whole with its tables; later events change one table at a time.
  'tables.layout_created': (state, event) => {
    const { layout } = readPayload(layoutCreated, event);
    state.layouts.set(layout.id, [layout.id, layout.name, json({ sections: layout.sections }), event.occurredAt]);
    for (const section of layout.sections) {
      for (const table of section.tables) {
        state.tables.set(table.id, [table.id, layout.id, table.label, table.seats, table.status, event.occurredAt]);
      }
    }
  },
  'tables.table_updated': (state, event) => {
    const { table } = readPayload(tableUpdated, event);
    // The event names the table's section, not its layout: the layout stays the one HQ already has.
    const layoutId = (state.tables.get(table.id)?.[1] as string | null | undefined) ?? null;
    state.tables.set(table.id, [table.id, layoutId, table.label, table.seats, table.status, event.occurredAt]);
  },
  'tables.status_changed': (state, event) => {
    const { tableId, status } = readPayload(tableStatus, event);
    const row = state.tables.get(tableId);
    if (!row) throw new UnreadablePayload(event.type, `table ${tableId} unknown to HQ`);
    state.tables.set(tableId, [...row.slice(0, 4), status, event.occurredAt]);
  },
  'configuration.changed': (state, event) => {
    const { key, value } = readPayload(EVENTS['configuration.changed'].schema.pick({ key: true, value: true }), event);
    state.configurations.set(key, [key, json(value ?? null) ?? 'null', event.occurredAt]);
  },
  'stock.movement_recorded': (state, event) => {
    const movement = readPayload(
      EVENTS['stock.movement_recorded'].schema.pick({ movementId: true, stockItemId: true, type: true, quantity: true, unit: true, balanceAfter: true, reference: true }),
      event,
    );
    state.stockMovements.set(movement.movementId, [
      movement.movementId, movement.stockItemId, movement.type, movement.quantity, movement.unit, movement.balanceAfter, json(movement.reference),
      event.occurredAt,
    ]);
    state.stockItems.set(movement.stockItemId, [movement.stockItemId, movement.balanceAfter, movement.unit, event.occurredAt]);
  },
  'business_day.opened': (state, event) => {
    const row = dayRow(state, readPayload(businessDay, event));
    row.openedAt = event.occurredAt;
    state.businessDays.set(row.id, row);
  },
  'business_day.closed': (state, event) => {
    const closed = readPayload(dayClosed, event);
    const row = dayRow(state, closed);
    row.closedAt = event.occurredAt;
    // HQ keeps the Z report exactly as the store sent it, fields newer than this relay included.
    row.report = event.payload.report ?? null;
    row.text = closed.text ?? null;
    state.businessDays.set(row.id, row);
  },
};

/** Returns false when the event type has no reference projection. */
export function applyReferenceEvent(state: BatchProjection, event: JournalEvent): boolean {
  const applier = appliers[event.type];
  if (!applier) return false;
  applier(state, event);
  return true;
}
