import { formatCnpj } from '../../kernel/cnpj.js';
import { formatCpf } from '../../kernel/cpf.js';
import { computeSale } from '../nfce/compute-sale.js';
import type { FiscalSale } from '../nfce/sale-types.js';
import { formatCents, formatScaledInteger } from '../shared/format-decimal.js';
import type { ReceiptBlock, Translate } from '../danfe/danfe-nfce.js';
import { CFE_MODEL } from './dados-venda-xml.js';
import type { SatSale } from './sat-device.js';

/** QR of the CF-e-SAT extrato: chave|AAAAMMDDHHMMSS|vCFe|CPF/CNPJ|assinaturaQRCODE. */
export function satQrPayload(sale: SatSale): string {
  return [sale.accessKey, sale.timestamp, formatCents(sale.totalCents), sale.consumerDocument, sale.qrSignature].join('|');
}

export interface SatExtrato {
  columns: number;
  blocks: ReceiptBlock[];
  lines: string[];
  qrCode: string;
}

/** Extrato do CF-e (layout of the SEFAZ-SP extrato specification; an MF-e names its equipment), printer-independent. */
export function buildSatExtrato(
  sale: FiscalSale,
  result: SatSale,
  emitter: { legalName: string; cnpj: string; ie: string },
  t: Translate,
  columns = 48,
  equipment: 'SAT' | 'MFE' = 'SAT',
): SatExtrato {
  const prefix = equipment === 'MFE' ? 'mfe' : 'sat';
  const blocks: ReceiptBlock[] = [];
  const text = (value: string, align: 'left' | 'center' = 'left', bold = false) => blocks.push({ kind: 'text', text: value, align, bold });
  const brl = (cents: number) => formatCents(cents).replace('.', ',');
  const pair = (left: string, right: string) => text(left + ' '.repeat(Math.max(columns - left.length - right.length, 1)) + right);
  const computed = computeSale(sale, CFE_MODEL);
  const extractNumber = result.accessKey.slice(31, 37);
  text(emitter.legalName, 'center', true);
  text(`CNPJ ${formatCnpj(emitter.cnpj)} IE ${emitter.ie}`, 'center');
  text('-'.repeat(columns));
  text(t('sat.title', { number: extractNumber }), 'center', true);
  text(t(`${prefix}.subtitle`), 'center', true);
  const consumer = sale.consumerCpf ? formatCpf(sale.consumerCpf) : sale.consumerCnpj && formatCnpj(sale.consumerCnpj);
  text(consumer ? t('sat.consumer', { document: consumer }) : t('danfe.consumerAnonymous'));
  text('-'.repeat(columns));
  computed.items.forEach((line, i) => {
    const qty = line.item.unit === 'UNIT' ? String(line.item.quantity) : formatScaledInteger(line.item.quantity, 3, 3).replace('.', ',');
    text(`${String(i + 1).padStart(3, '0')} ${line.item.code} ${line.item.description}`);
    pair(`    ${qty} x ${brl(line.item.unitPriceCents)}`, brl(line.grossCents));
  });
  // The items are listed at their full price: these lines take them to the CF-e's vCFe.
  if (computed.discountCents > 0 || computed.freightCents > 0) pair(t('sat.gross'), brl(computed.grossCents));
  if (computed.discountCents > 0) pair(t('sat.discount'), `-${brl(computed.discountCents)}`);
  if (computed.freightCents > 0) pair(t('sat.deliveryFee'), `+${brl(computed.freightCents)}`);
  pair(t('sat.total'), brl(computed.totalCents));
  for (const p of sale.payments) pair(t(`danfe.payment.${({ CASH: '01', CREDIT: '03', DEBIT: '04', VOUCHER: '11', PIX: '17', OTHER: '99' } as const)[p.method]}`), brl(p.amountCents + (p.changeCents ?? 0)));
  if (computed.changeCents > 0) pair(t('danfe.change'), brl(computed.changeCents));
  text('-'.repeat(columns));
  const ts = result.timestamp;
  text(t(`${prefix}.serial`, { serial: String(Number(result.accessKey.slice(22, 31))), date: `${ts.slice(6, 8)}/${ts.slice(4, 6)}/${ts.slice(0, 4)} ${ts.slice(8, 10)}:${ts.slice(10, 12)}:${ts.slice(12, 14)}` }), 'center', true);
  text(result.accessKey.replace(/(\d{4})(?=\d)/g, '$1 '), 'center');
  const qrCode = satQrPayload(result);
  blocks.push({ kind: 'qr', data: qrCode });
  text(t('sat.consultApp'), 'center');
  return { columns, blocks, lines: blocks.map((b) => (b.kind === 'qr' ? `[QR] ${b.data}` : b.text)), qrCode };
}
