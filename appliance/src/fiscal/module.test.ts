import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localDate } from '../kernel/clock.js';
import { startTestAppliance, type TestAppliance } from '../kernel/testing/harness.js';
import { createFiscalModule, type FiscalModule } from './index.js';
import { DEFAULT_TIME_ZONE } from './nfce/build-nfce-xml.js';
import { referencePaths } from './shared/reference-paths.js';
import { validateFiles } from './shared/xmllint.js';
import { SefazSimulator } from './simulators/sefaz-simulator.js';
import { referencePresent, regimeNormalSale, simplesSale, testEmitterConfig } from './test-support/fixtures.js';

describe.runIf(referencePresent())('fiscal module over HTTP', () => {
  const simulator = new SefazSimulator();
  let app: TestAppliance;
  let fiscal: FiscalModule;
  let auth: string;
  let dir: string;
  const get = (path: string, authorization = auth) => fetch(`${app.baseUrl}/api/v1${path}`, { headers: { authorization } });
  const post = (path: string, body: unknown) =>
    fetch(`${app.baseUrl}/api/v1${path}`, { method: 'POST', headers: { authorization: auth, 'content-type': 'application/json' }, body: JSON.stringify(body) });

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'fiscal-module-'));
    const baseUrl = await simulator.start();
    const emitter = testEmitterConfig({ sefazBaseUrl: baseUrl, sefazCaPem: simulator.caPem, sefazTimeoutMs: 2000 });
    fiscal = createFiscalModule({ settings: { emitter, transmitIntervalMs: 60_000, cancellationWindowMinutes: 30, alertBeforeDeadlineMs: 3_600_000 } });
    app = await startTestAppliance([fiscal]);
    auth = app.bearer(['fiscal.read', 'fiscal.cancel', 'fiscal.manage', 'fiscal.export']);
  });
  afterAll(async () => {
    await app.close();
    await simulator.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('emits for a paid order, lists it by order and serves the procNFe and the DANFE', async () => {
    const summary = await fiscal.emitter.emitForOrder(simplesSale('http-order-1'));
    expect(summary.status).toBe('AUTHORIZED');
    const list = await (await get('/fiscal/documents?orderId=http-order-1')).json();
    expect(list.success).toBe(true);
    expect(list.data).toHaveLength(1);
    expect(list.data[0]).toMatchObject({ id: summary.id, accessKey: summary.accessKey, cStat: 100 });

    const xml = await get(`/fiscal/documents/${summary.id}/xml`);
    expect(xml.headers.get('content-type')).toContain('application/xml');
    const text = await xml.text();
    expect(text).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?><nfeProc /);
    writeFileSync(join(dir, 'served.xml'), text);
    expect((await validateFiles(join(referencePaths.nfeSchemaDir(), 'procNFe_v4.00.xsd'), [join(dir, 'served.xml')])).valid).toBe(true);

    const danfe = (await (await get(`/fiscal/documents/${summary.id}/danfe`)).json()).data;
    expect(danfe.lines).toContain('Documento Auxiliar da Nota Fiscal de Consumidor Eletrônica');
    expect(danfe.lines).toContain('EMITIDA EM AMBIENTE DE HOMOLOGAÇÃO - SEM VALOR FISCAL');
    expect(danfe.lines.some((l: string) => l.startsWith('Protocolo de autorização: ' + summary.protocol))).toBe(true);
    expect(danfe.lines.some((l: string) => /^Troco R\$ +3,65$/.test(l))).toBe(true);
    expect(danfe.blocks.at(-1)).toEqual({ kind: 'qr', data: summary.qrCode });
  });

  it('emits from order lines with catalog fiscal fields (tax groups by regime)', async () => {
    const summary = await fiscal.emitForPaidOrder({
      orderId: 'http-order-lines',
      lines: [{ code: 'LAN-001', description: 'X-Burger', unit: 'UNIT', quantity: 1, unitPriceCents: 2990, fiscal: { ncm: '21069090', cfop: '5102', cest: null, taxGroup: 'FOOD' } }],
      payments: [{ method: 'CASH', amountCents: 2990, changeCents: 10 }],
    });
    expect(summary).toMatchObject({ status: 'AUTHORIZED', totalCents: 2990 });
  });

  it('answers with stable error codes', async () => {
    expect((await get('/fiscal/documents/nope')).status).toBe(404);
    expect((await (await get('/fiscal/documents/nope')).json()).error.code).toBe('FISCAL_DOCUMENT_NOT_FOUND');
    expect((await get('/fiscal/documents', app.bearer(['orders.read']))).status).toBe(403);
    expect((await (await get('/fiscal/exports/2026-13.zip')).json()).error.code).toBe('FISCAL_EXPORT_MONTH_INVALID');
    const bad = simplesSale('bad-http');
    bad.payments[0].amountCents = 1;
    await expect(fiscal.emitter.emitForOrder(bad)).rejects.toMatchObject({ code: 'FISCAL_PAYMENT_MISMATCH', status: 422 });
  });

  it('cancels through the route and exports the month as a zip the accountant can open', async () => {
    const summary = await fiscal.emitter.emitForOrder(regimeNormalSale('http-order-2'));
    const short = await post(`/fiscal/documents/${summary.id}/cancel`, { justification: 'curta' });
    expect(short.status).toBe(400);
    const cancelled = await (await post(`/fiscal/documents/${summary.id}/cancel`, { justification: 'Cliente desistiu da compra no caixa' })).json();
    expect(cancelled.data.status).toBe('CANCELLED');

    // The export's month is the store's (a sale at 22:00 on the 31st belongs to that month, not to
    // the next one its UTC time falls in).
    const month = localDate(new Date(summary.issuedAt), DEFAULT_TIME_ZONE).slice(0, 7);
    const res = await get(`/fiscal/exports/${month}.zip`);
    expect(res.headers.get('content-type')).toBe('application/zip');
    const zipFile = join(dir, 'month.zip');
    writeFileSync(zipFile, Buffer.from(await res.arrayBuffer()));
    expect(execFileSync('unzip', ['-t', zipFile]).toString()).toContain('No errors detected');
    const out = join(dir, 'unzipped');
    execFileSync('unzip', ['-q', zipFile, '-d', out]);
    const listing = execFileSync('unzip', ['-Z1', zipFile]).toString().trim().split('\n');
    expect(listing.filter((n) => n.startsWith('nfce/'))).toHaveLength(3);
    expect(listing.filter((n) => n.startsWith('eventos/'))).toHaveLength(1);
    const procs = listing.filter((n) => n.startsWith('nfce/')).map((n) => join(out, n));
    expect((await validateFiles(join(referencePaths.nfeSchemaDir(), 'procNFe_v4.00.xsd'), procs)).valid).toBe(true);
    const events = listing.filter((n) => n.startsWith('eventos/')).map((n) => join(out, n));
    expect((await validateFiles(join(referencePaths.nfeSchemaDir(), 'procEventoCancNFe_v1.00.xsd'), events)).valid).toBe(true);

    const recent = (await (await get('/fiscal/documents?limit=2')).json()).data;
    expect(recent).toHaveLength(2);
    const status = (await (await get('/fiscal/status')).json()).data;
    expect(status).toMatchObject({ environment: 'homologation', inContingency: false, documents: { AUTHORIZED: 2, CANCELLED: 1 } });
  });

  it('prints the consumer\'s CPF or CNPJ on the DANFE as people read it, punctuation included', async () => {
    const withCpf = await fiscal.emitter.emitForOrder({ ...simplesSale('http-order-cpf'), consumerCpf: '52998224725' });
    const withCnpj = await fiscal.emitter.emitForOrder({ ...simplesSale('http-order-cnpj'), consumerCnpj: '11222333000181' });
    const danfeOf = async (id: string) => (await (await get(`/fiscal/documents/${id}/danfe`)).json()).data.lines as string[];
    expect(await danfeOf(withCpf.id)).toContain('CONSUMIDOR - CPF 529.982.247-25');
    expect(await danfeOf(withCnpj.id)).toContain('CONSUMIDOR - CNPJ 11.222.333/0001-81');
  });
});
