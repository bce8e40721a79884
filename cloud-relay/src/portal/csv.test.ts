import { describe, expect, it } from 'vitest';
import type { SalesReport } from '../reports/sales-report.js';
import { parseCsv } from '../testing/read-csv.js';
import { salesReportCsv } from './csv.js';

/** Reads CSV as a spreadsheet set to pt-BR does: `;` between cells. */
const parsePtBrCsv = (csv: string) => parseCsv(csv, ';');

/** A pt-BR number cell: decimal comma, no thousands separator. */
function ptBrNumber(cell: string): number {
  expect(cell).toMatch(/^-?\d+(,\d+)?$/);
  return Number(cell.replace(',', '.'));
}

/** A product sales report of the week with these rows, and their totals. */
function productReport(rows: SalesReport['rows'], totals: SalesReport['totals']): SalesReport {
  return { from: '2026-11-16', to: '2026-11-20', groupBy: 'product', storeIds: [], rows, totals };
}

const report = productReport(
  [
    { key: 'prod-1', label: '=HYPERLINK("http://x.example","Clique")', ordersCount: 3, paymentsCount: 3, quantity: 4, grossCents: 123456, refundedCents: 1290, netCents: 122166 },
    { key: 'prod-2', label: 'Pão de queijo; porção', ordersCount: 1, paymentsCount: 1, quantity: 2, grossCents: 990, refundedCents: 0, netCents: 990 },
    { key: 'prod-3', label: '-Ajuste', ordersCount: 1, paymentsCount: 1, quantity: 1, grossCents: 0, refundedCents: 1250, netCents: -1250 },
    { key: 'prod-4', label: '@SUM(A1)', ordersCount: 1, paymentsCount: 1, grossCents: 5, refundedCents: 0, netCents: 5 },
  ],
  { ordersCount: 6, paymentsCount: 6, grossCents: 124451, refundedCents: 2540, netCents: 121911 },
);

describe('HQ sales CSV', () => {
  const csv = salesReportCsv(report);

  it('starts with a UTF-8 BOM and opens as columns with `;`', () => {
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const rows = parsePtBrCsv(csv.slice(1));
    expect(rows).toHaveLength(5);
    for (const row of rows) expect(row).toHaveLength(11);
    expect(rows[0]).toEqual(['agrupamento', 'chave', 'descricao', 'loja_id', 'data', 'pedidos', 'pagamentos', 'quantidade', 'bruto_brl', 'estornado_brl', 'liquido_brl']);
    expect(rows[2][2]).toBe('Pão de queijo; porção');
  });

  it('writes amounts with a decimal comma that parse back to the centavos', () => {
    const rows = parsePtBrCsv(csv.slice(1)).slice(1);
    expect(rows.map((row) => Math.round(ptBrNumber(row[8]) * 100))).toEqual([123456, 990, 0, 5]);
    expect(rows.map((row) => Math.round(ptBrNumber(row[10]) * 100))).toEqual([122166, 990, -1250, 5]);
    expect(rows[0][10]).toBe('1221,66');
    expect(rows[3][7]).toBe('');
  });

  it('neutralises cells a spreadsheet would run as formulas', () => {
    const labels = parsePtBrCsv(csv.slice(1)).slice(1).map((row) => row[2]);
    expect(labels[0]).toBe(`'=HYPERLINK("http://x.example","Clique")`);
    expect(labels[2]).toBe(`'-Ajuste`);
    expect(labels[3]).toBe(`'@SUM(A1)`);
    for (const label of labels) expect(label).not.toMatch(/^[=+\-@]/);
  });
});

/**
 * The file is laid out with `;`, but is not always opened that way: Excel where the list separator
 * is `,` (en-US machines at HQ, the accountant's), LibreOffice's import with "Comma" ticked, Google
 * Sheets' auto-detect, or a tab-splitting paste. Product names come from any store's journal; a name
 * such as `Pizza,=cmd|' /C calc'!A0` must not open as a cell starting with `=` (DDE / HYPERLINK /
 * WEBSERVICE data exfiltration on the HQ analyst's computer). Quoting alone does not help: a
 * comma-splitting reader sees the quote in the middle of `product;"prod-1";"Pizza`. So a formula
 * trigger is neutralised after a comma as well as at the start, and tabs and other control
 * characters become spaces.
 */
describe('HQ sales CSV opened with another separator', () => {
  const csv = salesReportCsv(
    productReport(
      [
        { key: 'prod-1', label: "Pizza,=cmd|' /C calc'!A0", ordersCount: 1, paymentsCount: 1, quantity: 1, grossCents: 100, refundedCents: 0, netCents: 100 },
        { key: 'prod-2', label: 'Suco\t=HYPERLINK(A1)', ordersCount: 1, paymentsCount: 1, quantity: 1, grossCents: 100, refundedCents: 0, netCents: 100 },
      ],
      { ordersCount: 2, paymentsCount: 2, grossCents: 200, refundedCents: 0, netCents: 200 },
    ),
  ).slice(1);

  it('leaves no cell starting with a formula when a spreadsheet splits on commas', () => {
    const cells = parseCsv(csv, ',').flat();
    expect(cells.filter((cell) => /^[=+\-@]/.test(cell))).toEqual([]);
  });

  it('leaves no cell starting with a formula when a spreadsheet splits on tabs', () => {
    const cells = parseCsv(csv, '\t').flat();
    expect(cells.filter((cell) => /^[=+\-@]/.test(cell))).toEqual([]);
  });
});

describe('HQ sales CSV by payment method', () => {
  it('describes each method by the name people use, keeping its code as the key', () => {
    const byMethod: SalesReport = {
      from: '2026-11-16', to: '2026-11-20', groupBy: 'paymentMethod', storeIds: [],
      rows: [
        { key: 'CASH', label: 'CASH', ordersCount: 2, paymentsCount: 2, grossCents: 5000, refundedCents: 0, netCents: 5000 },
        { key: 'VOUCHER', label: 'VOUCHER', ordersCount: 1, paymentsCount: 1, grossCents: 3200, refundedCents: 0, netCents: 3200 },
      ],
      totals: { ordersCount: 3, paymentsCount: 3, grossCents: 8200, refundedCents: 0, netCents: 8200 },
    };
    const rows = parsePtBrCsv(salesReportCsv(byMethod).slice(1)).slice(1);
    expect(rows.map((row) => [row[1], row[2]])).toEqual([['CASH', 'Dinheiro'], ['VOUCHER', 'Vale-refeição']]);
  });
});
