import { sql, type RawBuilder } from 'kysely';
import { z } from 'zod';
import type { RelayDb } from '../db/database.js';

export const salesGroupings = ['store', 'day', 'hour', 'product', 'paymentMethod', 'storeDay'] as const;
export type SalesGrouping = (typeof salesGroupings)[number];

// A real calendar day, not only its shape: Postgres refuses 2026-02-30 with an error, which would
// answer 500 (and log a stack trace) instead of telling the HQ user which field is wrong.
export const isoDate = z.iso.date({ error: 'Use uma data que existe, no formato AAAA-MM-DD' });

/** storeDay's page when none is asked for, and the largest one: a month of a 30-store chain in one page. */
export const STORE_DAY_PAGE_SIZE = 1000;
const STORE_DAY_MAX_PAGE_SIZE = 5000;

export const salesQuerySchema = z
  .object({
    from: isoDate,
    to: isoDate,
    groupBy: z.enum(salesGroupings).default('store'),
    storeId: z
      .string()
      .optional()
      .transform((value) => (value ? value.split(',').map((id) => id.trim()).filter(Boolean) : []))
      .pipe(z.array(z.uuid('storeId deve ser o UUID de uma loja'))),
    limit: z.coerce.number().int().min(1).max(1000).optional(),
    /** storeDay only: a year of a chain is hundreds of thousands of rows, read a page at a time. */
    page: z.coerce.number().int().min(1).optional(),
    size: z.coerce.number().int().min(1).max(STORE_DAY_MAX_PAGE_SIZE).optional(),
  })
  .refine((query) => query.from <= query.to, { message: '`from` não pode ser depois de `to`', path: ['from'] });

export type SalesQuery = z.infer<typeof salesQuerySchema>;

export interface SalesRow {
  key: string;
  label: string;
  storeId?: string;
  businessDate?: string;
  ordersCount: number;
  paymentsCount: number;
  quantity?: number;
  grossCents: number;
  refundedCents: number;
  netCents: number;
}

export interface SalesReport {
  from: string;
  to: string;
  groupBy: SalesGrouping;
  storeIds: string[];
  rows: SalesRow[];
  /** The whole period's, on every page. */
  totals: SalesTotals;
  /** storeDay: which page `rows` is and how many rows the period holds in all. */
  page?: { page: number; size: number; total: number };
}

type SalesTotals = { ordersCount: number; paymentsCount: number; grossCents: number; refundedCents: number; netCents: number };

/** `everyRow`: the export's whole period (every product, every store and day), not the API's page or top-N. */
export interface SalesReportOptions {
  everyRow?: boolean;
}

function storeFilter(storeIds: string[]): RawBuilder<unknown> {
  return storeIds.length > 0 ? sql`AND r.store_id = ANY(${storeIds}::uuid[])` : sql``;
}

/** Payment-based groupings read the rollups; a few thousand rows cover years of a store. */
async function paymentRows(db: RelayDb, query: SalesQuery, storeDayPage: StoreDayPage | null): Promise<SalesRow[]> {
  const group = query.groupBy as Exclude<SalesGrouping, 'product'>;
  const columnsByGroup: Record<typeof group, RawBuilder<unknown>> = {
    store: sql`r.store_id`,
    day: sql`r.business_date`,
    storeDay: sql`r.store_id, r.business_date`,
    hour: sql`r.hour`,
    paymentMethod: sql`r.method`,
  };
  // Store and day groupings read the daily rollup; hour and method need the hourly one.
  const table = group === 'hour' || group === 'paymentMethod' ? sql`pos_modern.sales_by_hour` : sql`pos_modern.sales_by_day`;
  const columns = columnsByGroup[group];
  // The daily rollup holds one row per store and day already: storeDay reads it as it is, in its
  // key's order, with no aggregate to build (a year of 1,000 stores is 365,000 rows).
  const result =
    group === 'storeDay'
      ? await sql<any>`
    SELECT r.store_id, r.business_date, r.orders_count::bigint AS orders_count, r.payments_count::bigint AS payments_count,
           r.amount_cents AS gross_cents, r.refunded_cents
      FROM pos_modern.sales_by_day r
     WHERE r.business_date BETWEEN ${query.from}::date AND ${query.to}::date ${storeFilter(query.storeId)}
     ORDER BY r.store_id, r.business_date
     ${storeDayPage ? sql`LIMIT ${storeDayPage.size} OFFSET ${(storeDayPage.page - 1) * storeDayPage.size}` : sql``}`.execute(db)
      : await sql<any>`
    SELECT ${columns},
           sum(r.orders_count)::bigint AS orders_count, sum(r.payments_count)::bigint AS payments_count,
           sum(r.amount_cents)::bigint AS gross_cents, sum(r.refunded_cents)::bigint AS refunded_cents
      FROM ${table} r
     WHERE r.business_date BETWEEN ${query.from}::date AND ${query.to}::date ${storeFilter(query.storeId)}
     GROUP BY ${columns}
     ORDER BY ${columns}`.execute(db);
  return result.rows.map((row) => {
    const key =
      group === 'store' ? row.store_id
      : group === 'day' ? row.business_date
      : group === 'storeDay' ? `${row.store_id}|${row.business_date}`
      : group === 'hour' ? String(row.hour).padStart(2, '0')
      : row.method;
    return {
      key,
      label: key,
      ...(row.store_id ? { storeId: row.store_id } : {}),
      ...(row.business_date ? { businessDate: row.business_date } : {}),
      ordersCount: row.orders_count,
      paymentsCount: row.payments_count,
      grossCents: row.gross_cents,
      refundedCents: row.refunded_cents,
      netCents: row.gross_cents - row.refunded_cents,
    };
  });
}

