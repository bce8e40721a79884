import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { referencePaths } from '../../appliance/src/fiscal/index.js';
import { runProcess, validateFiles } from '../../appliance/src/fiscal/shared/xmllint.js';
import { waitUntil } from '../../appliance/src/kernel/testing/wait-until.js';
import { spawnAppliance, type ApplianceProcess } from '../support/appliance-process.js';
import { ApiClient } from '../support/http-client.js';

interface FiscalDocument {
  id: string;
  orderId: string;
  number: number;
  status: string;
  cStat: number | null;
  protocol: string | null;
}

interface FiscalCheck {
  status: string;
  emission: string;
  backlog: number;
  oldestPendingOrderId: string | null;
  oldestPendingSaleAt: string | null;
}

const SALES = 20;

/**
 * Acceptance of the fiscal backlog and truthful tenders against the BUILT appliance.
 *
 * A demo store opened before its fiscal reference tables were installed: it keeps selling, every
 * paid order waits in the fiscal backlog and /health says so; once restarted with the tables, the
 * backlog becomes NFC-e authorized by the SEFAZ simulator, numbered in sale order.
 */
describe('fiscal backlog end to end', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'chefia-fiscal-backlog-e2e-'));
  const noReference = mkdtempSync(join(tmpdir(), 'chefia-no-fiscal-reference-'));
  let appliance: ApplianceProcess;
  let admin: ApiClient;
  let cashier: ApiClient;
  const sold: string[] = [];

  async function startStore(env: Record<string, string>): Promise<void> {
    // A first demo start makes its A1 certificate (RSA key): slow on a loaded machine.
    appliance = await spawnAppliance({ dataDir, env: { CHEFIA_DEMO: '1', CHEFIA_LOG_LEVEL: 'warn', ...env }, readyTimeoutMs: 90_000 });
    admin = await new ApiClient(appliance.baseUrl).login();
    cashier = await new ApiClient(appliance.baseUrl).login('caixa', 'Caixa#2026');
  }

  async function fiscalHealth(): Promise<FiscalCheck> {
    const res = await fetch(`${appliance.baseUrl}/health`);
    const body = (await res.json()) as { data: { status: string; checks: Record<string, FiscalCheck> } };
    return body.data.checks.fiscal;
  }

  beforeAll(async () => {
    await startStore({ CHEFIA_FISCAL_REFERENCE: join(noReference, 'missing') });
    const session = await cashier.post('/cashier-sessions', { terminalId: 'POS-1', openingFloatCents: 10_000 });
    expect(session.status, JSON.stringify(session.body)).toBe(201);
  }, 120_000);

  afterAll(async () => {
    await appliance?.stop();
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(noReference, { recursive: true, force: true });
  });

  async function journalEvents(): Promise<{ seq: number; type: string; aggregateId: string }[]> {
    const events: { seq: number; type: string; aggregateId: string }[] = [];
    for (;;) {
      const page = await admin.get<typeof events>(`/journal?afterSeq=${events.at(-1)?.seq ?? 0}&limit=1000`);
      events.push(...page.body.data);
      if (page.body.data.length < 1000) return events;
    }
  }

  async function sell(productId: string): Promise<string> {
    const created = await cashier.post('/orders', { channel: 'COUNTER', items: [{ productId, quantity: 1 }] });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const order = created.body.data as { id: string; totalCents: number };
    expect((await cashier.post(`/orders/${order.id}/confirm`)).status).toBe(200);
    const paid = await cashier.post(`/orders/${order.id}/payments`, { method: 'CASH', tenderedCents: order.totalCents });
    expect(paid.status, JSON.stringify(paid.body)).toBe(201);
    return order.id;
  }

  it('keeps selling without the reference tables, every paid order in the backlog and /health degraded', async () => {
    expect(await fiscalHealth()).toMatchObject({ status: 'ok', emission: 'off', backlog: 0 });
    const products = ['prod-fries', 'prod-coke', 'prod-brownie', 'prod-guarana'];
    for (let i = 0; i < SALES; i++) sold.push(await sell(products[i % products.length]));

    const check = await waitUntil('backlog of every sale', fiscalHealth, (c) => c.backlog === SALES, { timeoutMs: 20_000, intervalMs: 100 });
    expect(check).toMatchObject({ status: 'degraded', emission: 'off', oldestPendingOrderId: sold[0] });
    expect(check.oldestPendingSaleAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    const health = await fetch(`${appliance.baseUrl}/health`).then((r) => r.json());
    expect(health.data.status).toBe('degraded');

    const backlog = await admin.get<{ pending: number; entries: { orderId: string; deferredReason: string }[] }>('/fiscal/backlog');
    expect(backlog.body.data.entries.map((e) => e.orderId)).toEqual(sold);
    expect(new Set(backlog.body.data.entries.map((e) => e.deferredReason))).toEqual(new Set(['EMISSION_OFF']));
    expect((await admin.get<FiscalDocument[]>('/fiscal/documents?limit=500')).body.data).toEqual([]);
  }, 60_000);

  it('emits the backlog in sale order once restarted with the tables, and /health is ok again', async () => {
    await appliance.stop();
    await startStore({});

    const documents = await waitUntil(
      'every backlog sale authorized',
      async () => (await admin.get<FiscalDocument[]>('/fiscal/documents?limit=500')).body.data,
      (docs) => docs.length === SALES && docs.every((d) => d.status === 'AUTHORIZED'),
      { timeoutMs: 150_000, intervalMs: 250 },
    );
    const byNumber = [...documents].sort((a, b) => a.number - b.number);
    expect(byNumber.map((d) => d.orderId)).toEqual(sold);
    expect(byNumber.map((d) => d.number)).toEqual(sold.map((_, i) => i + 1));
    for (const doc of documents) {
      expect(doc.cStat).toBe(100);
      // A slow answer under load sends a document through offline contingency first (tpEmis 9,
      // same number); it ends authorized all the same.
      expect(doc.protocol).toMatch(/^\d+$/);
    }

    const check = await waitUntil('fiscal check ok', fiscalHealth, (c) => c.status === 'ok', { timeoutMs: 10_000, intervalMs: 100 });
    expect(check).toMatchObject({ emission: 'on', backlog: 0, oldestPendingOrderId: null });
    const health = await fetch(`${appliance.baseUrl}/health`).then((r) => r.json());
    expect(health.data.checks.fiscal.status).toBe('ok');

    // The journal tells the story of each sale: deferred while emission was off, then resolved.
    const events = await journalEvents();
    const ofType = (type: string) => events.filter((e) => e.type === type).map((e) => e.aggregateId);
    expect(ofType('fiscal.emission_deferred')).toEqual(sold);
    expect(ofType('fiscal.deferred_emission_resolved')).toEqual(sold);
  }, 180_000);

  it('takes a standalone-machine card with CPF na nota: tpIntegra 2, no invented authorization, dest/CPF, valid against the schema', async () => {
    const created = await cashier.post('/orders', { channel: 'COUNTER', items: [{ productId: 'prod-fries', quantity: 2 }] });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const orderId = created.body.data.id as string;
    const cpf = await cashier.post(`/orders/${orderId}/consumer-tax-id`, { taxId: '529.982.247-25' });
    expect(cpf.status, JSON.stringify(cpf.body)).toBe(200);
    expect((await cashier.post(`/orders/${orderId}/confirm`)).status).toBe(200);
    const paid = await cashier.post(`/orders/${orderId}/payments`, { method: 'CREDIT', standaloneCard: { brand: 'MASTERCARD', nsu: '778899' } });
    expect(paid.status, JSON.stringify(paid.body)).toBe(201);
    expect(paid.body.data.payment).toMatchObject({ provider: 'CARD_MACHINE', details: { entry: 'STANDALONE', brand: 'MASTERCARD', nsu: '778899' } });

    const doc = await waitUntil(
      'the card sale authorized',
      async () => {
        const [current] = (await admin.get<FiscalDocument[]>(`/fiscal/documents?orderId=${orderId}`)).body.data;
        // A loaded machine can send it through offline contingency first: push the queue.
        if (current?.status === 'CONTINGENCY') await admin.post('/fiscal/transmit');
        return current;
      },
      (d) => d?.status === 'AUTHORIZED',
      { timeoutMs: 90_000, intervalMs: 250 },
    );
    const xml = await fetch(`${appliance.baseUrl}/api/v1/fiscal/documents/${doc.id}/xml`, { headers: { authorization: `Bearer ${admin.token}` } }).then((r) => r.text());
    expect(xml).toContain('<dest><CPF>52998224725</CPF>');
    expect(xml).toMatch(/<tPag>03<\/tPag><vPag>[\d.]+<\/vPag><card><tpIntegra>2<\/tpIntegra><tBand>02<\/tBand><\/card>/);
    expect(xml).not.toContain('<cAut>');
    const file = join(dataDir, 'card-cpf-procNFe.xml');
    writeFileSync(file, xml);
    const validation = await validateFiles(join(referencePaths.nfeSchemaDir(), 'procNFe_v4.00.xsd'), [file]);
    expect(validation.valid, validation.output).toBe(true);
    // The signature checked by an independent implementation, against the store's own A1.
    const certificate = /<X509Certificate>([^<]+)<\/X509Certificate>/.exec(xml)![1];
    const pem = join(dataDir, 'store-a1.pem');
    writeFileSync(pem, `-----BEGIN CERTIFICATE-----\n${certificate.match(/.{1,64}/g)!.join('\n')}\n-----END CERTIFICATE-----\n`);
    const verified = await runProcess('xmlsec1', ['--verify', '--id-attr:Id', 'infNFe', '--trusted-pem', pem, file]);
    expect(verified.code, verified.output).toBe(0);
  }, 150_000);
});
