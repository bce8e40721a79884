/**
 * Texts people type reach the NFC-e as they typed them, within what SEFAZ accepts: the layout's
 * text fields take Latin-1 characters only (TString, [ -ÿ]). A product named on a phone or a Mac
 * ("X-Burger “especial” – 200g", "Pão de queijo 🧀", an accent typed as a combining mark) or a
 * delivery recipient who wrote their name with an emoji in the chat made SEFAZ refuse every sale
 * of it (225, schema failure) after the customer had left. Typographic quotes and dashes become
 * their plain forms, accents stay, what Latin-1 cannot write is left out. A product saved with a
 * name Latin-1 cannot write at all (only emoji) goes on the note under its code, since an empty
 * product name fails the schema too (the catalog no longer takes such names).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { referencePaths } from '../shared/reference-paths.js';
import { cleanText } from '../shared/xml-text.js';
import { validateXml } from '../shared/xmllint.js';
import { loadA1Certificate } from '../signing/certificate.js';
import { referencePresent, regimeNormalSale, testEmitterConfig } from '../test-support/fixtures.js';
import { buildDadosVenda } from '../sat/dados-venda-xml.js';
import { issueNfce } from './issue-nfce.js';

describe('texts typed by people in the NFC-e', () => {
  it('keeps accents, makes typographic punctuation plain and leaves out what Latin-1 cannot write', () => {
    expect(cleanText('X-Burger “especial” – 200g', 120)).toBe('X-Burger "especial" - 200g');
    expect(cleanText('D’Ajuda… pão', 120)).toBe("D'Ajuda... pão");
    expect(cleanText('Pão de queijo 🧀 quentinho', 120)).toBe('Pão de queijo quentinho');
    // "ã" typed as "a" + U+0303 (macOS and some keyboards): one Latin-1 letter.
    expect(cleanText('Pa\u0303o com ac\u0327ai\u0301', 120)).toBe('Pão com açaí');
    expect(cleanText('Café — R$ 5 • €2', 120)).toBe('Café - R$ 5 - EUR2');
  });

  it.runIf(referencePresent())('an NFC-e with such a product and recipient validates against nfe_v4.00.xsd', async () => {
    const config = { ...testEmitterConfig(), crt: 3 as const, environment: 'production' as const };
    const certificate = loadA1Certificate(config.certificate.pfx, config.certificate.password);
    const sale = regimeNormalSale('typed-texts');
    sale.items[0]!.description = 'X-Burger “especial” – 200g 🍔';
    sale.items[1]!.description = 'Cerveja D’Ajuda long neck';
    sale.items[0]!.freightCents = 500;
    sale.payments[1]!.amountCents += 500;
    sale.delivery = { name: 'Maria 😀 Souza', street: 'Rua “das Flores”', number: '100', complement: 'apto 12 — fundos', district: 'Pinheiros', cityName: 'São Paulo', uf: 'SP' };
    const issued = issueNfce(config, certificate, sale, { number: 10, randomCode: '10203049', issuedAt: new Date('2026-11-23T15:04:05Z') });
    const check = await validateXml(referencePaths.nfeSchema(), issued.signedXml);
    expect(check.valid, check.output).toBe(true);
    expect(issued.signedXml).toContain('<xProd>X-Burger "especial" - 200g</xProd>');
    expect(issued.signedXml).toContain('<xNome>Maria Souza</xNome>');
  });

  it.runIf(referencePresent())('a product named only with emoji goes on the NFC-e and the CF-e under its code, and both validate', async () => {
    const config = { ...testEmitterConfig(), crt: 3 as const, environment: 'production' as const };
    const certificate = loadA1Certificate(config.certificate.pfx, config.certificate.password);
    const sale = regimeNormalSale('emoji-only');
    sale.items[0]!.description = '🍔🍟';
    sale.items[0]!.code = 'COMBO-7';
    const issued = issueNfce(config, certificate, sale, { number: 11, randomCode: '10203050', issuedAt: new Date('2026-11-23T15:04:05Z') });
    const nfce = await validateXml(referencePaths.nfeSchema(), issued.signedXml);
    expect(nfce.valid, nfce.output).toBe(true);
    expect(issued.signedXml).toContain('<cProd>COMBO-7</cProd><cEAN>SEM GTIN</cEAN><xProd>COMBO-7</xProd>');

    const store = { softwareHouseCnpj: '16716114000172', signAC: 'SGR-SAT SISTEMA DE GESTAO E RETAGUARDA DO SAT', checkoutNumber: 1, cnpj: '06157250000116', ie: '111111111111' };
    const dadosVenda = buildDadosVenda({ ...sale, consumerCpf: undefined }, store);
    const cfe = await validateXml(join(referencePaths.satDir(), 'schemas', 'CfeDadosVendaAPL_0008.xsd'), dadosVenda);
    expect(cfe.valid, cfe.output).toBe(true);
    expect(dadosVenda).toContain('<xProd>COMBO-7</xProd>');
  });
});
