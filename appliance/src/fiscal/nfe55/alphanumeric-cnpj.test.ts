/**
 * CNPJ of the buyer (NF-e model 55) and of the consumer ("CNPJ na nota").
 *
 * Since July 2026 the Receita Federal issues alphanumeric CNPJs (IN RFB 2.229/2024; its own
 * example 12.ABC.345/01DE-35): twelve characters [0-9A-Z] and two check digits computed on each
 * character's code minus 48 with the usual weights, which the NF-e layout takes (PL_010 TCnpj
 * `[0-9A-Z]{12}[0-9]{2}`). A company with such a CNPJ gets its NF-e at the till, typed with or
 * without punctuation, and its "CNPJ na nota" goes to the NFC-e's dest/CNPJ; a wrong check digit
 * is still refused (FISCAL_BUYER_CNPJ_INVALID, FISCAL_CNPJ_INVALID).
 */
import { describe, expect, it } from 'vitest';
import { computeSale } from '../nfce/compute-sale.js';
import { simplesSale } from '../test-support/fixtures.js';
import { assertBuyerIds, nfeBuyerSchema } from './buyer.js';

/** The Receita Federal's published example of an alphanumeric CNPJ. */
const ALPHANUMERIC_CNPJ = '12ABC34501DE35';

const buyer = (cnpj: string) =>
  nfeBuyerSchema.parse({
    cnpj,
    ie: 'ISENTO',
    legalName: 'EMPRESA NOVA LTDA',
    address: { street: 'Rua Augusta', number: '100', district: 'Consolacao', cityCode: '3550308', cityName: 'Sao Paulo', uf: 'SP', cep: '01304-001' },
  });

describe('alphanumeric CNPJ (IN RFB 2.229/2024)', () => {
  it('accepts a company buyer whose CNPJ is alphanumeric', () => {
    const parsed = buyer('12.ABC.345/01DE-35');
    expect(parsed.cnpj).toBe(ALPHANUMERIC_CNPJ);
    expect(() => assertBuyerIds(parsed)).not.toThrow();
    expect(() => assertBuyerIds(buyer('12ABC34501DE36'))).toThrow(expect.objectContaining({ code: 'FISCAL_BUYER_CNPJ_INVALID' }));
  });

  it('puts an alphanumeric consumer CNPJ on the NFC-e', () => {
    const sale = { ...simplesSale('order-cnpj-alfa'), consumerCnpj: ALPHANUMERIC_CNPJ };
    expect(() => computeSale(sale, 55)).not.toThrow();
    expect(() => computeSale({ ...sale, consumerCnpj: '12ABC34501DE36' }, 55)).toThrow(expect.objectContaining({ code: 'FISCAL_CNPJ_INVALID' }));
  });
});
