/** What the payments workflow hands to fiscal: a paid order in plain data (money in centavos). */
export interface FiscalSale {
  orderId: string;
  items: FiscalSaleItem[];
  payments: FiscalPayment[];
  /** 11 digits; printed on the DANFE and sent as dest/CPF. */
  consumerCpf?: string;
  /** 14 digits, a company consumer ("CNPJ na nota"); sent as dest/CNPJ. Never together with consumerCpf. */
  consumerCnpj?: string;
  /** Instant of the sale; defaults to the emission time. */
  soldAt?: string;
  /** Who receives a delivered order and where; makes a sale with freight a home delivery (indPres 4) when the consumer is identified. */
  delivery?: DeliveryRecipient;
}

/** The recipient of a home delivery as the order's delivery knows it (no IBGE code: the NFC-e takes the store's city). */
export interface DeliveryRecipient {
  name: string;
  street: string;
  number: string;
  complement?: string;
  district: string;
  cityName: string;
  uf: string;
  /** 8 digits, when known. */
  cep?: string;
}

export type IcmsTaxation =
  | { kind: 'CSOSN_102' } // Simples Nacional without credit
  | { kind: 'CSOSN_500' } // Simples Nacional, ICMS already charged by tax substitution
  | { kind: 'CST_00'; rateBasisPoints: number } // regime normal, fully taxed
  | { kind: 'CST_60' }; // regime normal, ICMS charged earlier by substitution

export type PisCofinsTaxation =
  | { kind: 'ALIQ'; cst: '01' | '02'; pisRateBasisPoints: number; cofinsRateBasisPoints: number }
  | { kind: 'NT'; cst: '04' | '05' | '06' | '07' | '08' | '09' }
  | { kind: 'OUTR'; cst: '49' | '99' };

/** 2026 tax reform (LC 214/2025) test-year groups; rates in basis points of the item base. */
export interface IbsCbsTaxation {
  cst: string; // 3 digits, e.g. "000"
  classCode: string; // cClassTrib, 6 digits, e.g. "000001"
  ibsStateRateBasisPoints: number;
  ibsCityRateBasisPoints: number;
  cbsRateBasisPoints: number;
}

export interface FiscalSaleItem {
  code: string;
  description: string;
  gtin?: string;
  ncm: string; // 8 digits
  cfop: string; // 4 digits, e.g. 5102 / 5405
  cest?: string; // 7 digits
  /** UNIT: quantity counts units; GRAM: quantity is grams and unitPriceCents is per kg. */
  unit: 'UNIT' | 'GRAM';
  quantity: number;
  unitPriceCents: number;
  discountCents?: number;
  /** This line's share of the delivery fee (vFrete): part of the total and of the line's tax bases. */
  freightCents?: number;
  origin?: number; // orig 0..8, default 0 (national)
  icms: IcmsTaxation;
  pisCofins: PisCofinsTaxation;
  ibsCbs?: IbsCbsTaxation;
}

export type PaymentMethod = 'CASH' | 'CREDIT' | 'DEBIT' | 'VOUCHER' | 'PIX' | 'OTHER';

export interface FiscalPayment {
  method: PaymentMethod;
  /** Part of the order total this payment settles. */
  amountCents: number;
  /** Cash change handed back (only CASH); vPag is amount + change. */
  changeCents?: number;
  /** Overrides the tPag derived from method (e.g. "11" meal voucher, "20" static PIX). */
  tPag?: string;
  description?: string; // xPag, required by SEFAZ for tPag 99
  /** brand is the tBand code; simulated marks the demo's virtual TEF (printed on the DANFE, never in the XML). */
  card?: { integrated: boolean; acquirerCnpj?: string; brand?: string; authorizationCode?: string; simulated?: boolean };
}
