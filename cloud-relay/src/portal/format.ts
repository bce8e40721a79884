import { DEFAULT_STORE_TIME_ZONE, storeTimeZone } from '../ingest/local-time.js';

/** Formats centavos as Brazilian reais without ever going through floating point. */
export function brl(cents: number): string {
  const negative = cents < 0;
  const absolute = Math.abs(Math.trunc(cents));
  const reais = Math.floor(absolute / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const centavos = (absolute % 100).toString().padStart(2, '0');
  return `${negative ? '-' : ''}R$ ${reais},${centavos}`;
}

export function integerPt(value: number): string {
  return Math.trunc(value).toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** Parses "12,34", "12.34" or "R$ 1.234,56" into centavos; returns null when it is not a price. */
export function parseBrlToCents(input: string): number | null {
  const cleaned = input.replace(/R\$|\s/g, '');
  const match = /^(\d{1,3}(?:\.\d{3})+|\d+)(?:[,.](\d{1,2}))?$/.exec(cleaned);
  if (!match) return null;
  const reais = Number(match[1].replace(/\./g, ''));
  const centavos = match[2] ? Number(match[2].padEnd(2, '0')) : 0;
  return reais * 100 + centavos;
}

/** YYYY-MM-DD (a business date, no zone) as a person in Brazil writes it: 31/03/2026. */
export function datePt(isoDate: string): string {
  const [year, month, day] = isoDate.split('-');
  return `${day}/${month}/${year}`;
}

/** An instant on the store's clock, as a person in Brazil reads it. */
export function storeDateTime(isoInstant: string, timeZone: string): string {
  return new Date(isoInstant).toLocaleString('pt-BR', { timeZone: storeTimeZone(timeZone) });
}

let chainDates: Intl.DateTimeFormat | undefined;

/**
 * The date `days` before `from` on the chain's clock (Brasília, the stores' default zone), as
 * `YYYY-MM-DD`: stores file sales under their local business date, and from 21:00 there the UTC
 * date is already tomorrow, which would push a default period a day ahead of the stores' days.
 */
export function isoDateDaysAgo(days: number, from = new Date()): string {
  // en-CA writes dates as YYYY-MM-DD.
  chainDates ??= new Intl.DateTimeFormat('en-CA', { timeZone: DEFAULT_STORE_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });
  return chainDates.format(new Date(from.getTime() - days * 86400_000));
}

const paymentMethodNames: Record<string, string> = {
  CASH: 'Dinheiro',
  CREDIT: 'Crédito',
  DEBIT: 'Débito',
  VOUCHER: 'Vale-refeição',
  PIX: 'Pix',
  OTHER: 'Outros',
};

export function paymentMethodName(method: string): string {
  return paymentMethodNames[method] ?? method;
}
