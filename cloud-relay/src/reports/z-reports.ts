import type { RelayDb } from '../db/database.js';

export interface ZReportEntry {
  storeId: string;
  storeName: string;
  businessDayId: string;
  businessDate: string;
  openedAt: string | null;
  closedAt: string | null;
  /** The Z report exactly as the appliance computed it at close (business_day.closed). */
  report: unknown;
}

export async function listZReports(db: RelayDb, filter: { storeId?: string; from?: string; to?: string }): Promise<ZReportEntry[]> {
  let query = db
    .selectFrom('pos_modern.business_days as d')
    .innerJoin('relay.stores as s', 's.id', 'd.store_id')
    .select(['d.store_id', 's.name', 'd.id', 'd.business_date', 'd.opened_at', 'd.closed_at', 'd.report'])
    .where('d.closed_at', 'is not', null);
  if (filter.storeId) query = query.where('d.store_id', '=', filter.storeId);
  if (filter.from) query = query.where('d.business_date', '>=', filter.from);
  if (filter.to) query = query.where('d.business_date', '<=', filter.to);
  const rows = await query.orderBy('d.business_date', 'desc').orderBy('s.name').limit(500).execute();
  return rows.map((row) => ({
    storeId: row.store_id,
    storeName: row.name,
    businessDayId: row.id,
    businessDate: row.business_date,
    openedAt: row.opened_at ? row.opened_at.toISOString() : null,
    closedAt: row.closed_at ? row.closed_at.toISOString() : null,
    report: row.report,
  }));
}
