import { describe, expect, it } from 'vitest';
import type { SalesReport } from '../reports/sales-report.js';
import { parseCsv } from '../testing/read-csv.js';
import { salesReportCsv } from './csv.js';

/**
 * The HQ sales CSV (`/portal/export.csv`, portal/csv.ts) is laid out with `;`, but is not always
 * opened that way: Excel where the list separator is `,` (en-US machines at HQ, the accountant's),
 * LibreOffice's import with "Comma" ticked, Google Sheets' auto-detect, or a tab-splitting paste.
 * Product names come from any store's journal; a name such as `Pizza,=cmd|' /C calc'!A0` must not
 * open as a cell starting with `=` (DDE / HYPERLINK / WEBSERVICE data exfiltration on the HQ
 * analyst's computer). Quoting alone does not help: a comma-splitting reader sees the quote in the
 * middle of `product;"prod-1";"Pizza`. So a formula trigger is neutralised after a comma as well as
 * at the start, and tabs and other control characters become spaces.
 */

const report: SalesReport = {
  from: '2026-11-16',
  to: '2026-11-20',
  groupBy: 'product',
  storeIds: [],
  rows: [
    { key: 'prod-1', label: "Pizza,=cmd|' /C calc'!A0", ordersCount: 1, paymentsCount: 1, quantity: 1, grossCents: 100, refundedCents: 0, netCents: 100 },
    { key: 'prod-2', label: 'Suco\t=HYPERLINK(A1)', ordersCount: 1, paymentsCount: 1, quantity: 1, grossCents: 100, refundedCents: 0, netCents: 100 },
  ],
  totals: { ordersCount: 2, paymentsCount: 2, grossCents: 200, refundedCents: 0, netCents: 200 },
};

describe('HQ sales CSV opened with another separator', () => {
  const csv = salesReportCsv(report).slice(1);

  it('leaves no cell starting with a formula when a spreadsheet splits on commas', () => {
    const cells = parseCsv(csv, ',').flat();
    expect(cells.filter((cell) => /^[=+\-@]/.test(cell))).toEqual([]);
  });

  it('leaves no cell starting with a formula when a spreadsheet splits on tabs', () => {
    const cells = parseCsv(csv, '\t').flat();
    expect(cells.filter((cell) => /^[=+\-@]/.test(cell))).toEqual([]);
  });
});
