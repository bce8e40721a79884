import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestAppliance } from '../kernel/testing/harness.js';
import { AsaasGateway, createPaymentsModule, MercadoPagoGateway } from '../payments/index.js';
import { AsaasSimulator } from '../payments/simulators/asaas-simulator.js';
import { MercadoPagoSimulator } from '../payments/simulators/mercado-pago-simulator.js';
import { apiAs, type Api, startTillStore } from './test-support.js';

const CASHIER_PERMS = ['orders.create', 'orders.read', 'orders.confirm', 'orders.cancel', 'cashier.operate', 'payments.capture', 'payments.refund'];
const MANAGER_PERMS = [...CASHIER_PERMS, 'business_day.manage', 'business_day.read', 'reports.read', 'journal.read'];
const MANAGER_PIN = { 'x-manager-override': 'gerente:1234' };

describe('money workflows on the demo store', () => {
  let app: TestAppliance;
  let cashier: Api;
  let kitchen: Api;
  let manager: Api;
  let asaas: AsaasSimulator;
  let mp: MercadoPagoSimulator;
  let sessionId: string;

  beforeAll(async () => {
    asaas = await new AsaasSimulator({ apiKey: 'k', webhookToken: 'hook' }).start();
    mp = await new MercadoPagoSimulator({ accessToken: 't', webhookSecret: 's' }).start();
    const payments = createPaymentsModule({
      pixGateways: [
        new AsaasGateway({ baseUrl: asaas.baseUrl, apiKey: 'k', webhookToken: 'hook', customerId: 'cus_1', timeoutMs: 2000 }),
        new MercadoPagoGateway({ baseUrl: mp.baseUrl, accessToken: 't', webhookSecret: 's', payerEmail: 'caixa@loja.test', timeoutMs: 2000 }),
      ],
    });
    app = await startTillStore(payments);
    asaas.webhookUrl = `${app.baseUrl}/api/v1/payments/webhooks/asaas`;
    cashier = apiAs(app, CASHIER_PERMS, 'CASHIER');
    kitchen = apiAs(app, ['orders.fulfil', 'orders.read'], 'KITCHEN');
    manager = apiAs(app, MANAGER_PERMS, 'MANAGER');
    const opened = await cashier.post('/cashier-sessions', { terminalId: 'POS-1', openingFloatCents: 10_000 });
    expect(opened.status).toBe(201);
    sessionId = opened.body.data.id;
  });
  afterAll(async () => {
    await app.close();
    await asaas.close();
    await mp.close();
  });

  async function readyOrder(items: unknown[] = [{ productId: 'prod-fries', quantity: 1 }]) {
    const created = await cashier.post('/orders', { channel: 'COUNTER', items });
    expect(created.status).toBe(201);
    const id = created.body.data.id;
    expect((await cashier.post(`/orders/${id}/confirm`)).status).toBe(200);
    expect((await kitchen.post(`/orders/${id}/status`, { status: 'READY' })).status).toBe(200);
    return created.body.data as { id: string; totalCents: number };
  }

  it('takes cash with change, completes the counter order and books the drawer', async () => {
    const order = await readyOrder();
    expect(order.totalCents).toBe(1290);
    const paid = await cashier.post(`/orders/${order.id}/payments`, { method: 'CASH', tenderedCents: 2000 });
    expect(paid.status).toBe(201);
    expect(paid.body.data.payment).toMatchObject({ amountCents: 1290, tenderedCents: 2000, changeCents: 710, cashierSessionId: sessionId });
    expect(paid.body.data.balance).toMatchObject({ remainingCents: 0, paidCents: 1290 });
    expect(paid.body.data.order.status).toBe('COMPLETED');
    const again = await cashier.post(`/orders/${order.id}/payments`, { method: 'CASH', tenderedCents: 100 });
    expect(again.body.error.code).toBe('PAYMENT_ORDER_ALREADY_PAID');
  });

  it('splits a bill across card, PIX (confirmed by webhook) and cash, showing the balance after each tender', async () => {
    const order = await readyOrder([{ productId: 'prod-fries', quantity: 3 }]);
    const card = await cashier.post(`/orders/${order.id}/payments`, { method: 'DEBIT', amountCents: 1000, payerLabel: 'Ana' });
    expect(card.status).toBe(201);
    expect(card.body.data.payment).toMatchObject({ provider: 'TEF', method: 'DEBIT' });
    expect(card.body.data.balance.remainingCents).toBe(order.totalCents - 1000);
    const pix = await cashier.post(`/orders/${order.id}/payments`, { method: 'PIX', amountCents: 1500, payerLabel: 'Bruno' });
    expect(pix.status).toBe(201);
    expect(pix.body.data.payment).toMatchObject({ status: 'PENDING', provider: 'ASAAS' });
    expect(pix.body.data.balance).toMatchObject({ pendingCents: 1500, remainingCents: order.totalCents - 2500 });
    const rest = await cashier.post(`/orders/${order.id}/payments`, { method: 'CASH', tenderedCents: 5000, payerLabel: 'Carla' });
    expect(rest.body.data.payment.amountCents).toBe(order.totalCents - 2500);
    expect(rest.body.data.order.status).toBe('READY'); // PIX still pending
    await asaas.pay(pix.body.data.payment.providerRef);
    for (let i = 0; i < 250; i++) {
      if ((await cashier.get(`/orders/${order.id}`)).body.data.status === 'COMPLETED') break;
      await new Promise((r) => setTimeout(r, 20));
    }
    const final = await cashier.get(`/orders/${order.id}/payments`);
    expect(final.body.data.balance).toMatchObject({ paidCents: order.totalCents, remainingCents: 0, pendingCents: 0 });
    expect(final.body.data.payments.reduce((s: number, p: { amountCents: number }) => s + p.amountCents, 0)).toBe(order.totalCents);
    expect((await cashier.get(`/orders/${order.id}`)).body.data.status).toBe('COMPLETED');
  });

  it('needs a manager override for a large withdrawal and refund, journaling both actors', async () => {
    const deposit = await cashier.post(`/cashier-sessions/${sessionId}/operations`, { type: 'DEPOSIT', amountCents: 20_000 });
    expect(deposit.status).toBe(201);
    const without = await cashier.post(`/cashier-sessions/${sessionId}/operations`, { type: 'WITHDRAWAL', amountCents: 20_001 });
    expect(without.status).toBe(403);
    expect(without.body.error.code).toBe('MANAGER_OVERRIDE_REQUIRED');
    const badPin = await cashier.post(`/cashier-sessions/${sessionId}/operations`, { type: 'WITHDRAWAL', amountCents: 20_001 }, { 'x-manager-override': 'gerente:0000' });
    expect(badPin.status).toBe(403);
    expect(badPin.body.error.code).toBe('MANAGER_OVERRIDE_INVALID');
    const withOverride = await cashier.post(`/cashier-sessions/${sessionId}/operations`, { type: 'WITHDRAWAL', amountCents: 20_001, reason: 'sangria' }, MANAGER_PIN);
    expect(withOverride.status).toBe(201);
    const events = app.ctx.journal.readAfter(0, 100_000);
    const grant = events.filter((e) => e.type === 'auth.override_granted').at(-1)!;
    expect(grant.payload).toMatchObject({ action: 'cashier.withdrawal', manager: { username: 'gerente' }, requestedBy: { id: 'user-cashier' } });
    const op = events.filter((e) => e.type === 'cashier.operation_recorded').at(-1)!;
    expect(op.actor).toEqual({ type: 'user', id: 'user-cashier' });
    expect(op.payload.authorizedBy?.managerId).toBe(grant.payload.manager.id);

    const order = await readyOrder([{ productId: 'prod-fries', quantity: 10 }]);
    const paid = await cashier.post(`/orders/${order.id}/payments`, { method: 'CREDIT' });
    const paymentId = paid.body.data.payment.id;
    const refundNo = await cashier.post(`/payments/${paymentId}/refunds`, { amountCents: 10_001, reason: 'cliente desistiu' });
    expect(refundNo.status).toBe(403);
    expect(refundNo.body.error.code).toBe('MANAGER_OVERRIDE_REQUIRED');
    const refundYes = await cashier.post(`/payments/${paymentId}/refunds`, { amountCents: 10_001, reason: 'cliente desistiu', managerOverride: { username: 'gerente', pin: '1234' } });
    expect(refundYes.status).toBe(201);
    expect(refundYes.body.data).toMatchObject({ amountCents: 10_001 });
    const refunded = app.ctx.journal.readAfter(0, 100_000).filter((e) => e.type === 'payment.refunded').at(-1)!;
    expect(refunded.actor!.id).toBe('user-cashier');
    expect(refunded.payload.authorizedBy).toBe(grant.payload.manager.id);
  });

  it('closes the day only when drawers and orders are closed, with a Z report matching the payments', async () => {
    expect((await cashier.get('/cashier-sessions')).body.data.map((s: { id: string }) => s.id)).toEqual([sessionId]);
    const partial = await manager.get('/business-days/current/x-report');
    expect(partial.body.data.report.payments.capturedCents).toBe(
      app.ctx.db.prepare("SELECT SUM(amount_cents) FROM payments WHERE status = 'CAPTURED'").pluck().get(),
    );
    expect(partial.body.data.text).toContain('LEITURA X');
    const blocked = await manager.post('/business-days/current/close');
    expect(blocked.status).toBe(422);
    expect(blocked.body.error.code).toBe('BUSINESS_DAY_CLOSE_BLOCKED');
    expect(blocked.body.error.details.openCashierSessions.map((s: { sessionId: string }) => s.sessionId)).toEqual([sessionId]);

    const draft = await cashier.post('/orders', { channel: 'COUNTER', items: [{ productId: 'prod-fries', quantity: 1 }] });
    const summary = app.ctx.db.prepare("SELECT method, SUM(amount_cents) AS amount, SUM(change_cents) AS change FROM payments WHERE status = 'CAPTURED' GROUP BY method").all() as { method: string; amount: number; change: number }[];
    const cashIn = summary.find((s) => s.method === 'CASH')!;
    const expectedCash = 10_000 + cashIn.amount + 20_000 - 20_001;
    const counted = Object.fromEntries(summary.map((s) => [s.method, s.method === 'CASH' ? expectedCash : s.amount - (s.method === 'CREDIT' ? 10_001 : 0)]));
    const close = await cashier.post(`/cashier-sessions/${sessionId}/close`, { counted });
    expect(close.status).toBe(200);
    expect(close.body.data.report.lines.filter((l: { differenceCents: number }) => l.differenceCents !== 0)).toEqual([]);
    expect(close.body.data.report).toMatchObject({ status: 'BALANCED', differenceCents: 0 });

    const stillOrder = await manager.post('/business-days/current/close');
    expect(stillOrder.body.error.details.openOrders.map((o: { orderId: string }) => o.orderId)).toEqual([draft.body.data.id]);
    expect((await cashier.post(`/orders/${draft.body.data.id}/cancel`, { reason: 'desistiu' })).status).toBe(200);

    const closed = await manager.post('/business-days/current/close');
    expect(closed.status).toBe(200);
    const { report, text, backup, day } = closed.body.data;
    expect(day.status).toBe('CLOSED');
    const captured = summary.reduce((s, m) => s + m.amount, 0);
    expect(report.payments.capturedCents).toBe(captured);
    expect(report.payments.refundedCents).toBe(10_001);
    expect(report.payments.netCents).toBe(captured - 10_001);
    expect(report.payments.byMethod.map((m: { method: string; capturedCents: number }) => [m.method, m.capturedCents])).toEqual(summary.map((s) => [s.method, s.amount]).sort());
    expect(report.sales.netCents).toBe(captured);
    expect(report.cancellations.count).toBe(1);
    expect(report.byChannel).toEqual([{ channel: 'COUNTER', count: 3, amountCents: captured }]);
    expect(report.byProduct[0]).toMatchObject({ productId: 'prod-fries', quantity: 14 });
    expect(report.cashiers).toEqual([expect.objectContaining({ sessionId, status: 'BALANCED' })]);
    expect(text.split('\n').every((l: string) => l.length <= 48)).toBe(true);
    expect(existsSync(backup.file)).toBe(true);
    const journal = app.ctx.journal.readAfter(0, 100_000);
    const closedEvent = journal.find((e) => e.type === 'business_day.closed')!;
    expect(closedEvent.payload.report).toEqual(report);
    // HQ shows the store's Z as it was printed: the very text the close answered.
    expect(closedEvent.payload.text).toBe(text);
    expect(text).toContain('REDUÇÃO Z - FECHAMENTO DO DIA');
    const journalCaptured = journal.filter((e) => e.type === 'payment.captured').reduce((s, e) => s + e.payload.amountCents, 0);
    expect(journalCaptured).toBe(captured);
    const fetched = await manager.get(`/business-days/${day.id}/report`);
    expect(fetched.body.data.report).toEqual(report);
    const pay = await cashier.post('/orders', { channel: 'COUNTER', items: [{ productId: 'prod-fries', quantity: 1 }] });
    expect(pay.body.error.code).toBe('BUSINESS_DAY_NOT_OPEN');
  });
});