/**
 * A product's gross is what its lines were charged (their order's discount spread over them, as on
 * the bill) and its refunds the share of the refunds on those bills: the net adds up to the net sales.
 */
const productGross = sql`sum(r.amount_cents - r.discount_cents)::bigint`;
const productRefunded = sql`sum(r.refunded_cents)::bigint`;

/**
 * A product renamed at the stores is named as it sells now: the name of its latest day in the
 * period (the greatest name on that day when stores differ), not whichever past name sorts last.
 */
const latestProductName = sql`(max(ARRAY[r.business_date::text, r.name]))[2]`;

/** `productLimit` null: every product, for an export that must add up to the period's sales. */
async function productRows(db: RelayDb, query: SalesQuery, productLimit: number | null): Promise<SalesRow[]> {
  const result = await sql<any>`
    SELECT r.product_id AS key, ${latestProductName} AS label, sum(r.quantity)::bigint AS quantity,
           sum(r.items_count)::bigint AS items_count, ${productGross} AS gross_cents, ${productRefunded} AS refunded_cents
      FROM pos_modern.sales_by_product r
     WHERE r.business_date BETWEEN ${query.from}::date AND ${query.to}::date ${storeFilter(query.storeId)}
     GROUP BY r.product_id
     ORDER BY ${productGross} - ${productRefunded} DESC, key
     LIMIT ${productLimit}`.execute(db);
  return result.rows.map((row) => ({
    key: row.key,
    label: row.label,
    ordersCount: row.items_count,
    paymentsCount: 0,
    quantity: row.quantity,
    grossCents: row.gross_cents,
    refundedCents: row.refunded_cents,
    netCents: row.gross_cents - row.refunded_cents,
  }));
}

/**
 * The period's product totals when the rows are only the best sellers: the totals must add up to
 * what the period sold (as by store or by day), not to the products that made the list.
 */
async function productTotals(db: RelayDb, query: SalesQuery): Promise<SalesTotals> {
  const { rows } = await sql<any>`
    SELECT coalesce(sum(r.items_count), 0)::bigint AS items_count, coalesce(${productGross}, 0)::bigint AS gross_cents, coalesce(${productRefunded}, 0)::bigint AS refunded_cents
      FROM pos_modern.sales_by_product r
     WHERE r.business_date BETWEEN ${query.from}::date AND ${query.to}::date ${storeFilter(query.storeId)}`.execute(db);
  const [row] = rows;
  const grossCents = Number(row.gross_cents);
  const refundedCents = Number(row.refunded_cents);
  return { ordersCount: Number(row.items_count), paymentsCount: 0, grossCents, refundedCents, netCents: grossCents - refundedCents };
}

type StoreDayPage = { page: number; size: number };

/** The period's totals and row count straight from the daily rollup, for a storeDay page. */
async function storeDayTotals(db: RelayDb, query: SalesQuery): Promise<{ totals: SalesTotals; rows: number }> {
  const { rows } = await sql<any>`
    SELECT count(*)::bigint AS rows, coalesce(sum(r.orders_count), 0)::bigint AS orders_count, coalesce(sum(r.payments_count), 0)::bigint AS payments_count,
           coalesce(sum(r.amount_cents), 0)::bigint AS gross_cents, coalesce(sum(r.refunded_cents), 0)::bigint AS refunded_cents
      FROM pos_modern.sales_by_day r
     WHERE r.business_date BETWEEN ${query.from}::date AND ${query.to}::date ${storeFilter(query.storeId)}`.execute(db);
  const [row] = rows;
  const totals = { ordersCount: Number(row.orders_count), paymentsCount: Number(row.payments_count), grossCents: Number(row.gross_cents), refundedCents: Number(row.refunded_cents), netCents: 0 };
  totals.netCents = totals.grossCents - totals.refundedCents;
  return { totals, rows: Number(row.rows) };
}

function sumRows(rows: SalesRow[]): SalesTotals {
  const totals = { ordersCount: 0, paymentsCount: 0, grossCents: 0, refundedCents: 0, netCents: 0 };
  for (const row of rows) {
    totals.ordersCount += row.ordersCount;
    totals.paymentsCount += row.paymentsCount;
    totals.grossCents += row.grossCents;
    totals.refundedCents += row.refundedCents;
    totals.netCents += row.netCents;
  }
  return totals;
}

async function storeNames(db: RelayDb): Promise<Map<string, string>> {
  const rows = await db.selectFrom('relay.stores').select(['id', 'name']).execute();
  return new Map(rows.map((row) => [row.id, row.name]));
}

export async function salesReport(db: RelayDb, query: SalesQuery, options: SalesReportOptions = {}): Promise<SalesReport> {
  const productLimit = options.everyRow ? null : (query.limit ?? 50);
  const storeDayPage = query.groupBy === 'storeDay' && !options.everyRow ? { page: query.page ?? 1, size: query.size ?? STORE_DAY_PAGE_SIZE } : null;
  const rows = query.groupBy === 'product' ? await productRows(db, query, productLimit) : await paymentRows(db, query, storeDayPage);
  if (query.groupBy === 'store' || query.groupBy === 'storeDay') {
    const names = await storeNames(db);
    for (const row of rows) {
      const name = names.get(row.storeId!) ?? row.storeId!;
      row.label = query.groupBy === 'store' ? name : `${name} ${row.businessDate}`;
    }
  }
  const base = { from: query.from, to: query.to, groupBy: query.groupBy, storeIds: query.storeId, rows };
  if (query.groupBy === 'product' && productLimit !== null) return { ...base, totals: await productTotals(db, query) };
  if (!storeDayPage) return { ...base, totals: sumRows(rows) };
  const whole = await storeDayTotals(db, query);
  return { ...base, totals: whole.totals, page: { ...storeDayPage, total: whole.rows } };
}
