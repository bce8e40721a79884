import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { referencePaths } from '../shared/reference-paths.js';
import { validateXml } from '../shared/xmllint.js';
import { referencePresent, simplesSale } from '../test-support/fixtures.js';
import { buildDadosVenda, type SatStoreConfig } from './dados-venda-xml.js';
import { cancellationXml } from './sat-device.js';

const store: SatStoreConfig = {
  softwareHouseCnpj: '16716114000172',
  signAC: 'SGR-SAT SISTEMA DE GESTAO E RETAGUARDA DO SAT',
  checkoutNumber: 2,
  cnpj: '08723218000186',
  ie: '149626224113',
  im: '123123',
  issqnRegime: '3',
};

/**
 * "CNPJ na nota" (docs/fiscal.md "CPF/CNPJ na nota"): the order's consumer CNPJ is the sale's
 * `consumerCnpj`, and the CF-e layout 0.08 has dest/CNPJ for it (CfeDadosVendaAPL_0008.xsd: a
 * choice of CNPJ or CPF). A SAT / MF-e store puts the company's CNPJ in the CF-e, as the NFC-e
 * does, and its cancellation names the same consumer.
 */
describe.runIf(referencePresent())('CF-e dadosVenda of a sale with CNPJ na nota', () => {
  it('identifies the company consumer in dest/CNPJ, schema-valid', async () => {
    const sale = { ...simplesSale('sat-cnpj'), consumerCnpj: '11222333000181' };
    const xml = buildDadosVenda(sale, store);
    const check = await validateXml(join(referencePaths.satDir(), 'schemas', 'CfeDadosVendaAPL_0008.xsd'), xml);
    expect(check.valid, check.output).toBe(true);
    expect(xml).toContain('<dest><CNPJ>11222333000181</CNPJ></dest>');
  });

  it('names the same company in the cancellation (CancelarUltimaVenda)', () => {
    const xml = cancellationXml('35150708723218000186599000040190000215133408', store.softwareHouseCnpj, store.signAC, store.checkoutNumber, '11222333000181');
    expect(xml).toContain('<dest><CNPJ>11222333000181</CNPJ></dest>');
  });
});
