import { prepareCached } from '../kernel/db/statements.js';
import { z } from 'zod';
import type { Db } from '../kernel/db/open.js';
import { lazySchema } from '../../contract/lazy-schema.js';

export const BUSINESS_DAY_STATUSES = ['OPENING', 'OPEN', 'CLOSING', 'CLOSED'] as const;
export type BusinessDayStatus = (typeof BUSINESS_DAY_STATUSES)[number];

/** A business day as the API answers it (and its OpenAPI description). */
export const businessDaySchema = lazySchema(() => z.object({
  id: z.string(),
  /** The store-zone date, YYYY-MM-DD. */
  date: z.iso.date(),
  status: z.enum(BUSINESS_DAY_STATUSES),
  openedAt: z.iso.datetime(),
  openedBy: z.string().nullable(),
  closedAt: z.iso.datetime().nullable(),
  closedBy: z.string().nullable(),
}));
export type BusinessDay = z.infer<typeof businessDaySchema>;

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
  const row = prepareCached(db, "SELECT * FROM business_days WHERE status = 'OPEN'").get() as BusinessDayRow | undefined;
  return row ? toBusinessDay(row) : null;
}

export function findBusinessDay(db: Db, id: string): BusinessDay | null {
  const row = prepareCached(db, 'SELECT * FROM business_days WHERE id = ?').get(id) as BusinessDayRow | undefined;
  return row ? toBusinessDay(row) : null;
}
