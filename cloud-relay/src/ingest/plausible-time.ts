/**
 * The times the relay files a store's data under. Raw events are partitioned by month of
 * `occurredAt` and projections by month of the business date, and a month is created the first
 * time a batch names it: a store clock far off (an RTC reset to 1970, a bad NTP answer) or a
 * hostile appliance credential could otherwise make the chain's Postgres create a partition for
 * every month of years 0000–9999, which every node then plans each statement over.
 */

/** No store journaled before this: an earlier time is a clock that was wrong. */
export const EARLIEST_PLAUSIBLE = Date.UTC(2000, 0, 1);

/** How far ahead of the relay's clock a store's clock may run (time zones, drift) and still be believed. */
export const MAX_AHEAD_MS = 24 * 3600_000;

/** Whether `at` (epoch ms) is a time a store's clock could really have said, by the relay's clock `now`. */
export function isPlausibleTime(at: number, now = Date.now()): boolean {
  return at >= EARLIEST_PLAUSIBLE && at <= now + MAX_AHEAD_MS;
}

/** The same for a business date (`YYYY-MM-DD`, the store's local day). */
export function isPlausibleBusinessDate(date: string, now = Date.now()): boolean {
  return isPlausibleTime(Date.parse(`${date}T00:00:00Z`), now);
}
