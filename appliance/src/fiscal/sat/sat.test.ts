import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MessageCatalog } from '../../kernel/i18n/catalog.js';
import { fiscalMessages } from '../messages.pt-BR.js';
import { isValidAccessKey } from '../nfce/access-key.js';
import { referencePaths } from '../shared/reference-paths.js';
import { validateFiles, validateXml } from '../shared/xmllint.js';
import { buildSatEmulator } from '../simulators/build-sat-emulator.js';
import { referencePresent, regimeNormalSale, simplesSale } from '../test-support/fixtures.js';
import { buildDadosVenda, type SatStoreConfig } from './dados-venda-xml.js';
import { buildSatExtrato } from './extrato.js';
import { KoffiSatLibrary } from './koffi-sat-library.js';
import { cancellationXml, SatDevice } from './sat-device.js';

const store: SatStoreConfig = {
  softwareHouseCnpj: '16716114000172',
  signAC: 'SGR-SAT SISTEMA DE GESTAO E RETAGUARDA DO SAT',
  checkoutNumber: 2,
  cnpj: '08723218000186',
  ie: '149626224113',
  im: '123123',
  issqnRegime: '3',
};

describe.runIf(referencePresent())('SAT CF-e dadosVenda layout 0.08', () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'sat-xml-'))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('validates against CfeDadosVendaAPL_0008.xsd for Simples Nacional and regime normal sales', async () => {
    const files = [simplesSale(), regimeNormalSale()].map((sale, i) => {
      const file = join(dir, `dados-venda-${i}.xml`);
      writeFileSync(file, buildDadosVenda(sale, store));
      return file;
    });
    const result = await validateFiles(join(referencePaths.satDir(), 'schemas', 'CfeDadosVendaAPL_0008.xsd'), files);
    expect(result.valid, result.output).toBe(true);
    const xml = buildDadosVenda(regimeNormalSale(), store);
    expect(xml).toContain('<PISAliq><CST>01</CST><vBC>35.00</vBC><pPIS>0.0165</pPIS></PISAliq>');
    expect(xml).toContain('<ICMS00><Orig>0</Orig><CST>00</CST><pICMS>18.00</pICMS></ICMS00>');
    expect(buildDadosVenda(simplesSale(), store)).toContain('<MP><cMP>01</cMP><vMP>50.00</vMP></MP>');
  });
});

describe('SAT library over FFI (koffi) with the in-repo C emulator', () => {
  let dir: string;
  let library: KoffiSatLibrary;
  let device: SatDevice;
  const catalog = new MessageCatalog();
  catalog.add('pt-BR', fiscalMessages);

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'sat-ffi-'));
    library = new KoffiSatLibrary(buildSatEmulator(dir));
    device = new SatDevice(library, '12345678');
  });
  afterAll(() => {
    library.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses work before activation, then activates and links the AC signature', () => {
    expect(() => device.status()).toThrow(expect.objectContaining({ code: 'SAT_10002' }));
    expect(device.activate(store.cnpj, 35).code).toBe('04000');
    expect(() => device.activate(store.cnpj, 35)).toThrow(expect.objectContaining({ code: 'SAT_04003' }));
    expect(device.associateSignature(store.softwareHouseCnpj + store.cnpj, store.signAC).code).toBe('13000');
    expect(device.ping().code).toBe('08000');
    expect(() => new SatDevice(library, 'wrong-code').status()).toThrow(expect.objectContaining({ code: 'SAT_10001' }));
  });

  it('round trip: sells, prints an extrato with QR, reads the operational status and cancels the last sale', () => {
    const sale = simplesSale('sat-order');
    sale.consumerCpf = '52998224725';
    const result = device.sell(buildDadosVenda(sale, store));
    expect(isValidAccessKey(result.accessKey)).toBe(true);
    expect(result.accessKey.slice(20, 22)).toBe('59');
    expect(result.totalCents).toBe(9635);
    expect(result.consumerDocument).toBe('52998224725');
    expect(result.cfeXml).toContain(`<infCFe Id="CFe${result.accessKey}"`);
    expect(result.cfeXml).toContain('<vCFe>96.35</vCFe>');

    const extrato = buildSatExtrato(sale, result, { legalName: 'TANCA INFORMATICA', cnpj: store.cnpj, ie: store.ie }, (k, p) => catalog.t(k, p));
    expect(extrato.lines).toContain('CUPOM FISCAL ELETRÔNICO - SAT');
    expect(extrato.lines).toContain('CPF/CNPJ do Consumidor: 529.982.247-25');
    expect(extrato.lines).toContain(`CNPJ 08.723.218/0001-86 IE ${store.ie}`);
    expect(extrato.lines).toContain(`Extrato No. ${result.accessKey.slice(31, 37)}`);
    expect(extrato.lines.some((l) => /^TOTAL R\$ +96,35$/.test(l))).toBe(true);
    expect(extrato.qrCode).toBe(`${result.accessKey}|${result.timestamp}|96.35|52998224725|${result.qrSignature}`);
    expect(extrato.blocks.filter((b) => b.kind === 'qr')).toHaveLength(1);

    expect(device.status().fields.lastCfe).toBe(result.accessKey);
    const cancelled = device.cancelLast(result.accessKey, cancellationXml(result.accessKey, store.softwareHouseCnpj, store.signAC, 2, sale.consumerCpf));
    expect(cancelled.cfeXml).toContain(`chCanc="CFe${result.accessKey}"`);
    expect(device.lastFiscalSession().code).toBe('07000');
    expect(() => device.cancelLast(result.accessKey, cancellationXml(result.accessKey, store.softwareHouseCnpj, store.signAC, 2))).toThrow(
      expect.objectContaining({ code: 'SAT_07002' }),
    );
  });

  it.runIf(referencePresent())('returns a CF-e completed as a device does, valid against CfeDadosVendaSAT_0008.xsd', async () => {
    const schema = join(referencePaths.satDir(), 'schemas', 'CfeDadosVendaSAT_0008.xsd');
    const normal = device.sell(buildDadosVenda(regimeNormalSale('sat-normal'), store));
    const simples = device.sell(buildDadosVenda(simplesSale('sat-simples'), store));
    for (const sale of [normal, simples]) {
      const check = await validateXml(schema, sale.cfeXml);
      expect(check.valid, check.output).toBe(true);
      expect(sale.cfeXml).toContain(`<nCFe>${sale.accessKey.slice(31, 37)}</nCFe>`);
      expect(sale.qrSignature).toHaveLength(344);
    }
    // 18 % ICMS and PIS 1.65 % / COFINS 7.6 % over each item, summed into ICMSTot.
    expect(normal.cfeXml).toMatch(/<ICMS00><Orig>0<\/Orig><CST>00<\/CST><pICMS>18.00<\/pICMS><vICMS>\d+\.\d{2}<\/vICMS><\/ICMS00>/);
    expect(normal.cfeXml).toContain('<PISAliq><CST>01</CST><vBC>35.00</vBC><pPIS>0.0165</pPIS><vPIS>0.58</vPIS></PISAliq>');
    expect(simples.cfeXml).toContain('<vCFe>96.35</vCFe>');
    expect(simples.cfeXml).toMatch(/<vTroco>\d+\.\d{2}<\/vTroco><\/pgto>/);
  });
});
