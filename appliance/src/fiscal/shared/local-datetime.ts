import { dateTimeFormat } from '../../kernel/date-time-format.js';

/**
 * SEFAZ wants local time with the UTC offset (TDateTimeUTC: AAAA-MM-DDThh:mm:ssTZD) and rejects
 * fractional seconds. The offset is derived from the time zone database, never hard-coded.
 */
export function formatLocalDateTime(instant: Date, timeZone: string): string {
  const parts = dateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  const local = `${get('year')}-${get('month')}-${get('day')}T${get('hour')}:${get('minute')}:${get('second')}`;
  const asUtcMs = Date.parse(local + 'Z');
  const offsetMinutes = Math.round((asUtcMs - Math.floor(instant.getTime() / 1000) * 1000) / 60000);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  const offset = `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
  return local + offset;
}

/** Day of month (2 digits), year-month (AAMM) of a formatted local date time. */
export function localDayOfMonth(localDateTime: string): string {
  return localDateTime.slice(8, 10);
}

export function localYearMonth(localDateTime: string): string {
  return localDateTime.slice(2, 4) + localDateTime.slice(5, 7);
}

/** An instant SEFAZ wrote (dhRecbto, dhRegEvento: local time with its offset) as UTC ISO; `fallback` when it is missing or unreadable. */
export function sefazInstantIso(at: string | undefined, fallback: string): string {
  const parsed = at ? Date.parse(at) : Number.NaN;
  return Number.isNaN(parsed) ? fallback : new Date(parsed).toISOString();
}
