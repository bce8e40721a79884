import { z } from 'zod';
import type { RelayDb } from '../db/database.js';
import { isoDate } from './sales-report.js';

/** Which closed days to list, newest first, one page at a time (a page's size as the store API takes it). */
export const zReportQuerySchema = z.object({
  storeId: z.uuid().optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  page: z.coerce.number().int().min(1).default(1),
  size: z.coerce.number().int().min(1).max(100).default(20),
});

export type ZReportQuery = z.output<typeof zReportQuerySchema>;

export interface ZReportEntry {
  storeId: string;
  storeName: string;
  businessDayId: string;
  businessDate: string;
  openedAt: string | null;
  closedAt: string | null;
  /** The Z report exactly as the appliance computed it at close (business_day.closed). */
  report: unknown;
  /** The Z as the store printed it (pt-BR, 48 columns); null for days closed by earlier releases. */
  text: string | null;
}

/** One page of closed days and how many the filter matches in all: no day is left out unseen. */
export interface ZReportPage {
  entries: ZReportEntry[];
  metadata: { page: number; size: number; total: number };
}

function closedDays(db: RelayDb, query: ZReportQuery) {
  let days = db.selectFrom('pos_modern.business_days as d').innerJoin('relay.stores as s', 's.id', 'd.store_id').where('d.closed_at', 'is not', null);
  if (query.storeId) days = days.where('d.store_id', '=', query.storeId);
  if (query.from) days = days.where('d.business_date', '>=', query.from);
  if (query.to) days = days.where('d.business_date', '<=', query.to);
  return days;
}

/**
 * The stores' Z reports, newest day first. Paged: each report is the whole close of a store's day,
 * so a chain's month or year in one answer would be megabytes. The store and day id end the order
 * so that pages never share or skip a row.
 */
export async function listZReports(db: RelayDb, query: ZReportQuery): Promise<ZReportPage> {
  const [rows, counted] = await Promise.all([
    closedDays(db, query)
      .select(['d.store_id', 's.name', 'd.id', 'd.business_date', 'd.opened_at', 'd.closed_at', 'd.report', 'd.report_text'])
      .orderBy('d.business_date', 'desc')
      .orderBy('s.name')
      .orderBy('d.store_id')
      .orderBy('d.id')
      .limit(query.size)
      .offset((query.page - 1) * query.size)
      .execute(),
    closedDays(db, query).select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow(),
  ]);
  return {
    entries: rows.map((row) => ({
      storeId: row.store_id,
      storeName: row.name,
      businessDayId: row.id,
      businessDate: row.business_date,
      openedAt: row.opened_at ? row.opened_at.toISOString() : null,
      closedAt: row.closed_at ? row.closed_at.toISOString() : null,
      report: row.report,
      text: row.report_text,
    })),
    metadata: { page: query.page, size: query.size, total: Number(counted.total) },
  };
}
