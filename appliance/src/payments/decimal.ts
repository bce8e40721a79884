/**
 * Gateways speak decimal reais ("100.90"); the store speaks integer centavos. Conversion is done
 * on the decimal text, never with floating-point arithmetic.
 */
export function centsToDecimal(cents: number): string {
  if (!Number.isSafeInteger(cents)) throw new Error(`money must be integer centavos, got ${cents}`);
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/**
 * Accepts a decimal string or a JSON number. A JSON number with at most two decimals prints back
 * as its own literal (shortest round-trip form), so its text is exact.
 */
export function decimalToCents(value: string | number): number {
  const text = typeof value === 'number' ? String(value) : value.trim();
  const match = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(text);
  if (!match) throw new Error(`not a money amount with at most 2 decimals: ${text}`);
  const cents = Number(match[2]) * 100 + Number((match[3] ?? '').padEnd(2, '0'));
  return match[1] === '-' ? -cents : cents;
}

const MARK = '\u0001DECIMAL:';

/** A money value to be written into JSON as a bare number literal (e.g. 100.90). */
export class DecimalLiteral {
  constructor(readonly text: string) {}
  static ofCents(cents: number): DecimalLiteral {
    return new DecimalLiteral(centsToDecimal(cents));
  }
  toJSON(): string {
    return MARK + this.text;
  }
}

/** JSON.stringify where DecimalLiteral values come out as numbers written from their text. */
export function stringifyWithDecimals(value: unknown): string {
  return JSON.stringify(value).replace(/"\\u0001DECIMAL:(-?\d+\.\d{2})"/g, '$1');
}
