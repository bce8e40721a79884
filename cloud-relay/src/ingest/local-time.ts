/** The zone a store gets when HQ names none (the default of `relay.stores.time_zone`, migration 001). */
export const DEFAULT_STORE_TIME_ZONE = 'America/Sao_Paulo';

/** Whether Intl knows the zone: a store's sales are filed under its local hour, which Intl computes. */
export function isKnownTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch (error) {
    if (error instanceof RangeError) return false;
    throw error;
  }
}

/**
 * The zone to read a store's clock in. HQ refuses a store with a zone Intl does not know, but a row
 * written before it checked (or by hand) may hold one: that store reads as the default zone rather
 * than failing every batch it sends, and every page that shows it, for good.
 */
export function storeTimeZone(zone: string): string {
  return isKnownTimeZone(zone) ? zone : DEFAULT_STORE_TIME_ZONE;
}

const hourFormatters = new Map<string, Intl.DateTimeFormat>();

/** Hour of day (0-23) of an instant in the store's time zone: sales by hour follow the store's clock. */
export function localHour(isoInstant: string, timeZone: string): number {
  let formatter = hourFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', { timeZone: storeTimeZone(timeZone), hour: '2-digit', hourCycle: 'h23' });
    hourFormatters.set(timeZone, formatter);
  }
  return Number(formatter.format(new Date(isoInstant))) % 24;
}
