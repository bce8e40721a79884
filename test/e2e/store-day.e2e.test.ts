import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AsaasSimulator } from '../../appliance/src/payments/simulators/asaas-simulator.js';
import { MercadoPagoSimulator } from '../../appliance/src/payments/simulators/mercado-pago-simulator.js';
import { spawnAppliance, type ApplianceProcess } from '../support/appliance-process.js';
import { ApiClient } from '../support/http-client.js';
import { StoreDayLedger, type Tender } from './store-day-ledger.js';

const ORDERS = 200;
const FALLBACK_PIX_ORDERS = 10;
const WORKERS = 6;
const OVERRIDE = { 'x-manager-override': 'gerente:1234' };

/**
 * A whole store day against the built appliance process: two drawers, 200 orders paid with
 * mixed and split tenders (cash with change, TEF cards, PIX through the Asaas simulator and,
 * while Asaas is down, through Mercado Pago), refunds and a withdrawal needing the manager,
 * blind counts, and the day close. The Z report must equal the payments the cashiers saw and
 * the journal, to the centavo.
 */
describe('store day end to end', () => {
  let appliance: ApplianceProcess;
  let asaas: AsaasSimulator;
  let mp: MercadoPagoSimulator;
  let admin: ApiClient;
  const cashiers: { client: ApiClient; sessionId: string; floatCents: number; terminalId: string }[] = [];
  const ledger = new StoreDayLedger();

  beforeAll(async () => {
    asaas = await new AsaasSimulator({ apiKey: 'e2e-asaas', webhookToken: 'e2e-asaas-hook' }).start();
    mp = await new MercadoPagoSimulator({ accessToken: 'e2e-mp', webhookSecret: 'e2e-mp-secret' }).start();
    appliance = await spawnAppliance({
      env: {
        CHEFIA_DEMO: '1',
        CHEFIA_PIX_GATEWAYS: 'ASAAS,MERCADO_PAGO',
        CHEFIA_PIX_TIMEOUT_MS: '3000',
        CHEFIA_ASAAS_URL: asaas.baseUrl,
        CHEFIA_ASAAS_API_KEY: 'e2e-asaas',
        CHEFIA_ASAAS_WEBHOOK_TOKEN: 'e2e-asaas-hook',
        CHEFIA_ASAAS_CUSTOMER_ID: 'cus_e2e',
        CHEFIA_MP_URL: mp.baseUrl,
        CHEFIA_MP_ACCESS_TOKEN: 'e2e-mp',
        CHEFIA_MP_WEBHOOK_SECRET: 'e2e-mp-secret',
      },
    });
    asaas.webhookUrl = `${appliance.baseUrl}/api/v1/payments/webhooks/asaas`;
    mp.webhookUrl = `${appliance.baseUrl}/api/v1/payments/webhooks/mercado-pago`;
    admin = await new ApiClient(appliance.baseUrl).login();
    const second = await admin.post('/users', { username: 'bia.caixa', name: 'Bia Caixa', role: 'CASHIER', password: 'Bia#Caixa2026', pin: '2468' });
    expect(second.status).toBe(201);
    for (const [username, password, terminalId, floatCents] of [
      ['caixa', 'Caixa#2026', 'POS-1', 20_000],
      ['bia.caixa', 'Bia#Caixa2026', 'POS-2', 30_000],
    ] as const) {
      const client = await new ApiClient(appliance.baseUrl).login(username, password);
      const opened = await client.post('/cashier-sessions', { terminalId, openingFloatCents: floatCents });
      expect(opened.status).toBe(201);
      cashiers.push({ client, sessionId: opened.body.data.id, floatCents, terminalId });
    }
  }, 60_000);

  afterAll(async () => {
    await appliance?.stop();
    await asaas?.close();
    await mp?.close();
  });

  async function pay(cashier: (typeof cashiers)[number], orderId: string, tender: Tender): Promise<number> {
    const res = await cashier.client.post(`/orders/${orderId}/payments`, tender);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const payment = res.body.data.payment;
    if (payment.status === 'PENDING') {
      const gateway = payment.provider === 'ASAAS' ? asaas : mp;
      await gateway.pay(payment.providerRef);
      const confirmed = await cashier.client.get(`/payments/${payment.id}`);
      expect(confirmed.body.data.status).toBe('CAPTURED');
    }
    ledger.payment(cashier.sessionId, payment);
    return res.body.data.balance.remainingCents;
  }

  async function sellOrder(i: number, forceGateway?: 'MERCADO_PAGO'): Promise<void> {
    const cashier = cashiers[i % 2];
    const items = i === 0 ? [{ productId: 'prod-fries', quantity: 10 }] : [{ productId: 'prod-fries', quantity: 1 + (i % 3) }, ...(i % 4 === 0 ? [{ productId: 'prod-veggie-burger', quantity: 1 }] : [])];
    const created = await cashier.client.post('/orders', { channel: i % 5 === 0 ? 'TAKEOUT' : 'COUNTER', items });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const order = created.body.data as { id: string; totalCents: number };
    ledger.order(order.id, order.totalCents);
    expect((await cashier.client.post(`/orders/${order.id}/confirm`)).status).toBe(200);
    expect((await admin.post(`/orders/${order.id}/status`, { status: 'READY' })).status).toBe(200);
    const total = order.totalCents;
    const half = Math.floor(total / 2);
    const third = Math.floor(total / 3);
    let remaining: number;
    if (forceGateway) remaining = await pay(cashier, order.id, { method: 'PIX' });
    else if (i === 0) remaining = await pay(cashier, order.id, { method: 'CREDIT' });
    else {
      switch (i % 8) {
        case 0:
          remaining = await pay(cashier, order.id, { method: 'CASH', tenderedCents: Math.ceil((total + 1) / 5000) * 5000 });
          break;
        case 1:
          remaining = await pay(cashier, order.id, { method: 'DEBIT' });
          break;
        case 2:
          remaining = await pay(cashier, order.id, { method: 'CREDIT', installments: 2 });
          break;
        case 3:
          remaining = await pay(cashier, order.id, { method: 'VOUCHER' });
          break;
        case 4:
          remaining = await pay(cashier, order.id, { method: 'PIX' });
          break;
        case 5:
          expect(await pay(cashier, order.id, { method: 'CASH', amountCents: half, tenderedCents: half + 300, payerLabel: 'Ana' })).toBe(total - half);
          remaining = await pay(cashier, order.id, { method: 'CREDIT', payerLabel: 'Beto' });
          break;
        case 6:
          expect(await pay(cashier, order.id, { method: 'PIX', amountCents: third, payerLabel: 'Ana' })).toBe(total - third);
          expect(await pay(cashier, order.id, { method: 'DEBIT', amountCents: third, payerLabel: 'Beto' })).toBe(total - 2 * third);
          remaining = await pay(cashier, order.id, { method: 'CASH', tenderedCents: total - 2 * third, payerLabel: 'Caio' });
          break;
        default:
          remaining = await pay(cashier, order.id, { method: 'OTHER' });
      }
    }
    expect(remaining).toBe(0);
    const after = await cashier.client.get(`/orders/${order.id}`);
    for (let tries = 0; after.body.data.status !== 'COMPLETED' && tries < 250; tries++) {
      await new Promise((r) => setTimeout(r, 20));
      after.body = (await cashier.client.get(`/orders/${order.id}`)).body;
    }
    expect(after.body.data.status).toBe('COMPLETED');
  }

  it('runs the day and closes it with a Z report equal to the payments and the journal', async () => {
    let next = 0;
    await Promise.all(
      Array.from({ length: WORKERS }, async () => {
        while (next < ORDERS - FALLBACK_PIX_ORDERS) await sellOrder(next++);
      }),
    );
    // Asaas goes down: PIX falls back to Mercado Pago, one payment per charge.
    asaas.server.mode = 'fail';
    for (let i = ORDERS - FALLBACK_PIX_ORDERS; i < ORDERS; i++) await sellOrder(i, 'MERCADO_PAGO');
    asaas.server.mode = 'ok';
    expect(ledger.payments.filter((p) => p.provider === 'MERCADO_PAGO')).toHaveLength(FALLBACK_PIX_ORDERS);
    expect(mp.payments.size).toBe(FALLBACK_PIX_ORDERS);

    const [a, b] = cashiers;
    // Refund above R$ 100,00 of the big credit sale: refused without the manager, accepted with.
    const big = ledger.payments.find((p) => p.method === 'CREDIT' && p.amountCents >= 12_900 && p.sessionId === a.sessionId)!;
    const refused = await a.client.post(`/payments/${big.id}/refunds`, { amountCents: 12_000, reason: 'pedido errado' });
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('MANAGER_OVERRIDE_REQUIRED');
    const refunded = await a.client.post(`/payments/${big.id}/refunds`, { amountCents: 12_000, reason: 'pedido errado' }, OVERRIDE);
    expect(refunded.status).toBe(201);
    ledger.refund(a.sessionId, 'CREDIT', 12_000);
    const cashSale = ledger.payments.find((p) => p.method === 'CASH' && p.sessionId === a.sessionId)!;
    const small = await a.client.post(`/payments/${cashSale.id}/refunds`, { amountCents: 500, reason: 'troca' });
    expect(small.status).toBe(201);
    ledger.refund(a.sessionId, 'CASH', 500);
    // Sangria above R$ 200,00 on the second drawer, and a suprimento on the first.
    const withdrawal = { type: 'WITHDRAWAL', amountCents: 25_000, reason: 'sangria' };
    expect((await b.client.post(`/cashier-sessions/${b.sessionId}/operations`, withdrawal)).body.error.code).toBe('MANAGER_OVERRIDE_REQUIRED');
    expect((await b.client.post(`/cashier-sessions/${b.sessionId}/operations`, withdrawal, OVERRIDE)).status).toBe(201);
    ledger.drawer(b.sessionId, -25_000);
    expect((await a.client.post(`/cashier-sessions/${a.sessionId}/operations`, { type: 'DEPOSIT', amountCents: 5_000 })).status).toBe(201);
    ledger.drawer(a.sessionId, 5_000);

    const blocked = await admin.post('/business-days/current/close');
    expect(blocked.body.error.code).toBe('BUSINESS_DAY_CLOSE_BLOCKED');
    expect(blocked.body.error.details.openCashierSessions).toHaveLength(2);

    // Blind counts: the first drawer exact, the second R$ 5,00 short.
    const closeA = await a.client.post(`/cashier-sessions/${a.sessionId}/close`, { counted: ledger.expected(a.sessionId, a.floatCents) });
    expect(closeA.body.data.report).toMatchObject({ status: 'BALANCED', differenceCents: 0 });
    const countedB = ledger.expected(b.sessionId, b.floatCents);
    countedB.CASH -= 500;
    const closeB = await b.client.post(`/cashier-sessions/${b.sessionId}/close`, { counted: countedB });
    expect(closeB.body.data.report).toMatchObject({ status: 'SHORT', differenceCents: -500 });
    expect(closeB.body.data.text.split('\n').every((l: string) => l.length <= 48)).toBe(true);

    const closed = await admin.post('/business-days/current/close');
    expect(closed.status, JSON.stringify(closed.body)).toBe(200);
    const { report, text, backup } = closed.body.data;
    const journal = await readJournal(admin);
    const journalCaptured = sumOf(journal.filter((e) => e.type === 'payment.captured'));
    const journalRefunded = sumOf(journal.filter((e) => e.type === 'payment.refunded'));

    expect(report.payments.count).toBe(ledger.payments.length);
    expect(report.payments.capturedCents).toBe(ledger.capturedCents());
    expect(report.payments.capturedCents).toBe(journalCaptured);
    expect(report.payments.refundedCents).toBe(12_500);
    expect(report.payments.refundedCents).toBe(journalRefunded);
    expect(report.payments.netCents).toBe(journalCaptured - journalRefunded);
    expect(report.payments.changeCents).toBe(ledger.changeCents());
    expect(Object.fromEntries(report.payments.byMethod.map((m: { method: string; capturedCents: number }) => [m.method, m.capturedCents]))).toEqual(ledger.byMethod());
    expect(report.sales.ordersCount).toBe(ORDERS);
    expect(report.sales.netCents).toBe(ledger.ordersTotalCents());
    expect(report.sales.netCents).toBe(report.payments.capturedCents);
    expect(report.byChannel.reduce((s: number, c: { amountCents: number }) => s + c.amountCents, 0)).toBe(report.sales.netCents);
    expect(report.byHour.reduce((s: number, h: { amountCents: number }) => s + h.amountCents, 0)).toBe(report.payments.capturedCents);
    expect(report.byOperator).toHaveLength(2);
    expect(report.cashiers.map((c: { status: string }) => c.status).sort()).toEqual(['BALANCED', 'SHORT']);
    expect(text.split('\n').every((l: string) => l.length <= 48)).toBe(true);
    expect(existsSync(backup.file)).toBe(true);
    expect(backup.file.startsWith(`${appliance.dataDir}/backups/`)).toBe(true);
    const closedEvent = journal.find((e) => e.type === 'business_day.closed')!;
    expect(closedEvent.payload.report).toEqual(report);
    const fetched = await admin.get(`/business-days/${report.businessDayId}/report`);
    expect(fetched.body.data.report).toEqual(report);
    const grants = journal.filter((e) => e.type === 'auth.override_granted');
    expect(grants.map((g) => g.payload.action).sort()).toEqual(['cashier.refund', 'cashier.withdrawal']);

    // Each gateway's settlements match the PIX payments recorded through it, centavo for centavo.
    const [from, to] = [report.date, new Date().toISOString().slice(0, 10)].sort();
    for (const gateway of ['ASAAS', 'MERCADO_PAGO']) {
      const recorded = ledger.payments.filter((p) => p.provider === gateway);
      const reconciliation = await admin.post('/payments/reconciliations', { gateway, from, to });
      expect(reconciliation.status).toBe(201);
      expect(reconciliation.body.data.matched).toHaveLength(recorded.length);
      expect(reconciliation.body.data.unknownToStore).toEqual([]);
      expect(reconciliation.body.data.missingInSettlement).toEqual([]);
      expect(reconciliation.body.data.totals.recordedCents).toBe(recorded.reduce((s, p) => s + p.amountCents, 0));
      expect(reconciliation.body.data.totals.differenceCents).toBe(0);
    }
  }, 240_000);
});

async function readJournal(client: ApiClient): Promise<{ type: string; payload: any }[]> {
  const events: { seq: number; type: string; payload: any }[] = [];
  for (;;) {
    const page = await client.get(`/journal?afterSeq=${events.at(-1)?.seq ?? 0}&limit=1000`);
    if (page.body.data.length === 0) return events;
    events.push(...page.body.data);
  }
}

function sumOf(events: { payload: any }[]): number {
  return events.reduce((s, e) => s + (e.payload.amountCents as number), 0);
}
