import type { Db } from '../kernel/db/open.js';

export type BusinessDayStatus = 'OPENING' | 'OPEN' | 'CLOSING' | 'CLOSED';

export interface BusinessDay {
  id: string;
  date: string;
  status: BusinessDayStatus;
  openedAt: string;
  openedBy: string | null;
  closedAt: string | null;
  closedBy: string | null;
}

export interface BusinessDayRow {
  id: string;
  date: string;
  status: BusinessDayStatus;
  opened_at: string;
  opened_by: string | null;
  closed_at: string | null;
  closed_by: string | null;
}

export function toBusinessDay(row: BusinessDayRow): BusinessDay {
  return {
    id: row.id,
    date: row.date,
    status: row.status,
    openedAt: row.opened_at,
    openedBy: row.opened_by,
    closedAt: row.closed_at,
    closedBy: row.closed_by,
  };
}

/** The day currently taking sales (OPEN), if any; the date every order and payment is booked on. */
export function findOpenBusinessDay(db: Db): BusinessDay | null {
  const row = db.prepare("SELECT * FROM business_days WHERE status = 'OPEN'").get() as BusinessDayRow | undefined;
  return row ? toBusinessDay(row) : null;
}

export function findBusinessDay(db: Db, id: string): BusinessDay | null {
  const row = db.prepare('SELECT * FROM business_days WHERE id = ?').get(id) as BusinessDayRow | undefined;
  return row ? toBusinessDay(row) : null;
}
