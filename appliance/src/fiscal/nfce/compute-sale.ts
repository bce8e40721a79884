import { AppError } from '../../kernel/errors.js';
import { applyBasisPoints } from '../shared/format-decimal.js';
import type { FiscalDocumentModel } from '../store/documents.js';
import type { FiscalSale, FiscalSaleItem } from './sale-types.js';
import { isValidCnpj } from '../../kernel/cnpj.js';
import { isValidCpf } from '../../kernel/cpf.js';

export interface ComputedItem {
  item: FiscalSaleItem;
  grossCents: number; // vProd
  discountCents: number; // vDesc
  freightCents: number; // vFrete
  netCents: number;
  icmsBaseCents: number;
  icmsCents: number;
  pisBaseCents: number;
  pisCents: number;
  cofinsCents: number;
  ibsStateCents: number;
  ibsCityCents: number;
  cbsCents: number;
}

export interface ComputedSale {
  items: ComputedItem[];
  grossCents: number;
  discountCents: number;
  freightCents: number; // vFrete: the delivery fee
  totalCents: number; // vNF = vProd - vDesc + vFrete
  icmsBaseCents: number;
  icmsCents: number;
  pisCents: number;
  cofinsCents: number;
  ibsCbsBaseCents: number;
  ibsStateCents: number;
  ibsCityCents: number;
  cbsCents: number;
  paidCents: number; // sum of vPag (tendered)
  changeCents: number; // vTroco
}

/** Bad sale data: a 422 with a stable code, raised before any number is taken. */
export class FiscalSaleError extends AppError {
  constructor(code: string, reason: string, text: { messageKey?: string; params?: Record<string, string | number> } = {}) {
    super(code, 422, text.messageKey ?? code, { reason }, text.params);
    this.name = 'FiscalSaleError';
  }
}

/** vProd of one line: exact for units; for weighed goods grams x price/kg rounded half up. */
export function lineGrossCents(item: FiscalSaleItem): number {
  if (item.unit === 'UNIT') return item.quantity * item.unitPriceCents;
  const product = BigInt(item.quantity) * BigInt(item.unitPriceCents);
  return Number((product + 500n) / 1000n);
}

