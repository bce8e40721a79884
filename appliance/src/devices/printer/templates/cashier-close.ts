import { DocumentBuilder, type PrintDocument } from '../document.js';
import { formatDateTime } from './format.js';
import { formatBrl } from '../../../kernel/money.js';
import { translatePtBr } from './messages.pt-BR.js';
import { methodLabel, storeHeader, type PaymentMethod, type StoreHeader, type TemplateOptions } from './customer-receipt.js';

export interface CashierCloseData {
  store: StoreHeader;
  registerName: string;
  operatorName: string;
  openedAt: string;
  closedAt: string;
  openingFloatCents: number;
  cashSalesCents: number;
  suppliesCents: number;
  withdrawalsCents: number;
  countedCashCents: number;
  byMethod: Array<{ method: PaymentMethod; count: number; amountCents: number }>;
  /** Times the drawer was opened with no sale (abrir gaveta), each with a manager. */
  drawerOpenings?: number;
}

/** Expected cash and the difference are computed here from the parts, so the slip can never disagree with itself. */
export function cashierClose(data: CashierCloseData, options: TemplateOptions): PrintDocument {
  const t = options.t ?? translatePtBr;
  const b = new DocumentBuilder(options.columns);
  const expected = data.openingFloatCents + data.cashSalesCents + data.suppliesCents - data.withdrawalsCents;
  const difference = data.countedCashCents - expected;
  storeHeader(b, data.store);
  b.divider('=').align('center').bold(true).line(t('print.cashier_close.title')).bold(false).align('left');
  b.line(t('print.cashier_close.register', { register: data.registerName }));
  b.line(t('print.cashier_close.operator', { name: data.operatorName }));
  b.line(t('print.day_report.opened_at', { at: formatDateTime(data.openedAt, options.timeZone) }));
  b.line(t('print.day_report.closed_at', { at: formatDateTime(data.closedAt, options.timeZone) }));
  b.divider();
  b.leftRight(t('print.cashier_close.opening_float'), formatBrl(data.openingFloatCents));
  b.leftRight(t('print.cashier_close.cash_sales'), formatBrl(data.cashSalesCents));
  b.leftRight(t('print.cashier_close.supplies'), formatBrl(data.suppliesCents));
  b.leftRight(t('print.cashier_close.withdrawals'), formatBrl(-data.withdrawalsCents));
  b.bold(true).leftRight(t('print.cashier_close.expected'), formatBrl(expected)).bold(false);
  b.leftRight(t('print.cashier_close.counted'), formatBrl(data.countedCashCents));
  b.bold(true).leftRight(t('print.cashier_close.difference'), formatBrl(difference)).bold(false);
  if (data.drawerOpenings) b.leftRight(t('print.cashier_close.drawer_openings'), String(data.drawerOpenings));
  b.divider().line(t('print.day_report.by_method'));
  for (const m of data.byMethod) b.leftRight(`  ${methodLabel(t, m.method)} (${m.count})`, formatBrl(m.amountCents));
  b.feed(3).align('center').line('_'.repeat(Math.min(32, options.columns))).line(t('print.cashier_close.signature')).align('left');
  return b.feed(2).cut().build();
}
