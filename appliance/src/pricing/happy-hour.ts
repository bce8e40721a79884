import { dateTimeFormat } from '../kernel/date-time-format.js';

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** Weekday (0 = Sunday) and minute of the day of an instant in the store's time zone. */
export function localWeekMinute(at: Date, timeZone: string): { weekday: number; minute: number } {
  const parts = dateTimeFormat('en-US', { timeZone, weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(at);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return { weekday: WEEKDAYS.indexOf(get('weekday')), minute: Number(get('hour')) * 60 + Number(get('minute')) };
}

function minutesOf(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return h * 60 + m;
}

/**
 * Whether `at` falls in a weekly window [from, to) in the store time zone. A window whose `to` is
 * not after `from` runs overnight and counts for the weekday it starts on (Friday 22:00–02:00
 * covers Saturday 01:30).
 */
export function isInWindow(at: Date, timeZone: string, window: { weekdays: readonly number[]; from: string; to: string }): boolean {
  const { weekday, minute } = localWeekMinute(at, timeZone);
  const from = minutesOf(window.from);
  const to = minutesOf(window.to);
  if (from < to) return window.weekdays.includes(weekday) && minute >= from && minute < to;
  const previous = (weekday + 6) % 7;
  return (window.weekdays.includes(weekday) && minute >= from) || (window.weekdays.includes(previous) && minute < to);
}
