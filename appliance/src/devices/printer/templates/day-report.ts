import { DocumentBuilder, type PrintDocument } from '../document.js';
import { formatBusinessDate, formatDateTime } from './format.js';
import { formatBrl } from '../../../kernel/money.js';
import { translatePtBr } from './messages.pt-BR.js';
import { methodLabel, storeHeader, type PaymentMethod, type StoreHeader, type TemplateOptions } from './customer-receipt.js';

export interface DayReportData {
  store: StoreHeader;
  businessDate: string;
  openedAt: string;
  closedAt?: string;
  ordersCount: number;
  cancelledCount: number;
  grossCents: number;
  discountCents: number;
  netCents: number;
  byMethod: Array<{ method: PaymentMethod; count: number; amountCents: number }>;
  topProducts?: Array<{ name: string; quantity: number; totalCents: number }>;
}

export function dayReport(data: DayReportData, options: TemplateOptions): PrintDocument {
  const t = options.t ?? translatePtBr;
  const b = new DocumentBuilder(options.columns);
  storeHeader(b, data.store);
  b.divider('=').align('center').bold(true).line(t('print.day_report.title')).bold(false).align('left');
  b.line(t('print.day_report.business_date', { date: formatBusinessDate(data.businessDate) }));
  b.line(t('print.day_report.opened_at', { at: formatDateTime(data.openedAt, options.timeZone) }));
  if (data.closedAt) b.line(t('print.day_report.closed_at', { at: formatDateTime(data.closedAt, options.timeZone) }));
  b.divider();
  b.leftRight(t('print.day_report.orders'), String(data.ordersCount));
  b.leftRight(t('print.day_report.cancelled'), String(data.cancelledCount));
  b.leftRight(t('print.day_report.gross'), formatBrl(data.grossCents));
  b.leftRight(t('print.day_report.discounts'), formatBrl(-data.discountCents));
  b.bold(true).leftRight(t('print.day_report.net'), formatBrl(data.netCents)).bold(false);
  // Integer division keeps the average in whole centavos, rounded half up.
  const average = data.ordersCount > 0 ? Math.floor((data.netCents * 2 + data.ordersCount) / (2 * data.ordersCount)) : 0;
  b.leftRight(t('print.day_report.average_ticket'), formatBrl(average));
  b.divider().line(t('print.day_report.by_method'));
  for (const m of data.byMethod) b.leftRight(`  ${methodLabel(t, m.method)} (${m.count})`, formatBrl(m.amountCents));
  if (data.topProducts?.length) {
    b.divider().line(t('print.day_report.top_products'));
    for (const p of data.topProducts) b.leftRight(`  ${p.quantity}x ${p.name}`, formatBrl(p.totalCents));
  }
  return b.divider('=').feed(2).cut().build();
}
