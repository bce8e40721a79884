/**
 * A card taken on a standalone machine ("maquininha não integrada"): the POS never talks to it,
 * so the cashier may type the brand and the NSU printed on the machine's slip. Declared in the
 * NFC-e as tpIntegra 2, with the brand (tBand) when known and never an authorization code.
 */
export const CARD_BRANDS = ['VISA', 'MASTERCARD', 'AMEX', 'SOROCRED', 'DINERS', 'ELO', 'HIPERCARD', 'AURA', 'CABAL', 'OTHER'] as const;
export type CardBrand = (typeof CARD_BRANDS)[number];

export const STANDALONE_CARD_METHODS = new Set(['CREDIT', 'DEBIT', 'VOUCHER']);

export interface StandaloneCardInput {
  brand?: CardBrand;
  nsu?: string;
}

/** What the payment row keeps of a standalone-machine tender (`details`). */
export function standaloneCardDetails(input: StandaloneCardInput): Record<string, unknown> {
  return { entry: 'STANDALONE', brand: input.brand ?? null, nsu: input.nsu ?? null };
}
