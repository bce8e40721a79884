import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MessageCatalog } from '../../kernel/i18n/catalog.js';
import { FIRST_PAGE_BARCODE_BOX, renderDanfeNfe55Pdf } from '../danfe/danfe-nfe55-pdf.js';
import { fiscalMessages } from '../messages.pt-BR.js';
import { referencePaths } from '../shared/reference-paths.js';
import { runProcess, validateXml } from '../shared/xmllint.js';
import { SefazSimulator } from '../simulators/sefaz-simulator.js';
import { getDocument } from '../store/documents.js';
import { readDanfeBarcode, renderFirstPage } from '../test-support/danfe-png.js';
import { referencePresent, regimeNormalSale, simplesSale, testEmitterConfig } from '../test-support/fixtures.js';
import { startServiceHarness, type ServiceHarness } from '../test-support/service-harness.js';
import type { NfeBuyer } from './buyer.js';
import { isValidCnpj, isValidIe } from './company-ids.js';
import { Nfe55Service } from './nfe55-service.js';

const buyer: NfeBuyer = {
  cnpj: '11222333000181',
  ie: '110042490114',
  legalName: 'CONSTRUTORA EXEMPLO LTDA',
  email: 'fiscal@exemplo.com.br',
  address: { street: 'Avenida Paulista', number: '1000', complement: 'Sala 12', district: 'Bela Vista', cityCode: '3550308', cityName: 'Sao Paulo', uf: 'SP', cep: '01310100' },
};

describe('company ids', () => {
  it('checks CNPJ digits and the IE of the buyer state', () => {
    expect(isValidCnpj('11222333000181')).toBe(true);
    expect(isValidCnpj('11222333000182')).toBe(false);
    expect(isValidCnpj('11111111111111')).toBe(false);
    expect(isValidIe('110042490114', 'SP')).toBe(true);
    expect(isValidIe('110042490115', 'SP')).toBe(false);
    expect(isValidIe('060000015', 'CE')).toBe(true);
    expect(isValidIe('060000016', 'CE')).toBe(false);
    expect(isValidIe('12345', 'RJ')).toBe(false);
    expect(isValidIe('ISENTO', 'MG')).toBe(true);
  });
});

describe.runIf(referencePresent())('NF-e model 55 for a company buyer', () => {
  const simulator = new SefazSimulator();
  const catalog = new MessageCatalog();
  catalog.add('pt-BR', fiscalMessages);
  let dir: string;
  let h: ServiceHarness;
  let nfe: Nfe55Service;

  beforeAll(async () => {
    const baseUrl = await simulator.start();
    dir = mkdtempSync(join(tmpdir(), 'fiscal-nfe55-'));
    h = startServiceHarness(testEmitterConfig({ sefazBaseUrl: baseUrl, sefazCaPem: simulator.caPem }), { dir });
    nfe = new Nfe55Service(h.ctx, 1);
  });
  afterAll(async () => {
    h.close();
    await simulator.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('is authorized by the simulator, schema-valid, signed, numbered apart from the NFC-e', async () => {
    await nfe.request('order-nfe', buyer);
    expect(nfe.buyerFor('order-nfe')).toEqual(buyer);
    const doc = await nfe.emitForOrder(regimeNormalSale('order-nfe'), buyer);
    expect(doc).toMatchObject({ model: 55, status: 'AUTHORIZED', cStat: 100, number: 1, series: 1 });
    expect(doc.accessKey.slice(20, 22)).toBe('55');
    const row = getDocument(h.db, doc.id)!;
    const check = await validateXml(join(referencePaths.nfeSchemaDir(), 'procNFe_v4.00.xsd'), row.proc_xml!);
    expect(check.valid, check.output).toBe(true);
    expect(row.proc_xml).toContain('<mod>55</mod>');
    expect(row.proc_xml).toContain('<tpImp>1</tpImp>');
    expect(row.proc_xml).toContain('<CNPJ>11222333000181</CNPJ>');
    expect(row.proc_xml).toContain('<indIEDest>1</indIEDest><IE>110042490114</IE>');
    const file = join(dir, 'nfe55.xml');
    const pem = join(dir, 'signer.pem');
    writeFileSync(file, row.proc_xml!);
    writeFileSync(pem, h.ctx.certificate.certificatePem);
    const verify = await runProcess('xmlsec1', ['--verify', '--id-attr:Id', 'infNFe', '--trusted-pem', pem, file]);
    expect(verify.code, verify.output).toBe(0);
    // The same number 1 as an NFC-e is another document at SEFAZ.
    expect((await h.service.emitForOrder(simplesSale('order-nfce'))).number).toBe(1);
    expect(simulator.authorizedDocuments()).toHaveLength(2);
    // A replay returns the same NF-e.
    expect((await nfe.emitForOrder(regimeNormalSale('order-nfe'), buyer)).id).toBe(doc.id);
  });

  it('refuses an order whose NFC-e still stands, and a buyer from another state', async () => {
    await expect(nfe.emitForOrder(simplesSale('order-nfce'), buyer)).rejects.toMatchObject({ code: 'FISCAL_ORDER_ALREADY_DOCUMENTED', status: 409 });
    const outOfState = { ...buyer, ie: '060000015', address: { ...buyer.address, uf: 'CE', cityCode: '2304400' } };
    await expect(nfe.emitForOrder(simplesSale('order-ce'), outOfState)).rejects.toMatchObject({ code: 'FISCAL_NFE_INTERSTATE_NOT_SUPPORTED' });
    await expect(nfe.request('order-x', { ...buyer, cnpj: '11222333000182' })).rejects.toMatchObject({ code: 'FISCAL_BUYER_CNPJ_INVALID' });
  });

  it('renders the A4 DANFE whose barcode reads back as the access key', async () => {
    const doc = h.db.prepare("SELECT id FROM fiscal_documents WHERE model = 55").pluck().get() as string;
    const row = getDocument(h.db, doc)!;
    const pdf = await renderDanfeNfe55Pdf(row, (k, p) => catalog.t(k, p));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const pdfFile = join(dir, 'danfe.pdf');
    writeFileSync(pdfFile, pdf);
    const png = await renderFirstPage(pdfFile, join(dir, 'danfe'), 300, FIRST_PAGE_BARCODE_BOX.y + 50);
    expect(readDanfeBarcode(png, 300, FIRST_PAGE_BARCODE_BOX)).toBe(row.access_key);
    const text = await runProcess('pdftotext', ['-layout', pdfFile, '-']);
    expect(text.output).toContain('DANFE');
    expect(text.output).toContain('NF-E EMITIDA EM AMBIENTE DE HOMOLOGACAO');
    expect(text.output).toContain(row.protocol!);
  });
});
