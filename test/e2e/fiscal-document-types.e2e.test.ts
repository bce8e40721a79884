import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIRST_PAGE_BARCODE_BOX } from '../../appliance/src/fiscal/danfe/danfe-nfe55-pdf.js';
import { fiscalReferenceAvailable, loadA1Certificate, referencePaths, writeDemoSettings } from '../../appliance/src/fiscal/index.js';
import { runProcess, validateFiles } from '../../appliance/src/fiscal/shared/xmllint.js';
import { buildSatEmulator } from '../../appliance/src/fiscal/simulators/build-sat-emulator.js';
import { SefazSimulator } from '../../appliance/src/fiscal/simulators/sefaz-simulator.js';
import { readDanfeBarcode, renderFirstPage } from '../../appliance/src/fiscal/test-support/danfe-png.js';
import { waitUntil } from '../../appliance/src/kernel/testing/wait-until.js';
import { spawnAppliance, type ApplianceProcess } from '../support/appliance-process.js';
import { ApiClient } from '../support/http-client.js';

interface FiscalDocument {
  id: string;
  orderId: string;
  model: number;
  number: number;
  accessKey: string;
  status: string;
  protocol: string | null;
  qrCode: string;
  totalCents: number;
}

const BUYER = {
  cnpj: '23.456.789/0001-95',
  ie: '06123456-7',
  legalName: 'CONSTRUTORA JANGADA LTDA',
  email: 'compras@jangada.com.br',
  address: { street: 'Avenida Beira Mar', number: '3000', complement: 'Sala 501', district: 'Meireles', cityCode: '2304400', cityName: 'Fortaleza', uf: 'CE', cep: '60165-121' },
};

const until = <T>(what: string, probe: () => Promise<T | undefined>) =>
  waitUntil(what, probe, (value) => value !== undefined, { timeoutMs: 20_000, intervalMs: 100 }) as Promise<T>;

/**
 * Document types end to end against the BUILT appliance, as a store in Ceará: paid orders become
 * MF-e (CF-e model 59) through the in-repo SAT emulator library loaded with koffi, and an order for
 * a company becomes an NF-e model 55 authorized by the SEFAZ simulator, with its A4 DANFE as PDF.
 * With CHEFIA_E2E_ARTIFACTS_DIR set, the rendered DANFE page is copied there to be looked at.
 */
