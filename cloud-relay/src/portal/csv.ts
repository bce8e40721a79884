import type { SalesReport } from '../reports/sales-report.js';

/**
 * CSV the way a spreadsheet set to pt-BR opens it as columns: `;` between cells (`,` is the decimal
 * separator there), amounts with a decimal comma, CRLF lines, and a UTF-8 byte order mark so
 * accented store and product names are not read as Latin-1.
 */
const SEPARATOR = ';';
const BOM = '\uFEFF';

/**
 * A text cell. Text starting with = + - @ (or a tab or carriage return) would be run as a formula
 * by the spreadsheet (a product named `=HYPERLINK(…)`, formula injection): a leading apostrophe
 * keeps it text. Quotes when the cell holds the separator, a quote or a line break.
 */
function text(value: string | undefined): string {
  let cell = value ?? '';
  if (/^[=+\-@\t\r]/.test(cell)) cell = `'${cell}`;
  return /[";\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** Centavos as reais with a decimal comma and no thousands separator: `-1234,50`. */
function reais(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const absolute = Math.abs(cents);
  return `${sign}${Math.floor(absolute / 100)},${(absolute % 100).toString().padStart(2, '0')}`;
}

export function salesReportCsv(report: SalesReport): string {
  const header = ['agrupamento', 'chave', 'descricao', 'loja_id', 'data', 'pedidos', 'pagamentos', 'quantidade', 'bruto_brl', 'estornado_brl', 'liquido_brl'];
  const lines = report.rows.map((row) =>
    [
      text(report.groupBy), text(row.key), text(row.label), text(row.storeId), text(row.businessDate),
      String(row.ordersCount), String(row.paymentsCount), row.quantity === undefined ? '' : String(row.quantity),
      reais(row.grossCents), reais(row.refundedCents), reais(row.netCents),
    ].join(SEPARATOR),
  );
  return `${BOM}${[header.join(SEPARATOR), ...lines].join('\r\n')}\r\n`;
}
