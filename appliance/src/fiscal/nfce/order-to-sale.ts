import { AppError } from '../../kernel/errors.js';
import type { EmitterConfig } from './emitter-config.js';
import type { DeliveryRecipient, FiscalPayment, FiscalSale, FiscalSaleItem, IbsCbsTaxation, IcmsTaxation, PisCofinsTaxation } from './sale-types.js';

/** How the items of one catalog tax group (product.fiscal.taxGroup) are taxed; set by the accountant. */
export interface TaxGroupRule {
  icms: IcmsTaxation;
  pisCofins: PisCofinsTaxation;
  ibsCbs?: IbsCbsTaxation;
}

/**
 * Defaults for the catalog's demo groups. FOOD: taxed normally; DRINK_ST: ICMS already paid by
 * tax substitution (CFOP 5405). A store going live replaces them in config.json (taxGroups).
 */
export function defaultTaxGroups(crt: EmitterConfig['crt']): Record<string, TaxGroupRule> {
  if (crt === 3) {
    const pisCofins: PisCofinsTaxation = { kind: 'ALIQ', cst: '01', pisRateBasisPoints: 165, cofinsRateBasisPoints: 760 };
    return {
      FOOD: { icms: { kind: 'CST_00', rateBasisPoints: 1800 }, pisCofins },
      DRINK_ST: { icms: { kind: 'CST_60' }, pisCofins: { kind: 'NT', cst: '04' } },
    };
  }
  return {
    FOOD: { icms: { kind: 'CSOSN_102' }, pisCofins: { kind: 'OUTR', cst: '49' } },
    DRINK_ST: { icms: { kind: 'CSOSN_500' }, pisCofins: { kind: 'OUTR', cst: '49' } },
  };
}

/** An order line as the workflow knows it: order item + the product's catalog fiscal fields. */
export interface PaidOrderLine {
  code: string; // sku or product id
  description: string;
  gtin?: string | null;
  unit: 'UNIT' | 'GRAM';
  quantity: number;
  unitPriceCents: number; // per unit, or per kg for GRAM
  discountCents?: number; // this line's share of every discount
  freightCents?: number; // this line's share of the delivery fee
  fiscal: { ncm: string | null; cfop: string | null; cest: string | null; taxGroup: string | null };
}

export interface PaidOrder {
  orderId: string;
  lines: PaidOrderLine[];
  payments: FiscalPayment[];
  consumerCpf?: string;
  consumerCnpj?: string;
  /** The recipient of an order delivered with a fee. */
  delivery?: DeliveryRecipient;
}

const fail = (code: string, details: unknown): never => {
  throw new AppError(code, 422, code, details);
};

/** Builds the FiscalSale of a paid order from its lines and the store's tax groups. */
export function fiscalSaleFromOrder(order: PaidOrder, taxGroups: Record<string, TaxGroupRule>): FiscalSale {
  const items: FiscalSaleItem[] = order.lines.map((line) => {
    const { ncm, cfop, cest, taxGroup } = line.fiscal;
    if (!ncm || !cfop) return fail('FISCAL_ITEM_FISCAL_DATA_MISSING', { code: line.code });
    // ISS services (CFOP 5933, e.g. billiards time) do not go in an NFC-e.
    if (cfop === '5933') return fail('FISCAL_ITEM_SERVICE_NOT_ALLOWED', { code: line.code });
    const rule = taxGroup ? taxGroups[taxGroup] : undefined;
    if (!rule) return fail('FISCAL_ITEM_TAX_GROUP_UNKNOWN', { code: line.code, taxGroup });
    return {
      code: line.code,
      description: line.description,
      gtin: line.gtin ?? undefined,
      ncm: ncm!,
      cfop: cfop!,
      cest: cest ?? undefined,
      unit: line.unit,
      quantity: line.quantity,
      unitPriceCents: line.unitPriceCents,
      discountCents: line.discountCents,
      freightCents: line.freightCents,
      icms: rule!.icms,
      pisCofins: rule!.pisCofins,
      ibsCbs: rule!.ibsCbs,
    };
  });
  return { orderId: order.orderId, items, payments: order.payments, consumerCpf: order.consumerCpf, consumerCnpj: order.consumerCnpj, delivery: order.delivery };
}