describe.runIf(fiscalReferenceAvailable())('fiscal document types end to end (MF-e store in Ceará, NF-e 55 on request)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'chefia-doctypes-e2e-'));
  const work = join(dataDir, 'check');
  const sefaz = new SefazSimulator();
  let appliance: ApplianceProcess;
  let admin: ApiClient;
  let cashier: ApiClient;
  let certificatePem: string;

  beforeAll(async () => {
    mkdirSync(work);
    const sefazUrl = await sefaz.start();
    const configFile = writeDemoSettings(dataDir);
    const fiscalDir = join(dataDir, 'fiscal');
    writeFileSync(join(fiscalDir, 'sefaz-ca.pem'), sefaz.caPem);
    buildSatEmulator(fiscalDir);
    const config = JSON.parse(readFileSync(configFile, 'utf8'));
    Object.assign(config, {
      address: { street: 'Rua Barao do Rio Branco', number: '1000', district: 'Centro', cityCode: '2304400', cityName: 'Fortaleza', uf: 'CE', cep: '60025061' },
      documentType: 'MFE',
      sat: { libraryPath: 'libsat.so', activationCode: '12345678', softwareHouseCnpj: '16716114000172', signAC: 'SGR-SAT SISTEMA DE GESTAO E RETAGUARDA DO SAT', checkoutNumber: 1 },
      nfe: { series: 1 },
      sefazBaseUrl: sefazUrl,
      sefazCaFile: 'sefaz-ca.pem',
    });
    writeFileSync(configFile, JSON.stringify(config, null, 2));
    certificatePem = loadA1Certificate(readFileSync(join(fiscalDir, config.certificate.path)), config.certificate.password).certificatePem;
    await startStore();
    const session = await cashier.post('/cashier-sessions', { terminalId: 'POS-1', openingFloatCents: 10_000 });
    expect(session.status, JSON.stringify(session.body)).toBe(201);
  }, 120_000);

  afterAll(async () => {
    await appliance?.stop();
    await sefaz.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  async function startStore(): Promise<void> {
    appliance = await spawnAppliance({ dataDir, env: { CHEFIA_DEMO: '1', CHEFIA_LOG_LEVEL: 'warn' }, readyTimeoutMs: 60_000 });
    admin = await new ApiClient(appliance.baseUrl).login();
    cashier = await new ApiClient(appliance.baseUrl).login('caixa', 'Caixa#2026');
  }

  async function newOrder(): Promise<{ id: string; totalCents: number }> {
    const created = await cashier.post('/orders', { channel: 'COUNTER', items: [{ productId: 'prod-fries', quantity: 2 }, { productId: 'prod-coke', quantity: 1 }] });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const order = created.body.data as { id: string; totalCents: number };
    expect((await cashier.post(`/orders/${order.id}/confirm`)).status).toBe(200);
    return order;
  }

  async function pay(order: { id: string; totalCents: number }): Promise<void> {
    const paid = await cashier.post(`/orders/${order.id}/payments`, { method: 'CASH', tenderedCents: Math.ceil((order.totalCents + 1) / 1000) * 1000 });
    expect(paid.status, JSON.stringify(paid.body)).toBe(201);
  }

  const documentOf = (orderId: string, model: number) =>
    until(`${orderId} model ${model} authorized`, async () => {
      const res = await admin.get<FiscalDocument[]>(`/fiscal/documents?orderId=${orderId}`);
      return res.body.data.find((d) => d.model === model && d.status === 'AUTHORIZED');
    });

  const download = async (path: string, file: string): Promise<Buffer> => {
    const res = await fetch(`${appliance.baseUrl}/api/v1${path}`, { headers: { authorization: `Bearer ${admin.token}` } });
    expect(res.status).toBe(200);
    const body = Buffer.from(await res.arrayBuffer());
    writeFileSync(join(work, file), body);
    return body;
  };

  it('emits an MF-e through the SAT library on payment, stores a schema-valid CF-e and prints its extrato', async () => {
    const order = await newOrder();
    await pay(order);
    const cfe = await documentOf(order.id, 59);
    expect(cfe.accessKey.slice(0, 2)).toBe('23'); // Ceará
    expect(cfe.accessKey.slice(20, 22)).toBe('59');
    expect(cfe.totalCents).toBe(order.totalCents);
    const xml = (await download(`/fiscal/documents/${cfe.id}/xml`, 'cfe.xml')).toString('utf8');
    expect(xml).toContain(`<infCFe Id="CFe${cfe.accessKey}"`);
    const check = await validateFiles(join(referencePaths.satDir(), 'schemas', 'CfeDadosVendaSAT_0008.xsd'), [join(work, 'cfe.xml')]);
    expect(check.valid, check.output).toBe(true);
    expect(sefaz.requests.filter((r) => r.operation === 'NFeAutorizacao4')).toHaveLength(0); // no NFC-e in an MF-e store

    const receipt = await until('extrato printed', async () => {
      const jobs = (await admin.get<{ status: string; kind: string; source: { id: string } | null }[]>('/print-jobs?size=100')).body.data;
      if (!jobs.some((j) => j.source?.id === cfe.id && j.kind === 'extrato_cfe' && j.status === 'DONE')) return undefined;
      const dir = join(dataDir, 'receipts');
      return readdirSync(dir)
        .filter((name) => name.endsWith('.txt'))
        .map((name) => readFileSync(join(dir, name), 'utf8'))
        .find((text) => text.replace(/\s+/g, '').includes(cfe.accessKey));
    });
    expect(receipt).toContain('CUPOM FISCAL ELETRÔNICO - MF-e');
    expect(receipt).toContain(`Extrato No. ${cfe.accessKey.slice(31, 37)}`);
  });

  it('issues an NF-e 55 for a company asked for before payment: authorized, schema-valid, signature verified, DANFE rendered', async () => {
    const order = await newOrder();
    const requested = await cashier.post(`/orders/${order.id}/fiscal/nfe`, BUYER);
    expect(requested.status, JSON.stringify(requested.body)).toBe(202);
    expect(requested.body.data).toMatchObject({ status: 'REQUESTED', buyer: { cnpj: '23456789000195', ie: '061234567' } });
    await pay(order);
    const nfe = await documentOf(order.id, 55);
    expect(nfe.accessKey.slice(20, 22)).toBe('55');
    expect(sefaz.authorizedDocuments().map((d) => d.accessKey)).toEqual([nfe.accessKey]);
    const all = (await admin.get<FiscalDocument[]>(`/fiscal/documents?orderId=${order.id}`)).body.data;
    expect(all.map((d) => d.model)).toEqual([55]); // the NF-e replaces the MF-e for this sale

    await download(`/fiscal/documents/${nfe.id}/xml`, 'nfe.xml');
    const schema = await validateFiles(join(referencePaths.nfeSchemaDir(), 'procNFe_v4.00.xsd'), [join(work, 'nfe.xml')]);
    expect(schema.valid, schema.output).toBe(true);
    writeFileSync(join(work, 'signer.pem'), certificatePem);
    const verify = await runProcess('xmlsec1', ['--verify', '--id-attr:Id', 'infNFe', '--trusted-pem', join(work, 'signer.pem'), join(work, 'nfe.xml')]);
    expect(verify.code, verify.output).toBe(0);

    const pdf = await download(`/fiscal/documents/${nfe.id}/danfe.pdf`, 'danfe.pdf');
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const barcodePng = await renderFirstPage(join(work, 'danfe.pdf'), join(work, 'barcode'), 300, FIRST_PAGE_BARCODE_BOX.y + 50);
    expect(readDanfeBarcode(barcodePng, 300, FIRST_PAGE_BARCODE_BOX)).toBe(nfe.accessKey);
    const page = await renderFirstPage(join(work, 'danfe.pdf'), join(work, 'danfe-page'), 110);
    const text = await runProcess('pdftotext', ['-layout', join(work, 'danfe.pdf'), '-']);
    for (const expected of ['DANFE', 'CHAVE DE ACESSO', nfe.protocol!, '23.456.789/0001-95', 'DADOS DOS PRODUTOS', 'CÁLCULO DO IMPOSTO']) expect(text.output).toContain(expected);
    if (process.env.CHEFIA_E2E_ARTIFACTS_DIR) copyFileSync(page, join(process.env.CHEFIA_E2E_ARTIFACTS_DIR, 'danfe-nfe55.png'));
  });

  it('refuses an NF-e for an order whose MF-e stands, and a buyer CNPJ with wrong check digits', async () => {
    const order = await newOrder();
    await pay(order);
    await documentOf(order.id, 59);
    const refused = await cashier.post(`/orders/${order.id}/fiscal/nfe`, BUYER);
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('FISCAL_ORDER_ALREADY_DOCUMENTED');
    const badCnpj = await cashier.post(`/orders/${order.id}/fiscal/nfe`, { ...BUYER, cnpj: '23.456.789/0001-96' });
    expect(badCnpj.status).toBe(422);
    expect(badCnpj.body.error.code).toBe('FISCAL_BUYER_CNPJ_INVALID');
  });

  it('keeps the MF-e numbering across a restart of the appliance (the equipment remembers, nothing is issued twice)', async () => {
    const before = (await admin.get<FiscalDocument[]>('/fiscal/documents?limit=100')).body.data.filter((d) => d.model === 59);
    await appliance.stop();
    await startStore();
    const order = await newOrder();
    await pay(order);
    const cfe = await documentOf(order.id, 59);
    expect(cfe.number).toBe(Math.max(...before.map((d) => d.number)) + 1);
    const after = (await admin.get<FiscalDocument[]>('/fiscal/documents?limit=100')).body.data.filter((d) => d.model === 59);
    expect(after.map((d) => d.orderId).sort()).toEqual([...before.map((d) => d.orderId), order.id].sort());
  }, 120_000);
});