function computeItem(item: FiscalSaleItem): ComputedItem {
  const grossCents = lineGrossCents(item);
  const discountCents = item.discountCents ?? 0;
  const freightCents = item.freightCents ?? 0;
  const netCents = grossCents - discountCents;
  // Freight the seller charges is part of the operation's value: it enters every tax base.
  const taxedCents = netCents + freightCents;
  const icmsBaseCents = item.icms.kind === 'CST_00' ? taxedCents : 0;
  const icmsCents = item.icms.kind === 'CST_00' ? applyBasisPoints(taxedCents, item.icms.rateBasisPoints) : 0;
  const pisBaseCents = item.pisCofins.kind === 'ALIQ' ? taxedCents : 0;
  const pisCents = item.pisCofins.kind === 'ALIQ' ? applyBasisPoints(taxedCents, item.pisCofins.pisRateBasisPoints) : 0;
  const cofinsCents =
    item.pisCofins.kind === 'ALIQ' ? applyBasisPoints(taxedCents, item.pisCofins.cofinsRateBasisPoints) : 0;
  const reform = item.ibsCbs;
  return {
    item,
    grossCents,
    discountCents,
    freightCents,
    netCents,
    icmsBaseCents,
    icmsCents,
    pisBaseCents,
    pisCents,
    cofinsCents,
    ibsStateCents: reform ? applyBasisPoints(taxedCents, reform.ibsStateRateBasisPoints) : 0,
    ibsCityCents: reform ? applyBasisPoints(taxedCents, reform.ibsCityRateBasisPoints) : 0,
    cbsCents: reform ? applyBasisPoints(taxedCents, reform.cbsRateBasisPoints) : 0,
  };
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

/**
 * The most items (`det`) each document's layout takes: nItem goes up to 990 in the NF-e and the
 * NFC-e, the CF-e SAT layout 0.08 stops at 500 (the equipment refuses more). The text names the document.
 */
const ITEM_LIMITS: Record<FiscalDocumentModel, { max: number; messageKey: string }> = {
  65: { max: 990, messageKey: 'FISCAL_SALE_TOO_MANY_ITEMS' },
  55: { max: 990, messageKey: 'FISCAL_NFE_SALE_TOO_MANY_ITEMS' },
  59: { max: 500, messageKey: 'FISCAL_CFE_SALE_TOO_MANY_ITEMS' },
};

/** The most items a document of this model takes. */
export function documentItemLimit(model: FiscalDocumentModel): number {
  return ITEM_LIMITS[model].max;
}

function assertItemCountFits(sale: FiscalSale, model: FiscalDocumentModel): void {
  const { max, messageKey } = ITEM_LIMITS[model];
  const count = sale.items.length;
  if (count > max) throw new FiscalSaleError('FISCAL_SALE_TOO_MANY_ITEMS', `model ${model} allows at most ${max} items`, { messageKey, params: { max, count } });
}

/** Checks a sale for the document model it goes on (its item limit is the model's). */
export function validateSale(sale: FiscalSale, model: FiscalDocumentModel): void {
  const fail = (code: string, message: string): never => {
    throw new FiscalSaleError(code, message);
  };
  if (sale.items.length === 0) fail('FISCAL_SALE_EMPTY', 'a fiscal sale needs at least one item');
  assertItemCountFits(sale, model);
  if (sale.payments.length === 0) fail('FISCAL_SALE_NO_PAYMENT', 'a fiscal sale needs a payment');
  for (const item of sale.items) {
    if (!/^\d{8}$/.test(item.ncm)) fail('FISCAL_ITEM_NCM_INVALID', `NCM must be 8 digits: ${item.code}`);
    if (!/^[5]\d{3}$/.test(item.cfop)) fail('FISCAL_ITEM_CFOP_INVALID', `NFC-e CFOP must be 5xxx: ${item.code}`);
    if (item.cest !== undefined && !/^\d{7}$/.test(item.cest)) fail('FISCAL_ITEM_CEST_INVALID', `CEST must be 7 digits: ${item.code}`);
    if (!Number.isSafeInteger(item.quantity) || item.quantity <= 0) fail('FISCAL_ITEM_QUANTITY_INVALID', item.code);
    if (!Number.isSafeInteger(item.unitPriceCents) || item.unitPriceCents <= 0) fail('FISCAL_ITEM_PRICE_INVALID', item.code);
    const discount = item.discountCents ?? 0;
    if (!Number.isSafeInteger(discount) || discount < 0 || discount >= lineGrossCents(item)) {
      fail('FISCAL_ITEM_DISCOUNT_INVALID', item.code);
    }
    const freight = item.freightCents ?? 0;
    if (!Number.isSafeInteger(freight) || freight < 0) fail('FISCAL_ITEM_FREIGHT_INVALID', item.code);
  }
  for (const payment of sale.payments) {
    if (!Number.isSafeInteger(payment.amountCents) || payment.amountCents < 0) fail('FISCAL_PAYMENT_INVALID', payment.method);
    const change = payment.changeCents ?? 0;
    if (!Number.isSafeInteger(change) || change < 0) fail('FISCAL_PAYMENT_INVALID', payment.method);
  }
  if (sale.consumerCpf !== undefined && !isValidCpf(sale.consumerCpf)) fail('FISCAL_CPF_INVALID', 'invalid CPF');
  if (sale.consumerCnpj !== undefined && (!isValidCnpj(sale.consumerCnpj) || sale.consumerCpf !== undefined)) fail('FISCAL_CNPJ_INVALID', 'invalid consumer CNPJ');
}

export function computeSale(sale: FiscalSale, model: FiscalDocumentModel): ComputedSale {
  validateSale(sale, model);
  const items = sale.items.map(computeItem);
  const grossCents = sum(items.map((i) => i.grossCents));
  const discountCents = sum(items.map((i) => i.discountCents));
  const freightCents = sum(items.map((i) => i.freightCents));
  const totalCents = grossCents - discountCents + freightCents;
  const settled = sum(sale.payments.map((p) => p.amountCents));
  if (settled !== totalCents) {
    throw new FiscalSaleError('FISCAL_PAYMENT_MISMATCH', `payments settle ${settled} but the total is ${totalCents}`);
  }
  const changeCents = sum(sale.payments.map((p) => p.changeCents ?? 0));
  const withReform = items.filter((i) => i.item.ibsCbs);
  return {
    items,
    grossCents,
    discountCents,
    freightCents,
    totalCents,
    icmsBaseCents: sum(items.map((i) => i.icmsBaseCents)),
    icmsCents: sum(items.map((i) => i.icmsCents)),
    pisCents: sum(items.map((i) => i.pisCents)),
    cofinsCents: sum(items.map((i) => i.cofinsCents)),
    ibsCbsBaseCents: sum(withReform.map((i) => i.netCents + i.freightCents)),
    ibsStateCents: sum(items.map((i) => i.ibsStateCents)),
    ibsCityCents: sum(items.map((i) => i.ibsCityCents)),
    cbsCents: sum(items.map((i) => i.cbsCents)),
    paidCents: settled + changeCents,
    changeCents,
  };
}
