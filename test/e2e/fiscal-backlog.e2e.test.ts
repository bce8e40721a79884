import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
    appliance = await spawnAppliance({ dataDir, env: { CHEFIA_DEMO: '1', CHEFIA_LOG_LEVEL: 'warn', ...env } });
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
  }, 60_000);

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
      { timeoutMs: 60_000, intervalMs: 250 },
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
  }, 90_000);
});
