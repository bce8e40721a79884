import { formatCnpj } from '../../kernel/cnpj.js';
import { formatCpf } from '../../kernel/cpf.js';
import { computeSale } from '../nfce/compute-sale.js';
import { DEFAULT_TIME_ZONE } from '../nfce/build-nfce-xml.js';
import type { EmitterConfig } from '../nfce/emitter-config.js';
import type { FiscalSale } from '../nfce/sale-types.js';
import { paymentCode } from '../nfce/xml-payments.js';
import { formatCents, formatScaledInteger } from '../shared/format-decimal.js';
import { formatLocalDateTime } from '../shared/local-datetime.js';
import type { FiscalDocumentRow } from '../store/documents.js';

export type ReceiptBlock =
  | { kind: 'text'; text: string; align: 'left' | 'center' | 'right'; bold: boolean }
  | { kind: 'qr'; data: string };

/** Printer-independent DANFE NFC-e: lines and the QR payload, for the printer driver to render. */
export interface DanfeNfce {
  columns: number;
  blocks: ReceiptBlock[];
  qrCode: string;
  /** The same content as plain lines (QR shown as "[QR] payload"). */
  lines: string[];
}

export type Translate = (key: string, params?: Record<string, string | number>) => string;

const brl = (cents: number) => formatCents(cents).replace('.', ',');

function localDisplay(iso: string, timeZone: string): string {
  const local = formatLocalDateTime(new Date(iso), timeZone);
  return `${local.slice(8, 10)}/${local.slice(5, 7)}/${local.slice(0, 4)} ${local.slice(11, 19)}`;
}

/** DANFE NFC-e divisions I..VII of the Manual de Padrões Técnicos do DANFE NFC-e e QR Code. */
export function buildDanfeNfce(row: FiscalDocumentRow, config: EmitterConfig, t: Translate, columns = 48): DanfeNfce {
  const blocks: ReceiptBlock[] = [];
  const text = (value: string, align: 'left' | 'center' | 'right' = 'left', bold = false) => blocks.push({ kind: 'text', text: value, align, bold });
  const pair = (left: string, right: string) => text(left + ' '.repeat(Math.max(columns - left.length - right.length, 1)) + right);
  const divider = () => text('-'.repeat(columns));
  const timeZone = config.timeZone ?? DEFAULT_TIME_ZONE;
  const sale = JSON.parse(row.sale_json) as FiscalSale;
  const computed = computeSale(sale, 65);

  // I - emitter
  text(config.legalName, 'center', true);
  text(`CNPJ ${formatCnpj(config.cnpj)}  IE ${config.ie}`, 'center');
  const a = config.address;
  text(`${a.street}, ${a.number} - ${a.district} - ${a.cityName}/${a.uf}`, 'center');
  text(t('danfe.title'), 'center', true);
  divider();
  // II - items
  text(t('danfe.header'));
  computed.items.forEach((line, index) => {
    const item = line.item;
    const quantity = item.unit === 'UNIT' ? String(item.quantity) : formatScaledInteger(item.quantity, 3, 3).replace('.', ',');
    text(`${String(index + 1).padStart(3, '0')} ${item.code} ${item.description}`);
    pair(`    ${quantity} ${item.unit === 'UNIT' ? 'UN' : 'KG'} x ${brl(item.unitPriceCents)}`, brl(line.grossCents));
    if (line.discountCents > 0) pair(`    ${t('danfe.discount')}`, `-${brl(line.discountCents)}`);
  });
  divider();
  // III - totals and payments
  pair(t('danfe.itemCount'), String(computed.items.length));
  pair(t('danfe.total'), brl(computed.grossCents));
  if (computed.discountCents > 0) pair(t('danfe.discount'), brl(computed.discountCents));
  if (computed.freightCents > 0) pair(t('danfe.freight'), brl(computed.freightCents));
  pair(t('danfe.toPay'), brl(computed.totalCents));
  pair(t('danfe.paymentHeader'), t('danfe.paidHeader'));
  for (const payment of sale.payments) {
    pair(t(`danfe.payment.${paymentCode(payment)}`), brl(payment.amountCents + (payment.changeCents ?? 0)));
    if (payment.card?.simulated) text(t('danfe.tefSimulated'), 'center', true);
  }
  if (computed.changeCents > 0) pair(t('danfe.change'), brl(computed.changeCents));
  divider();
  // IV - consultation
  text(t('danfe.consult'), 'center', true);
  text(row.url_chave, 'center');
  // Groups of four characters: an alphanumeric CNPJ puts letters in the key (NT 2025.001).
  text(row.access_key.replace(/(.{4})(?=.)/g, '$1 '), 'center');
  divider();
  // V - consumer
  const consumer = sale.consumerCpf
    ? t('danfe.consumerCpf', { cpf: formatCpf(sale.consumerCpf) })
    : sale.consumerCnpj
      ? t('danfe.consumerCnpj', { cnpj: formatCnpj(sale.consumerCnpj) })
      : t('danfe.consumerAnonymous');
  text(consumer, 'center');
  // VI - identification, protocol, contingency and environment messages
  text(t('danfe.number', { number: String(row.number).padStart(9, '0'), series: String(row.series).padStart(3, '0'), date: localDisplay(row.issued_at, timeZone) }), 'center', true);
  if (row.status === 'AUTHORIZED' && row.protocol && row.authorized_at) {
    text(t('danfe.protocol', { protocol: row.protocol }), 'center');
    text(t('danfe.authorizedAt', { date: localDisplay(row.authorized_at, timeZone) }), 'center');
  }
  if (row.contingency === 1) text(t('danfe.contingency'), 'center', true);
  if (row.contingency === 1 && row.status !== 'AUTHORIZED') text(t('danfe.pending'), 'center', true);
  if (row.environment === 2) text(t('danfe.homologation'), 'center', true);
  // VII - QR code
  blocks.push({ kind: 'qr', data: row.qr_code });
  const lines = blocks.map((b) => (b.kind === 'qr' ? `[QR] ${b.data}` : b.text));
  return { columns, blocks, qrCode: row.qr_code, lines };
}
