import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsQRModule from 'jsqr';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fiscalReferenceAvailable, writeDemoSettings } from '../../appliance/src/fiscal/index.js';
import { SefazSimulator } from '../../appliance/src/fiscal/simulators/sefaz-simulator.js';
import { spawnAppliance, type ApplianceProcess } from '../support/appliance-process.js';
import { ApiClient } from '../support/http-client.js';
import { waitUntil } from '../../appliance/src/kernel/testing/wait-until.js';

interface FiscalDocument {
  id: string;
  orderId: string;
  number: number;
  accessKey: string;
  status: string;
  contingency: boolean;
  cStat: number | null;
  protocol: string | null;
  qrCode: string;
  totalCents: number;
  issuedAt: string;
}

const SEFAZ_TIMEOUT_MS = 1500;

const until = <T>(what: string, probe: () => Promise<T | undefined>) =>
  waitUntil(what, probe, (value) => value !== undefined, { timeoutMs: 20_000, intervalMs: 100 }) as Promise<T>;

/**
 * NFC-e end to end against the BUILT appliance: the SEFAZ simulator runs in this test process on
 * loopback (the store's fiscal config.json points at it), so it can be stopped and started while
 * the appliance keeps selling, and the appliance can be SIGKILLed while documents wait offline.
 */
