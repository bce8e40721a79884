import { localDate } from '../kernel/clock.js';
import { businessRule } from '../kernel/errors.js';
import { newId } from '../kernel/ids.js';
import type { CommandTx } from '../kernel/journal/command-bus.js';
import { findOpenBusinessDay, type BusinessDay } from './queries.js';

/**
 * Sales, payments and reports are booked on the day's date: a day dated back before the last closed
 * one would slip them in among days already closed, reported to HQ and reconciled.
 */
function assertAfterLastClosedDay(tx: CommandTx, date: string): void {
  const lastDate = tx.prepare('SELECT MAX(date) FROM business_days').pluck().get() as string | null;
  if (lastDate !== null && date < lastDate) throw businessRule('BUSINESS_DAY_BEFORE_LAST_CLOSED', { date, lastDate }, { date, lastDate });
}

/**
 * Opens the business day for `date` (default: today in the store's time zone). A day is never
 * opened ahead of the calendar, never twice, never while another is still open, and never dated
 * before the last closed day.
 */
export function openBusinessDay(tx: CommandTx, input: { date?: string; timeZone: string }): BusinessDay {
  const today = localDate(tx.now, input.timeZone);
  const date = input.date ?? today;
  if (date > today) throw businessRule('BUSINESS_DAY_FUTURE_DATE', { date, today }, { date });
  const open = findOpenBusinessDay(tx.db);
  if (open) throw businessRule('BUSINESS_DAY_ALREADY_OPEN', { businessDayId: open.id, date: open.date }, { date: open.date });
  const existing = tx.db.prepare('SELECT id FROM business_days WHERE date = ?').get(date);
  if (existing) throw businessRule('BUSINESS_DAY_ALREADY_CLOSED', { date }, { date });
  assertAfterLastClosedDay(tx, date);
  const day: BusinessDay = {
    id: newId(),
    date,
    status: 'OPEN',
    openedAt: tx.nowIso,
    openedBy: tx.actor?.id ?? null,
    closedAt: null,
    closedBy: null,
  };
  tx.db
    .prepare('INSERT INTO business_days (id, date, status, opened_at, opened_by) VALUES (?, ?, ?, ?, ?)')
    .run(day.id, day.date, day.status, day.openedAt, day.openedBy);
  tx.emit({ type: 'business_day.opened', aggregateType: 'business_day', aggregateId: day.id, payload: { businessDayId: day.id, date } });
  return day;
}
