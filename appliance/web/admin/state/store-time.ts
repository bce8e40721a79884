import { signal } from '@preact/signals';

/**
 * The store's time zone (`GET /store`), in which the back office shows every time. The browser's
 * own zone is the wrong one whenever the manager is elsewhere (the owner reading a Manaus store's
 * audit trail from São Paulo, a laptop left on UTC): the audit trail, backups and the log would
 * disagree with the receipts and the X/Z, which the appliance prints in the store's zone.
 * Until the profile arrives the browser's zone stands in.
 */
export const storeTimeZone = signal<string | undefined>(undefined);

const inStoreZone = (options: Intl.DateTimeFormatOptions): Intl.DateTimeFormatOptions =>
  storeTimeZone.value ? { ...options, timeZone: storeTimeZone.value } : options;

/** Day and time, "05/12/2026, 19:43:10". */
export const storeDateTime = (iso: string): string => new Date(iso).toLocaleString('pt-BR', inStoreZone({}));

/** Day and time without seconds or year, "05/12 19:43" (lists where the year is obvious). */
export const storeShortDateTime = (iso: string): string =>
  new Date(iso).toLocaleString('pt-BR', inStoreZone({ day: '2-digit', month: '2-digit', hour: '2-digit', minute: '2-digit' }));

/** The time of day, "19:43:10". */
export const storeTime = (iso: string): string => new Date(iso).toLocaleTimeString('pt-BR', inStoreZone({}));

/** The calendar day, "05/12/2026". */
export const storeDate = (iso: string): string => new Date(iso).toLocaleDateString('pt-BR', inStoreZone({}));