describe('fiscal NFC-e end to end', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'chefia-fiscal-e2e-'));
  const sefaz = new SefazSimulator({ validateSchemas: fiscalReferenceAvailable() });
  let appliance: ApplianceProcess;
  let admin: ApiClient;
  let cashier: ApiClient;
  const paidOrders: string[] = [];

  async function startStore(): Promise<void> {
    appliance = await spawnAppliance({ dataDir, env: { CHEFIA_DEMO: '1', CHEFIA_LOG_LEVEL: 'warn' } });
    admin = await new ApiClient(appliance.baseUrl).login();
    cashier = await new ApiClient(appliance.baseUrl).login('caixa', 'Caixa#2026');
  }

  beforeAll(async () => {
    const sefazUrl = await sefaz.start();
    // The demo store's own homologação settings and A1, pointed at this test's simulator.
    const configFile = writeDemoSettings(dataDir);
    writeFileSync(join(dataDir, 'fiscal', 'sefaz-ca.pem'), sefaz.caPem);
    const config = JSON.parse(readFileSync(configFile, 'utf8'));
    Object.assign(config, { sefazBaseUrl: sefazUrl, sefazCaFile: 'sefaz-ca.pem', sefazTimeoutMs: SEFAZ_TIMEOUT_MS, transmitIntervalSeconds: 5 });
    writeFileSync(configFile, JSON.stringify(config, null, 2));
    await startStore();
    const session = await cashier.post('/cashier-sessions', { terminalId: 'POS-1', openingFloatCents: 10_000 });
    expect(session.status, JSON.stringify(session.body)).toBe(201);
  }, 60_000);

  afterAll(async () => {
    await appliance?.stop();
    await sefaz.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  /** Sells an order at the counter and pays it in cash with change; returns its id and total. */
  async function sell(items: { productId: string; quantity: number }[]): Promise<{ id: string; totalCents: number; paidInMs: number; paidAt: number }> {
    const created = await cashier.post('/orders', { channel: 'COUNTER', items });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const order = created.body.data as { id: string; totalCents: number; items: { productId: string; totalCents: number }[] };
    expect((await cashier.post(`/orders/${order.id}/confirm`)).status).toBe(200);
    const started = Date.now();
    const paid = await cashier.post(`/orders/${order.id}/payments`, { method: 'CASH', tenderedCents: Math.ceil((order.totalCents + 1) / 1000) * 1000 });
    const paidInMs = Date.now() - started;
    expect(paid.status, JSON.stringify(paid.body)).toBe(201);
    expect(paid.body.data.balance.remainingCents).toBe(0);
    paidOrders.push(order.id);
    const billiards = order.items.filter((i) => i.productId === 'prod-billiards').reduce((s, i) => s + i.totalCents, 0);
    return { id: order.id, totalCents: order.totalCents - billiards, paidInMs, paidAt: Date.now() };
  }

  async function documentsOf(orderId: string): Promise<FiscalDocument[]> {
    const res = await admin.get<FiscalDocument[]>(`/fiscal/documents?orderId=${orderId}`);
    expect(res.status).toBe(200);
    return res.body.data;
  }

  const documentIn = (orderId: string, status: string) =>
    until(`${orderId} ${status}`, async () => (await documentsOf(orderId)).find((d) => d.status === status));

  /** The DANFE print jobs of a document, waiting until the first one printed. */
  async function printedDanfe(documentId: string): Promise<{ jobs: { id: string; status: string }[] }> {
    const jobsOf = async () => {
      const res = await admin.get<{ id: string; status: string; kind: string; dedupeKey: string; source: { id: string } | null }[]>('/print-jobs?size=100');
      return res.body.data.filter((j) => j.source?.id === documentId);
    };
    await until(`DANFE ${documentId} printed`, async () => ((await jobsOf()).some((j) => j.status === 'DONE') ? true : undefined));
    return { jobs: await jobsOf() };
  }

  /** Virtual printer output (<dataDir>/receipts/job-NNNN.txt/.png) whose text carries the key. */
  function receiptsWithKey(accessKey: string): { text: string; png: Buffer }[] {
    const dir = join(dataDir, 'receipts');
    return readdirSync(dir)
      .filter((name) => name.endsWith('.txt'))
      .map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }))
      .filter(({ text }) => text.replace(/\s+/g, '').includes(accessKey))
      .map(({ name, text }) => ({ text, png: readFileSync(join(dir, name.replace(/\.txt$/, '.png'))) }));
  }

  /** The DANFE of a key on the virtual printer, which records a job once all its bytes are in: that can be just after the appliance marked the job DONE. */
  const printedReceipt = (accessKey: string) => until(`a DANFE on the virtual printer with the access key ${accessKey}`, async () => receiptsWithKey(accessKey)[0]);

  function qrIn(png: Buffer): string | null {
    const image = PNG.sync.read(png);
    return jsQRModule.default(new Uint8ClampedArray(image.data.buffer, image.data.byteOffset, image.data.length), image.width, image.height)?.data ?? null;
  }

  it('authorizes a paid order online (cStat 100) and prints its DANFE with the key and a readable QR', async () => {
    // Units, a weighed line (grams at a price per kg) and a billiards service left out of the NFC-e.
    const order = await sell([
      { productId: 'prod-fries', quantity: 2 },
      { productId: 'prod-coke', quantity: 1 },
      { productId: 'prod-salad-bar', quantity: 350 },
      { productId: 'prod-billiards', quantity: 15 },
    ]);
    const doc = await documentIn(order.id, 'AUTHORIZED');
    expect(doc.cStat).toBe(100);
    expect(doc.protocol).toMatch(/^\d+$/);
    expect(doc.contingency).toBe(false);
    expect(doc.totalCents).toBe(order.totalCents);
    expect(sefaz.authorizedDocuments().map((d) => d.accessKey)).toContain(doc.accessKey);

    const { jobs } = await printedDanfe(doc.id);
    expect(jobs).toHaveLength(1);
    const receipt = await printedReceipt(doc.accessKey);
    expect(receipt.text).toContain('Nota Fiscal de Consumidor');
    expect(receipt.text).toContain(doc.protocol!);
    expect(qrIn(receipt.png)).toBe(doc.qrCode);
  });

  it('sells in offline contingency when SEFAZ is down, survives a SIGKILL and authorizes once SEFAZ is back', async () => {
    await sefaz.setMode('down');
    const first = await sell([{ productId: 'prod-veggie-burger', quantity: 1 }, { productId: 'prod-guarana', quantity: 2 }]);
    const offline = await documentIn(first.id, 'CONTINGENCY');
    // At once: the sale neither waited for SEFAZ nor for its timeout.
    expect(first.paidInMs).toBeLessThan(SEFAZ_TIMEOUT_MS);
    expect(Date.parse(offline.issuedAt) - first.paidAt).toBeLessThan(SEFAZ_TIMEOUT_MS);
    expect(offline.contingency).toBe(true);
    const xml = await fetch(`${appliance.baseUrl}/api/v1/fiscal/documents/${offline.id}/xml`, { headers: { authorization: `Bearer ${admin.token}` } }).then((r) => r.text());
    expect(xml).toContain('<tpEmis>9</tpEmis>');
    expect(xml).toContain('<dhCont>');

    // The next sale goes straight offline, without waiting for SEFAZ again.
    await sefaz.setMode('slow', 5_000);
    const second = await sell([{ productId: 'prod-brownie', quantity: 1 }]);
    const secondOffline = await documentIn(second.id, 'CONTINGENCY');

    for (const doc of [offline, secondOffline]) {
      const { jobs } = await printedDanfe(doc.id);
      expect(jobs).toHaveLength(1);
      const receipt = await printedReceipt(doc.accessKey);
      expect(receipt.text).toMatch(/EMITIDA EM CONTING/);
      expect(qrIn(receipt.png)).toBe(doc.qrCode);
    }

    await appliance.kill('SIGKILL');
    await sefaz.setMode('up');
    await startStore();

    for (const doc of [offline, secondOffline]) {
      const authorized = await documentIn(doc.orderId, 'AUTHORIZED');
      expect(authorized.id).toBe(doc.id);
      expect(authorized.cStat).toBe(100);
      expect(sefaz.authorizedDocuments().map((d) => d.accessKey)).toContain(authorized.accessKey);
    }
    // Zero documents lost: one authorized NFC-e per paid order, numbers 1..N without gaps.
    const all = (await admin.get<FiscalDocument[]>('/fiscal/documents?limit=500')).body.data;
    expect(all.map((d) => d.orderId).sort()).toEqual([...paidOrders].sort());
    expect(all.every((d) => d.status === 'AUTHORIZED')).toBe(true);
    expect(all.map((d) => d.number).sort((a, b) => a - b)).toEqual(paidOrders.map((_, i) => i + 1));
    // Authorization after the fact prints nothing again.
    await new Promise((r) => setTimeout(r, 1000));
    for (const doc of [offline, secondOffline]) {
      expect((await printedDanfe(doc.id)).jobs).toHaveLength(1);
      expect(receiptsWithKey(doc.accessKey)).toHaveLength(1);
    }
  }, 60_000);

  it('goes offline when SEFAZ answers slower than the timeout, and keeps one document when the slow attempt was authorized', async () => {
    await sefaz.setMode('slow', 4 * SEFAZ_TIMEOUT_MS);
    const order = await sell([{ productId: 'prod-fries', quantity: 1 }]);
    const offline = await documentIn(order.id, 'CONTINGENCY');
    expect(Date.parse(offline.issuedAt) - order.paidAt).toBeLessThan(2 * SEFAZ_TIMEOUT_MS);
    expect((await printedDanfe(offline.id)).jobs).toHaveLength(1);

    await sefaz.setMode('up');
    const authorized = await documentIn(order.id, 'AUTHORIZED');
    expect(authorized.id).toBe(offline.id);
    // SEFAZ processed the slow online attempt: the offline twin got 539 and the online version stands.
    const sameNumber = sefaz.authorizedDocuments().filter((d) => d.accessKey.slice(25, 34) === String(authorized.number).padStart(9, '0'));
    expect(sameNumber.map((d) => d.accessKey)).toEqual([authorized.accessKey]);
    expect((await documentsOf(order.id)).map((d) => d.status)).toEqual(['AUTHORIZED']);
    expect((await printedDanfe(offline.id)).jobs).toHaveLength(1);
  }, 30_000);
});
