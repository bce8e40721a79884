import { formatCents } from '../shared/format-decimal.js';
import { cleanText, el, group } from '../shared/xml-text.js';
import type { ComputedSale } from './compute-sale.js';
import type { FiscalPayment, PaymentMethod } from './sale-types.js';

/** tPag codes (NT 2020.006 / 2023.004): 17 = PIX dinâmico. */
export const TPAG_BY_METHOD: Record<PaymentMethod, string> = {
  CASH: '01',
  CREDIT: '03',
  DEBIT: '04',
  VOUCHER: '11',
  PIX: '17',
  OTHER: '99',
};

const CARD_CODES = new Set(['03', '04', '17']);

export function paymentCode(payment: FiscalPayment): string {
  return payment.tPag ?? TPAG_BY_METHOD[payment.method];
}

function detPagXml(payment: FiscalPayment): string {
  const tPag = paymentCode(payment);
  const tendered = payment.amountCents + (payment.changeCents ?? 0);
  const card = payment.card ?? (CARD_CODES.has(tPag) ? { integrated: false } : undefined);
  const cardXml = card
    ? group(
        'card',
        el('tpIntegra', card.integrated ? 1 : 2) + el('CNPJ', card.acquirerCnpj) + el('tBand', card.brand) + el('cAut', card.authorizationCode),
      )
    : '';
  const description = tPag === '99' ? cleanText(payment.description ?? 'OUTROS', 60) : undefined;
  return group('detPag', el('tPag', tPag) + el('xPag', description) + el('vPag', formatCents(tendered)) + cardXml);
}

export function pagXml(payments: FiscalPayment[], sale: ComputedSale): string {
  const change = sale.changeCents > 0 ? el('vTroco', formatCents(sale.changeCents)) : '';
  return group('pag', payments.map(detPagXml).join('') + change);
}
