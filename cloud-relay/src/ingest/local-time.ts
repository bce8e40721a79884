const hourFormatters = new Map<string, Intl.DateTimeFormat>();

/** Hour of day (0-23) of an instant in the store's time zone: sales by hour follow the store's clock. */
export function localHour(isoInstant: string, timeZone: string): number {
  let formatter = hourFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', { timeZone, hour: '2-digit', hourCycle: 'h23' });
    hourFormatters.set(timeZone, formatter);
  }
  return Number(formatter.format(new Date(isoInstant))) % 24;
}
