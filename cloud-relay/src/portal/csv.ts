import type { SalesReport } from '../reports/sales-report.js';

function cell(value: string | number | undefined): string {
  const text = value === undefined ? '' : String(value);
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function cents(value: number): string {
  const sign = value < 0 ? '-' : '';
  const absolute = Math.abs(value);
  return `${sign}${Math.floor(absolute / 100)}.${(absolute % 100).toString().padStart(2, '0')}`;
}

/** Comma-separated with a header row; amounts in reais with a dot so spreadsheets parse them as numbers. */
export function salesReportCsv(report: SalesReport): string {
  const header = ['group', 'key', 'label', 'store_id', 'business_date', 'orders', 'payments', 'quantity', 'gross_brl', 'refunded_brl', 'net_brl'];
  const lines = report.rows.map((row) =>
    [
      report.groupBy, row.key, row.label, row.storeId, row.businessDate, row.ordersCount, row.paymentsCount, row.quantity,
      cents(row.grossCents), cents(row.refundedCents), cents(row.netCents),
    ]
      .map(cell)
      .join(','),
  );
  return `${[header.join(','), ...lines].join('\n')}\n`;
}
