import type { SalesReport, SalesRow } from '../reports/sales-report.js';
import { paymentMethodName } from './format.js';

/**
 * CSV the way a spreadsheet set to pt-BR opens it as columns: `;` between cells (`,` is the decimal
 * separator there), amounts with a decimal comma, CRLF lines, and a UTF-8 byte order mark so
 * accented store and product names are not read as Latin-1.
 */
const SEPARATOR = ';';
const BOM = '\uFEFF';

/**
 * A text cell. Text starting with = + - @ would be run as a formula by the spreadsheet (a product
 * named `=HYPERLINK(…)`, formula injection): a leading apostrophe keeps it text. Names come from
 * any store's journal, and the file is not always opened with `;`: Excel where the list separator
 * is `,` (an en-US machine, the accountant's), a "Comma" import or a tab-splitting paste start a
 * cell after a comma or a tab inside the text, where quoting does not help (a comma-splitting
 * reader sees the quote mid-cell). So control characters (tabs, line breaks) become spaces, and a
 * trigger is neutralised after a comma too, past any spaces or quotes before it. Quotes when the
 * cell holds the separator or a quote.
 */
function text(value: string | undefined): string {
  const cell = (value ?? '').replace(/\p{Cc}/gu, ' ').replace(/(^|,)([\s"]*)(?=[=+\-@])/g, "$1$2'");
  return /[";]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** Centavos as reais with a decimal comma and no thousands separator: `-1234,50`. */
function reais(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const absolute = Math.abs(cents);
  return `${sign}${Math.floor(absolute / 100)},${(absolute % 100).toString().padStart(2, '0')}`;
}

/** What a person reads in `descricao`: a payment method by its name ("Dinheiro"), its code stays in `chave`. */
function description(report: SalesReport, row: SalesRow): string {
  return report.groupBy === 'paymentMethod' ? paymentMethodName(row.key) : row.label;
}

export function salesReportCsv(report: SalesReport): string {
  const header = ['agrupamento', 'chave', 'descricao', 'loja_id', 'data', 'pedidos', 'pagamentos', 'quantidade', 'bruto_brl', 'estornado_brl', 'liquido_brl'];
  const lines = report.rows.map((row) =>
    [
      text(report.groupBy), text(row.key), text(description(report, row)), text(row.storeId), text(row.businessDate),
      String(row.ordersCount), String(row.paymentsCount), row.quantity === undefined ? '' : String(row.quantity),
      reais(row.grossCents), reais(row.refundedCents), reais(row.netCents),
    ].join(SEPARATOR),
  );
  return `${BOM}${[header.join(SEPARATOR), ...lines].join('\r\n')}\r\n`;
}
