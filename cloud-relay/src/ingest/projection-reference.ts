import type { BulkColumn } from './bulk-upsert.js';
import type { JournalEvent } from './event-schema.js';
import { bool, integer, object, required, text, type Payload } from './payload.js';
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
  tables: ['id:text', 'layout_id:text', 'name:text', 'seats:integer', 'status:text', 'updated_at:timestamptz'],
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

export function columnsOf(spec: readonly string[]): BulkColumn[] {
  return spec.map((entry) => {
    const [name, type] = entry.split(':');
    return { name, type };
  });
}

function json(value: unknown): string | null {
  return value === undefined || value === null ? null : JSON.stringify(value);
}

type Applier = (state: BatchProjection, payload: Payload, event: JournalEvent) => void;

function projectCustomer(state: BatchProjection, payload: Payload, event: JournalEvent): void {
  const id = required(text(payload, 'customerId'), 'customerId');
  const anonymized = bool(payload, 'anonymized') ?? false;
  state.customers.set(id, [id, bool(payload, 'marketingConsent') ?? false, anonymized, event.occurredAt]);
  if (anonymized) state.erasedCustomers.add(id);
}

const appliers: Record<string, Applier> = {
  'catalog.category_upserted': (state, payload, event) => {
    const category = required(object(payload, 'category'), 'category');
    const id = required(text(category, 'id'), 'category.id');
    state.categories.set(id, [
      id, text(category, 'parentId'), text(category, 'name') ?? '', bool(category, 'active') ?? true,
      integer(category, 'sortOrder') ?? 0, event.occurredAt,
    ]);
  },
  'catalog.product_upserted': (state, payload, event) => {
    const product = required(object(payload, 'product'), 'product');
    const id = required(text(product, 'id'), 'product.id');
    state.products.set(id, [
      id, text(product, 'categoryId'), text(product, 'sku'), text(product, 'name') ?? '', text(product, 'type'),
      required(integer(product, 'priceCents'), 'product.priceCents'), text(product, 'unit') ?? 'UNIT',
      bool(product, 'active') ?? true, text(product, 'barcode'), event.occurredAt,
    ]);
  },
  // The store journals no personal data (LGPD): HQ learns that a customer exists and its consent
  // flags. On anonymization HQ also forgets which orders were theirs (projection-flush.ts).
  'customer.registered': projectCustomer,
  'customer.updated': projectCustomer,
  'customer.anonymized': projectCustomer,
  'layout.upserted': (state, payload, event) => {
    const layout = required(object(payload, 'layout'), 'layout');
    const id = required(text(layout, 'id'), 'layout.id');
    state.layouts.set(id, [id, text(layout, 'name') ?? '', json(layout.definition ?? {}), event.occurredAt]);
  },
  'table.upserted': (state, payload, event) => {
    const table = required(object(payload, 'table'), 'table');
    const id = required(text(table, 'id'), 'table.id');
    state.tables.set(id, [
      id, text(table, 'layoutId'), text(table, 'name') ?? '', integer(table, 'seats'), text(table, 'status'), event.occurredAt,
    ]);
  },
  'configuration.changed': (state, payload, event) => {
    const key = required(text(payload, 'key'), 'key');
    state.configurations.set(key, [key, json(payload.value ?? null) ?? 'null', event.occurredAt]);
  },
  'stock.movement_recorded': (state, payload, event) => {
    const movementId = required(text(payload, 'movementId'), 'movementId');
    const stockItemId = required(text(payload, 'stockItemId'), 'stockItemId');
    const unit = text(payload, 'unit') ?? 'UNIT';
    const balanceAfter = required(integer(payload, 'balanceAfter'), 'balanceAfter');
    state.stockMovements.set(movementId, [
      movementId, stockItemId, text(payload, 'type') ?? 'ADJUSTMENT', required(integer(payload, 'quantity'), 'quantity'),
      unit, balanceAfter, json(payload.reference), event.occurredAt,
    ]);
    state.stockItems.set(stockItemId, [stockItemId, balanceAfter, unit, event.occurredAt]);
  },
  'business_day.opened': (state, payload, event) => {
    const id = required(text(payload, 'businessDayId'), 'businessDayId');
    const row = state.businessDays.get(id) ?? { id, businessDate: required(text(payload, 'date'), 'date'), openedAt: null, closedAt: null, report: null };
    row.openedAt = event.occurredAt;
    state.businessDays.set(id, row);
  },
  'business_day.closed': (state, payload, event) => {
    const id = required(text(payload, 'businessDayId'), 'businessDayId');
    const row = state.businessDays.get(id) ?? { id, businessDate: required(text(payload, 'date'), 'date'), openedAt: null, closedAt: null, report: null };
    row.closedAt = event.occurredAt;
    row.report = payload.report ?? null;
    state.businessDays.set(id, row);
  },
};

/** Returns false when the event type has no reference projection. */
export function applyReferenceEvent(state: BatchProjection, event: JournalEvent): boolean {
  const applier = appliers[event.type];
  if (!applier) return false;
  applier(state, event.payload, event);
  return true;
}
