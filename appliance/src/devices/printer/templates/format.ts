/** pt-BR money from integer centavos: 123456 -> "R$ 1.234,56"; negative amounts keep their sign. */
export function formatCents(cents: number): string {
  if (!Number.isInteger(cents)) throw new Error(`money must be integer centavos, got ${cents}`);
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  const reais = Math.floor(abs / 100).toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${sign}R$ ${reais},${String(abs % 100).padStart(2, '0')}`;
}

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
  const parts = new Intl.DateTimeFormat('pt-BR', {
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
