import { dateTimeFormat } from '../../../kernel/date-time-format.js';

/** "2x" for units, "0,350 kg" for grams. */
export function formatQuantity(quantity: number, unit: 'UNIT' | 'GRAM'): string {
  if (unit === 'GRAM') {
    const kg = Math.floor(quantity / 1000);
    return `${kg},${String(quantity % 1000).padStart(3, '0')} kg`;
  }
  return `${quantity}x`;
}

/** dd/mm/aaaa hh:mm in the store time zone. */
export function formatDateTime(iso: string, timeZone: string): string {
  const parts = dateTimeFormat('pt-BR', {
    timeZone,
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).formatToParts(new Date(iso));
  const get = (type: string): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('day')}/${get('month')}/${get('year')} ${get('hour')}:${get('minute')}`;
}

/** YYYY-MM-DD business date -> dd/mm/aaaa. */
export function formatBusinessDate(date: string): string {
  const [y, m, d] = date.split('-');
  return `${d}/${m}/${y}`;
}

export function formatTime(iso: string, timeZone: string): string {
  return formatDateTime(iso, timeZone).slice(11);
}
