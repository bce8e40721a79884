import { CompiledQuery } from 'kysely';
import type { RelayDb } from '../db/database.js';
import type { StatementPart } from '../db/one-statement.js';
import { upsertPart, type BulkColumn, type BulkUpsert } from './bulk-upsert.js';
import { columnsOf, referenceColumns, referenceTables } from './projection-reference.js';
import type { BatchProjection, HourlyDelta } from './projection-state.js';

const tenantColumns: BulkColumn[] = [
  { name: 'client_id', type: 'uuid' },
  { name: 'store_id', type: 'uuid' },
];

function keep(columns: BulkColumn[], names: string[]): BulkColumn[] {
  return columns.map((column) => (names.includes(column.name) ? { ...column, onConflict: 'keep' as const } : column));
}

/**
 * The folded batch as one upsert per table, for the caller to send with its own writes in one
 * statement. Tables come in two groups, each sent whole when any of its tables has rows (reference
 * data; orders, payments and rollups), so the statement's text takes one of a few shapes.
 */
export function projectionWrites(state: BatchProjection): StatementPart[] {
  const groups = [referenceUpserts(state), orderUpserts(state)];
  return groups.filter((group) => group.some((upsert) => upsert.rows.length > 0)).flatMap((group) => group.map(upsertPart));
}

/** The two updates that must see the upserted rows, run after them (both rare). */
export async function writeAfterProjection(executor: RelayDb, state: BatchProjection): Promise<void> {
  // An anonymized customer's purchase history is personal data too (LGPD art. 5 I): unlink it.
  if (state.erasedCustomers.size > 0) {
    await executor
      .updateTable('pos_modern.orders')
      .set({ customer_id: null })
      .where('store_id', '=', state.scope.storeId)
      .where('customer_id', 'in', [...state.erasedCustomers])
      .execute();
  }

  if (state.itemMoves.size > 0) {
    // Applied after the item upsert so a line created and moved within one batch ends up moved.
    await executor.executeQuery(
      CompiledQuery.raw(
        `UPDATE pos_modern.order_items i SET order_id = m.order_id
           FROM unnest($2::text[], $3::text[]) AS m(item_id, order_id)
          WHERE i.store_id = $1::uuid AND i.id = m.item_id`,
        [state.scope.storeId, [...state.itemMoves.keys()], [...state.itemMoves.values()]],
      ),
    );
  }
}

/** Catalog, customers, floor plan, configuration, stock and business days: the latest row wins. */
function referenceUpserts(state: BatchProjection): BulkUpsert[] {
  const tenant = [state.scope.clientId, state.scope.storeId];
  const upserts: BulkUpsert[] = [];
  for (const [name, spec] of Object.entries(referenceTables) as [keyof typeof referenceColumns, (typeof referenceTables)[keyof typeof referenceTables]][]) {
    const rows = [...state[name].values()];
    const columns = columnsOf(referenceColumns[name]);
    upserts.push({
      table: spec.table,
      columns: [...tenantColumns, ...(spec.insertOnly ? columns.map((column) => ({ ...column, onConflict: 'keep' as const })) : columns)],
      conflictColumns: ['store_id', spec.key],
      rows: rows.map((row) => [...tenant, ...row]),
    });
  }

  upserts.push({
    table: 'pos_modern.business_days',
    columns: [
      ...tenantColumns,
      ...columnsOf(['id:text', 'business_date:date']),
      { name: 'opened_at', type: 'timestamptz', onConflict: 'coalesce' },
      { name: 'closed_at', type: 'timestamptz', onConflict: 'coalesce' },
      { name: 'report', type: 'jsonb', onConflict: 'coalesce' },
      { name: 'report_text', type: 'text', onConflict: 'coalesce' },
    ],
    conflictColumns: ['store_id', 'id'],
    rows: [...state.businessDays.values()].map((day) => [
      ...tenant, day.id, day.businessDate, day.openedAt, day.closedAt, day.report === null ? null : JSON.stringify(day.report), day.text,
    ]),
  });
  return upserts;
}

