import { dateTimeFormat } from './date-time-format.js';
import { zoneOffsetMinutes } from './zone-offset.js';

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/**
 * The store zone's wall clock at an instant, as a Date whose UTC fields read that wall clock; null
 * when the zone database cannot say (zone-offset.ts) and ICU answers instead.
 */
function wallClock(instant: Date, timeZone: string): Date | null {
  const offset = zoneOffsetMinutes(instant, timeZone);
  return offset === null ? null : new Date(instant.getTime() + offset * 60_000);
}

/** `YYYY-MM-DD` of an instant in the store's time zone (the business date). */
export function localDate(instant: Date, timeZone: string): string {
  const wall = wallClock(instant, timeZone);
  if (wall) return wall.toISOString().slice(0, 10);
  const parts = dateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** Hour 0-23 of an instant in the store's time zone. */
export function localHour(instant: Date, timeZone: string): number {
  const wall = wallClock(instant, timeZone);
  if (wall) return wall.getUTCHours();
  return Number(dateTimeFormat('en-GB', { timeZone, hour: '2-digit', hourCycle: 'h23' }).format(instant));
}

/** Minutes since midnight (0-1439) of an instant in the store's time zone. */
export function localMinuteOfDay(instant: Date, timeZone: string): number {
  const wall = wallClock(instant, timeZone);
  if (wall) return wall.getUTCHours() * 60 + wall.getUTCMinutes();
  const [hour, minute] = dateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(instant).split(':').map(Number);
  return hour * 60 + minute;
}
