/**
 * NF-e model 55 of a store whose own CNPJ is alphanumeric (IN RFB 2.229/2024): authorized under
 * the PL_010 layout, and its A4 DANFE carries the access key with letters in the hybrid
 * Code 128 (subset C for digits, A for the letters: NT 2025.001), which reads back as the key.
 * The inutilization of a number names the same CNPJ in its Id, as PL_010 takes it.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MessageCatalog } from '../../kernel/i18n/catalog.js';
import { code128Widths, decodeCode128 } from '../danfe/code128.js';
import { FIRST_PAGE_BARCODE_BOX, renderDanfeNfe55Pdf } from '../danfe/danfe-nfe55-pdf.js';
import { fiscalMessages } from '../messages.pt-BR.js';
import { isValidAccessKey } from '../nfce/access-key.js';
import { inutNFeXml } from '../sefaz/messages.js';
import { referencePaths } from '../shared/reference-paths.js';
import { runProcess, validateXml } from '../shared/xmllint.js';
import { loadA1Certificate } from '../signing/certificate.js';
import { SefazSimulator } from '../simulators/sefaz-simulator.js';
import { getDocument } from '../store/documents.js';
import { readDanfeBarcode, renderFirstPage } from '../test-support/danfe-png.js';
import { referencePresent, regimeNormalSale, testEmitterConfig } from '../test-support/fixtures.js';
import { startServiceHarness, type ServiceHarness } from '../test-support/service-harness.js';
import { storeA1 } from '../test-support/store-certificate.js';
import type { NfeBuyer } from './buyer.js';
import { Nfe55Service } from './nfe55-service.js';

/** The Receita Federal's own example of an alphanumeric CNPJ. */
const CNPJ = '12ABC34501DE35';

const buyer: NfeBuyer = {
  cnpj: '11222333000181',
  ie: '110042490114',
  legalName: 'CONSTRUTORA EXEMPLO LTDA',
  address: { street: 'Avenida Paulista', number: '1000', district: 'Bela Vista', cityCode: '3550308', cityName: 'Sao Paulo', uf: 'SP', cep: '01310100' },
};

describe('Code 128 of an access key with letters', () => {
  it('reads back what it encodes, digits-only keys as before in subset C', () => {
    for (const key of ['35260712ABC34501DE35550010000000011123456780', '35150300822602000124550010009923461099234656', 'A', '1A23', '12ABC3']) {
      expect(decodeCode128(code128Widths(key))).toBe(key);
    }
    // 44 digits: start C, 22 pairs, check symbol (11 modules each) and the 13-module stop.
    expect(code128Widths('35150300822602000124550010009923461099234656').reduce((a, b) => a + b, 0)).toBe(24 * 11 + 13);
    expect(() => code128Widths('12abc')).toThrow();
  });
});

describe.runIf(referencePresent())('NF-e model 55 of a store with an alphanumeric CNPJ', () => {
  const simulator = new SefazSimulator();
  const catalog = new MessageCatalog();
  catalog.add('pt-BR', fiscalMessages);
  const certificate = { pfx: storeA1(CNPJ, 'CANTINA NOVA LTDA', 'senha'), password: 'senha' };
  let dir: string;
  let h: ServiceHarness;
  let nfe: Nfe55Service;

  beforeAll(async () => {
    const baseUrl = await simulator.start();
    dir = mkdtempSync(join(tmpdir(), 'nfe55-alphanumeric-'));
    h = startServiceHarness(testEmitterConfig({ cnpj: CNPJ, certificate, sefazBaseUrl: baseUrl, sefazCaPem: simulator.caPem }), { dir });
    nfe = new Nfe55Service(h.ctx, 1);
  });
  afterAll(async () => {
    h.close();
    await simulator.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('is authorized, PL_010 schema-valid, with the CNPJ in emit and in a key whose check digit holds', async () => {
    await nfe.request('order-nfe-alfa', buyer);
    const doc = await nfe.emitForOrder(regimeNormalSale('order-nfe-alfa'), buyer);
    expect(doc).toMatchObject({ model: 55, status: 'AUTHORIZED', cStat: 100 });
    expect(doc.accessKey.slice(6, 20)).toBe(CNPJ);
    expect(isValidAccessKey(doc.accessKey)).toBe(true);
    const row = getDocument(h.db, doc.id)!;
    expect(row.proc_xml).toContain(`<emit><CNPJ>${CNPJ}</CNPJ>`);
    const check = await validateXml(join(referencePaths.taxReformSchemaDir(), 'procNFe_v4.00.xsd'), row.proc_xml!);
    expect(check.valid, check.output).toBe(true);
  });

  it('prints the CNPJ formatted on the A4 DANFE, whose barcode reads back as the key with letters', async () => {
    const row = getDocument(h.db, h.db.prepare('SELECT id FROM fiscal_documents WHERE model = 55').pluck().get() as string)!;
    const pdfFile = join(dir, 'danfe.pdf');
    writeFileSync(pdfFile, await renderDanfeNfe55Pdf(row, (k, p) => catalog.t(k, p)));
    const png = await renderFirstPage(pdfFile, join(dir, 'danfe'), 300, FIRST_PAGE_BARCODE_BOX.y + 50);
    expect(readDanfeBarcode(png, 300, FIRST_PAGE_BARCODE_BOX)).toBe(row.access_key);
    expect((await runProcess('pdftotext', ['-layout', pdfFile, '-'])).output).toContain('12.ABC.345/01DE-35');
  });

  it('inutilizes a number with the CNPJ in the Id, as PL_010 takes it', async () => {
    const xml = inutNFeXml(
      { environment: 2, ufCode: 35, year: 2026, cnpj: CNPJ, model: 55, series: 1, firstNumber: 7, lastNumber: 7, justification: 'Numero pulado por falha do sistema' },
      loadA1Certificate(certificate.pfx, certificate.password),
    );
    expect(xml).toContain(`Id="ID3526${CNPJ}55001000000007000000007"`);
    const check = await validateXml(join(referencePaths.taxReformSchemaDir(), 'inutNFe_v4.00.xsd'), xml);
    expect(check.valid, check.output).toBe(true);
  });
});