/** Orders, their items and payments (the latest state) and the sales rollups (added to). */
function orderUpserts(state: BatchProjection): BulkUpsert[] {
  const tenant = [state.scope.clientId, state.scope.storeId];
  const upserts: BulkUpsert[] = [];
  upserts.push({
    table: 'pos_modern.orders',
    columns: keep(
      [
        ...tenantColumns,
        ...columnsOf([
          'id:text', 'number:integer', 'business_date:date', 'channel:text', 'table_id:text', 'customer_id:text', 'status:text',
          'subtotal_cents:bigint', 'discount_cents:bigint', 'total_cents:bigint', 'paid_cents:bigint', 'captured_cents:bigint', 'created_at:timestamptz', 'updated_at:timestamptz',
        ]),
      ],
      ['created_at'],
    ),
    // Partitioned by business date (migration 009): the key includes it; an order never changes day.
    conflictColumns: ['store_id', 'business_date', 'id'],
    rows: [...state.changedOrders].map((id) => {
      const o = state.orders.get(id)!;
      return [
        ...tenant, o.id, o.number, o.businessDate, o.channel, o.tableId, o.customerId, o.status,
        o.subtotalCents, o.discountCents, o.totalCents, o.paidCents, o.capturedCents, o.createdAt, o.updatedAt,
      ];
    }),
  });

  upserts.push({
    table: 'pos_modern.order_items',
    columns: [
      ...tenantColumns,
      ...columnsOf([
        'id:text', 'order_id:text', 'product_id:text', 'name:text', 'category_id:text', 'quantity:bigint', 'unit:text',
        'unit_price_cents:bigint', 'discount_cents:bigint', 'total_cents:bigint', 'business_date:date', 'order_discount_cents:bigint', 'refunded_cents:bigint',
      ]),
    ],
    conflictColumns: ['store_id', 'business_date', 'id'],
    rows: [...state.changedItems].map((id) => {
      const i = state.orderItems.get(id)!;
      return [
        ...tenant, i.id, i.orderId, i.productId, i.name, i.categoryId, i.quantity, i.unit, i.unitPriceCents, i.discountCents, i.totalCents,
        i.businessDate, i.orderDiscountCents, i.refundedCents,
      ];
    }),
  });

  upserts.push({
    table: 'pos_modern.payments',
    columns: [
      ...tenantColumns,
      ...columnsOf([
        'id:text', 'order_id:text', 'business_date:date', 'method:text', 'amount_cents:bigint', 'change_cents:bigint',
        'refunded_cents:bigint', 'provider:text', 'cashier_session_id:text', 'captured_at:timestamptz',
      ]),
    ],
    conflictColumns: ['store_id', 'business_date', 'id'],
    rows: [...state.changedPayments].map((id) => {
      const p = state.payments.get(id)!;
      return [...tenant, p.id, p.orderId, p.businessDate, p.method, p.amountCents, p.changeCents, p.refundedCents, p.provider, p.cashierSessionId, p.capturedAt];
    }),
  });

  const add = (name: string, type: string): BulkColumn => ({ name, type, onConflict: 'add' });
  upserts.push({
    table: 'pos_modern.sales_by_hour',
    columns: [
      ...tenantColumns,
      ...columnsOf(['business_date:date', 'hour:smallint', 'method:text']),
      add('orders_count', 'integer'), add('payments_count', 'integer'), add('amount_cents', 'bigint'), add('refunded_cents', 'bigint'),
    ],
    conflictColumns: ['store_id', 'business_date', 'hour', 'method'],
    rows: [...state.hourly.values()].map((h) => [...tenant, h.businessDate, h.hour, h.method, h.ordersCount, h.paymentsCount, h.amountCents, h.refundedCents]),
  });

  const daily = new Map<string, HourlyDelta>();
  for (const h of state.hourly.values()) {
    const day = daily.get(h.businessDate) ?? { ...h, hour: 0, method: '', ordersCount: 0, paymentsCount: 0, amountCents: 0, refundedCents: 0 };
    day.ordersCount += h.ordersCount;
    day.paymentsCount += h.paymentsCount;
    day.amountCents += h.amountCents;
    day.refundedCents += h.refundedCents;
    daily.set(h.businessDate, day);
  }
  upserts.push({
    table: 'pos_modern.sales_by_day',
    columns: [
      ...tenantColumns,
      ...columnsOf(['business_date:date']),
      add('orders_count', 'integer'), add('payments_count', 'integer'), add('amount_cents', 'bigint'), add('refunded_cents', 'bigint'),
    ],
    conflictColumns: ['store_id', 'business_date'],
    rows: [...daily.values()].map((d) => [...tenant, d.businessDate, d.ordersCount, d.paymentsCount, d.amountCents, d.refundedCents]),
  });

  upserts.push({
    table: 'pos_modern.sales_by_product',
    columns: [
      ...tenantColumns,
      ...columnsOf(['business_date:date', 'product_id:text', 'name:text']),
      add('quantity', 'bigint'), add('items_count', 'integer'), add('amount_cents', 'bigint'), add('discount_cents', 'bigint'), add('refunded_cents', 'bigint'),
    ],
    conflictColumns: ['store_id', 'business_date', 'product_id'],
    rows: [...state.productSales.values()].map((p) => [...tenant, p.businessDate, p.productId, p.name, p.quantity, p.itemsCount, p.amountCents, p.discountCents, p.refundedCents]),
  });
  return upserts;
}
