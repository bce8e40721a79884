import { DocumentBuilder, type PrintDocument } from '../document.js';
import { formatDateTime, formatQuantity } from './format.js';
import { formatBrl } from '../../../kernel/money.js';
import { translatePtBr, type PrintMessageKey, type Translate } from './messages.pt-BR.js';

export type PaymentMethod = 'CASH' | 'CREDIT' | 'DEBIT' | 'VOUCHER' | 'PIX' | 'OTHER';

export interface StoreHeader {
  name: string;
  legalName?: string;
  cnpj?: string;
  address?: string;
  phone?: string;
}

export interface ReceiptItem {
  name: string;
  quantity: number;
  unit: 'UNIT' | 'GRAM';
  unitPriceCents: number;
  totalCents: number;
  notes?: string;
}

export interface CustomerReceiptData {
  store: StoreHeader;
  orderNumber: number | string;
  createdAt: string;
  tableLabel?: string;
  operatorName?: string;
  customerName?: string;
  items: ReceiptItem[];
  subtotalCents: number;
  discountCents: number;
  serviceFeeCents?: number;
  /** The delivery fee charged with the order (already in totalCents). */
  deliveryFeeCents?: number;
  totalCents: number;
  /** simulated: the demo's virtual TEF (nothing charged); cardMachine: a card on the standalone machine. */
  payments: Array<{ method: PaymentMethod; amountCents: number; simulated?: boolean; cardMachine?: { brand: string | null; nsu: string | null } }>;
  changeCents: number;
  qrCode?: { data: string; caption?: string };
  /** Store texts under the store name (set by HQ), and above the thanks line. */
  headerLines?: string[];
  footerLines?: string[];
  /**
   * A table's pré-conta (conferência de mesa) before payment: its own title, the service charge
   * named as optional with its percentage, and the total without it for guests who decline it.
   * `paidCents`/`dueCents`: part of the bill was already paid (a guest paid their part), so the
   * table reads what is left, not the whole bill.
   */
  preBill?: { servicePercent: number; paidCents?: number; dueCents?: number };
}

export interface TemplateOptions {
  columns: number;
  timeZone: string;
  t?: Translate;
}

export function storeHeader(b: DocumentBuilder, store: StoreHeader): void {
  b.align('center').bold(true).size(2, 2);
  // Double width halves the characters per line; wrap the name to fit.
  b.wrapped(store.name, Math.floor(b.columns / 2));
  b.size(1, 1).bold(false);
  if (store.legalName) b.wrapped(store.legalName);
  if (store.cnpj) b.line(`CNPJ ${store.cnpj}`);
  if (store.address) b.wrapped(store.address);
  if (store.phone) b.line(store.phone);
  b.align('left');
}

export const methodLabel = (t: Translate, method: PaymentMethod): string => t(`print.method.${method}` as PrintMessageKey);

export function customerReceipt(data: CustomerReceiptData, options: TemplateOptions): PrintDocument {
  const t = options.t ?? translatePtBr;
  const b = new DocumentBuilder(options.columns);
  storeHeader(b, data.store);
  b.align('center');
  for (const line of data.headerLines ?? []) b.wrapped(line);
  b.align('left');
  b.divider('=');
  b.align('center').bold(true).line(t(data.preBill ? 'print.prebill.title' : 'print.receipt.title')).bold(false).align('left');
  b.leftRight(t('print.receipt.order', { number: data.orderNumber }), formatDateTime(data.createdAt, options.timeZone));
  if (data.tableLabel) b.line(t('print.receipt.table', { table: data.tableLabel }));
  if (data.operatorName) b.line(t('print.receipt.operator', { name: data.operatorName }));
  if (data.customerName) b.line(t('print.receipt.customer', { name: data.customerName }));
  b.divider();
  for (const item of data.items) {
    const qty = formatQuantity(item.quantity, item.unit);
    b.wrapped(`${qty} ${item.name}`);
    const unitPrice = item.unit === 'GRAM' ? `${formatBrl(item.unitPriceCents)}/kg` : formatBrl(item.unitPriceCents);
    b.leftRight(`   ${unitPrice}`, formatBrl(item.totalCents));
    if (item.notes) b.wrapped(`   ${item.notes}`);
  }
  b.divider();
  b.leftRight(t('print.receipt.subtotal'), formatBrl(data.subtotalCents));
  if (data.discountCents) b.leftRight(t('print.receipt.discount'), formatBrl(-data.discountCents));
  if (data.serviceFeeCents) {
    const label = data.preBill ? t('print.prebill.service', { percent: data.preBill.servicePercent.toLocaleString('pt-BR') }) : t('print.receipt.service_fee');
    b.leftRight(label, formatBrl(data.serviceFeeCents));
  }
  if (data.deliveryFeeCents) b.leftRight(t('print.receipt.delivery_fee'), formatBrl(data.deliveryFeeCents));
  b.bold(true).leftRight(t('print.receipt.total'), formatBrl(data.totalCents)).bold(false);
  if (data.preBill && data.serviceFeeCents) b.leftRight(t('print.prebill.without_service'), formatBrl(data.totalCents - data.serviceFeeCents));
  if (data.preBill?.paidCents) {
    b.leftRight(t('print.prebill.paid'), formatBrl(data.preBill.paidCents));
    b.bold(true).leftRight(t('print.prebill.due'), formatBrl(data.preBill.dueCents ?? 0)).bold(false);
  }
  if (data.payments.length > 0) {
    b.line(t('print.receipt.payments'));
    for (const p of data.payments) {
      b.leftRight(`  ${methodLabel(t, p.method)}`, formatBrl(p.amountCents));
      if (p.cardMachine) b.line(`    ${t('print.receipt.card_machine', { brand: p.cardMachine.brand ?? '', nsu: p.cardMachine.nsu ?? '-' })}`);
      if (p.simulated) b.bold(true).line(`    ${t('print.receipt.tef_simulated')}`).bold(false);
    }
  }
  if (data.changeCents) b.leftRight(t('print.receipt.change'), formatBrl(data.changeCents));
  b.divider();
  if (data.qrCode) {
    b.align('center').qr(data.qrCode.data);
    if (data.qrCode.caption) b.wrapped(data.qrCode.caption);
    b.align('left');
  }
  b.align('center');
  for (const line of data.footerLines ?? []) b.wrapped(line);
  b.line(t('print.receipt.thanks')).line(t('print.receipt.not_fiscal')).align('left');
  return b.feed(2).cut().build();
}
