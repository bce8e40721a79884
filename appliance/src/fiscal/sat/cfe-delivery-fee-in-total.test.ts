/**
 * A SAT / MF-e store's delivery order: the delivery fee the customer pays is part of the sale, so
 * the CF-e declares it (each line's share as `vOutro`, "outras despesas acessórias", the one place
 * layout 0.08 has for it) and its total (vCFe) is what the customer paid. Left out, the CF-e
 * declared less revenue than the store took and the fee came out as change (vTroco) handed back,
 * even on a card sale paid to the cent.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SatSettings } from '../document-type-settings.js';
import type { FiscalSale } from '../nfce/sale-types.js';
import { referencePaths } from '../shared/reference-paths.js';
import { validateXml } from '../shared/xmllint.js';
import { buildSatEmulator } from '../simulators/build-sat-emulator.js';
import { getDocument } from '../store/documents.js';
import { referencePresent, regimeNormalSale, simplesSale, testEmitterConfig } from '../test-support/fixtures.js';
import { startServiceHarness, type ServiceHarness } from '../test-support/service-harness.js';
import { buildDadosVenda } from './dados-venda-xml.js';
import { SatEmitter } from './sat-emitter.js';

/** The Simples sale (R$ 96,35) delivered for a R$ 7,00 fee split over its lines, paid by card to the cent. */
function deliveredSale(orderId: string): FiscalSale {
  const sale = simplesSale(orderId);
  sale.items[0]!.freightCents = 400;
  sale.items[2]!.freightCents = 300;
  sale.payments = [{ method: 'CREDIT', amountCents: 10335 }];
  return sale;
}

describe.runIf(referencePresent())('a delivery order on SAT / MF-e: the fee is in the CF-e', () => {
  let dir: string;
  let h: ServiceHarness;
  let settings: SatSettings;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'cfe-delivery-fee-'));
    settings = { libraryPath: buildSatEmulator(dir), activationCode: '87654321', softwareHouseCnpj: '16716114000172', signAC: 'SGR-SAT SISTEMA DE GESTAO E RETAGUARDA DO SAT', checkoutNumber: 1 };
    h = startServiceHarness(testEmitterConfig(), { dir });
  });
  afterAll(() => {
    h.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('declares each line\'s share of the fee as vOutro, and the dadosVenda is valid for the layout', async () => {
    const store = { softwareHouseCnpj: settings.softwareHouseCnpj, signAC: settings.signAC, checkoutNumber: 1, cnpj: '08723218000186', ie: '149626224113' };
    const xml = buildDadosVenda(deliveredSale('cfe-fee-xml'), store);
    expect(xml).toContain('<indRegra>A</indRegra><vOutro>4.00</vOutro>');
    expect(xml).toContain('<indRegra>T</indRegra><vOutro>3.00</vOutro>');
    const check = await validateXml(join(referencePaths.satDir(), 'schemas', 'CfeDadosVendaAPL_0008.xsd'), xml);
    expect(check.valid, check.output).toBe(true);
  });

  it('taxes the fee with the line it belongs to, as the NFC-e does', () => {
    const sale = regimeNormalSale('cfe-fee-taxes');
    sale.items[0]!.freightCents = 500;
    sale.payments = [{ method: 'PIX', amountCents: 7600 }];
    const xml = buildDadosVenda(sale, { softwareHouseCnpj: settings.softwareHouseCnpj, signAC: settings.signAC, checkoutNumber: 1, cnpj: '08723218000186', ie: '149626224113' });
    expect(xml).toContain('<PISAliq><CST>01</CST><vBC>40.00</vBC><pPIS>0.0165</pPIS></PISAliq>');
  });

  it('stores a CF-e whose total is what the customer paid, with no change on a card paid to the cent', async () => {
    const doc = await new SatEmitter(h.ctx, settings).emitForOrder(deliveredSale('cfe-fee-1'));
    expect(doc.totalCents).toBe(10335);
    const cfe = getDocument(h.db, doc.id)!.proc_xml!;
    expect(cfe).toContain('<vOutro>7.00</vOutro></ICMSTot><vCFe>103.35</vCFe>');
    expect(cfe).toContain('<vTroco>0.00</vTroco>');
    const check = await validateXml(join(referencePaths.satDir(), 'schemas', 'CfeDadosVendaSAT_0008.xsd'), cfe);
    expect(check.valid, check.output).toBe(true);
  });
});
