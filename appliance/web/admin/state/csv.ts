/**
 * Spreadsheet exports that open correctly in a pt-BR Excel or LibreOffice: `;` between cells,
 * decimal comma, CRLF lines, a UTF-8 BOM so accents survive, and any text cell starting with
 * `= + - @` (or a tab / carriage return) prefixed with `'` so it is never run as a formula.
 */
export type CsvCell = string | number | null;

const FORMULA_START = /^[=+\-@\t\r]/;

/** Centavos as a pt-BR decimal number cell (`1234,56`), never through a float. */
export function centsCell(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(Math.trunc(cents));
  return `${sign}${Math.floor(abs / 100)},${String(abs % 100).padStart(2, '0')}`;
}

function cell(value: CsvCell): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value).replace('.', ',');
  const safe = FORMULA_START.test(value) && !/^-\d+(,\d+)?$/.test(value) ? `'${value}` : value;
  return /[;"\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(header: string[], rows: CsvCell[][]): string {
  return `\ufeff${[header, ...rows].map((row) => row.map(cell).join(';')).join('\r\n')}\r\n`;
}

/** Hands the text to the browser as a download named `file`. */
export function downloadCsv(file: string, text: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  link.download = file;
  link.click();
  URL.revokeObjectURL(link.href);
}
