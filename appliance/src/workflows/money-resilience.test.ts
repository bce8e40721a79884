import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { beginBusinessDayClose, findBusinessDay, findOpenBusinessDay } from '../business-day/index.js';
import { cashierModule } from '../cashier/index.js';
import { VirtualCardNetwork, VirtualCardProvider } from '../devices/tef/virtual-provider.js';
import { startTestAppliance, type TestAppliance } from '../kernel/testing/harness.js';
import { AsaasGateway, createPaymentsModule } from '../payments/index.js';
import { AsaasSimulator } from '../payments/simulators/asaas-simulator.js';
import { workflowsModule } from './index.js';
import { apiAs, NOON_MONDAY, orderModules, type Api } from './test-support.js';

const PERMS = ['orders.create', 'orders.read', 'orders.confirm', 'orders.cancel', 'orders.fulfil', 'cashier.operate', 'payments.capture', 'payments.refund', 'stock.read', 'stock.manage'];

function moneyStore(options: { network?: VirtualCardNetwork; asaas?: AsaasSimulator; dataDir?: string } = {}) {
  const payments = createPaymentsModule({
    card: new VirtualCardProvider(options.network ?? new VirtualCardNetwork()),
    pixGateways: options.asaas ? [new AsaasGateway({ baseUrl: options.asaas.baseUrl, apiKey: 'k', webhookToken: 'hook', customerId: 'cus', timeoutMs: 2000 })] : [],
  });
  const modules = [...orderModules().filter((m) => m !== workflowsModule), cashierModule, payments, workflowsModule];
  return startTestAppliance(modules, { clock: NOON_MONDAY, env: { CHEFIA_DEMO: '1' }, dataDir: options.dataDir });
}

async function until(check: () => boolean | Promise<boolean>): Promise<void> {
  for (let i = 0; i < 200 && !(await check()); i++) await new Promise((r) => setTimeout(r, 20));
  expect(await check()).toBe(true);
}

describe('money workflows: retries, stock, gateway refunds', () => {
  let app: TestAppliance;
  let asaas: AsaasSimulator;
  let manager: Api;
  const network = new VirtualCardNetwork();

  beforeAll(async () => {
    asaas = await new AsaasSimulator({ apiKey: 'k', webhookToken: 'hook' }).start();
    app = await moneyStore({ network, asaas });
    asaas.webhookUrl = `${app.baseUrl}/api/v1/payments/webhooks/asaas`;
    manager = apiAs(app, PERMS, 'MANAGER');
    expect((await manager.post('/cashier-sessions', { terminalId: 'POS-9', openingFloatCents: 0 })).status).toBe(201);
  });
  afterAll(async () => {
    await app.close();
    await asaas.close();
  });

  async function readyOrder(quantity = 1) {
    const order = (await manager.post('/orders', { channel: 'COUNTER', items: [{ productId: 'prod-fries', quantity }] })).body.data;
    expect((await manager.post(`/orders/${order.id}/confirm`)).status).toBe(200);
    expect((await manager.post(`/orders/${order.id}/status`, { status: 'READY' })).status).toBe(200);
    return order as { id: string; totalCents: number };
  }

  it('answers a retried card payment from the idempotency store without charging the card again', async () => {
    const order = await readyOrder();
    const authorizationsBefore = network.states.size;
    const first = await manager.post(`/orders/${order.id}/payments`, { method: 'CREDIT' }, { 'idempotency-key': `card-${order.id}` });
    const retry = await manager.post(`/orders/${order.id}/payments`, { method: 'CREDIT' }, { 'idempotency-key': `card-${order.id}` });
    expect(first.status).toBe(201);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(retry.body).toEqual(first.body);
    const rows = app.ctx.db.prepare('SELECT id FROM payments WHERE order_id = ?').pluck().all(order.id) as string[];
    expect(rows).toEqual([first.body.data.payment.id]);
    expect(network.states.size).toBe(authorizationsBefore + 1);
    expect(network.states.get(first.body.data.payment.id)).toBe('CONFIRMED');
  });

  it('reserves stock on confirm, consumes it on completion and releases it on cancellation', async () => {
    const item = await manager.post('/stock/items', { productId: 'prod-fries', name: 'Batata congelada (porção)', kind: 'PRODUCT', unit: 'MILLIUNIT', initialQuantity: 50_000, minLevel: 45_000 });
    expect(item.status).toBe(201);
    const stockOf = async () => (await manager.get(`/stock/items/${item.body.data.id}`)).body.data;
    const order = await readyOrder(2);
    await until(async () => (await stockOf()).reserved === 2_000);
    const paid = await manager.post(`/orders/${order.id}/payments`, { method: 'DEBIT' });
    // Taken out by the payment's own transaction (same clock reading), not later by the journal follower.
    const afterPayment = await stockOf();
    expect(afterPayment).toMatchObject({ onHand: 48_000, reserved: 0, available: 48_000 });
    expect(afterPayment.movements.find((m: { type: string }) => m.type === 'SALE').createdAt).toBe(paid.body.data.payment.createdAt);
    const cancelled = (await manager.post('/orders', { channel: 'COUNTER', items: [{ productId: 'prod-fries', quantity: 4 }] })).body.data;
    await manager.post(`/orders/${cancelled.id}/confirm`);
    await until(async () => (await stockOf()).reserved === 4_000);
    expect((await manager.post(`/orders/${cancelled.id}/cancel`, { reason: 'cliente desistiu' })).status).toBe(200);
    await until(async () => (await stockOf()).reserved === 0);
    const movements = (await stockOf()).movements.map((m: { type: string }) => m.type);
    expect(movements).toEqual(['PURCHASE', 'RESERVATION', 'SALE', 'RESERVATION', 'RELEASE']);
    expect(app.ctx.journal.readAfter(0, 100_000).some((e) => e.type === 'stock.low_level' && e.aggregateId === item.body.data.id)).toBe(true);

    // Paid before the kitchen is done: the bump that makes it READY hands it over and takes the goods out, in one commit.
    const paidFirst = (await manager.post('/orders', { channel: 'COUNTER', items: [{ productId: 'prod-fries', quantity: 1 }] })).body.data;
    const confirmedFirst = await manager.post(`/orders/${paidFirst.id}/confirm`);
    expect((await manager.post(`/orders/${paidFirst.id}/payments`, { method: 'DEBIT' })).status).toBe(201);
    const fryer = (confirmedFirst.body.data.kitchenTickets as { ticketId: string; station: string }[]).find((t) => t.station === 'FRYER')!;
    const bump = await apiAs(app, ['kds.operate'], 'KITCHEN').post('/kds/FRYER/commands', { ticketId: fryer.ticketId, action: 'bump' });
    expect(bump.body.data).toMatchObject({ orderFullyBumped: true, changed: true });
    const afterBump = await stockOf();
    expect(afterBump).toMatchObject({ onHand: 47_000, reserved: 0 });
    const completed = app.ctx.journal.readAfter(0, 100_000).find((e) => e.type === 'order.completed' && e.aggregateId === paidFirst.id)!;
    expect(afterBump.movements.at(-1)).toMatchObject({ type: 'SALE', createdAt: completed.occurredAt });
  });

  it('sends a PIX refund to the gateway after booking it', async () => {
    const order = await readyOrder(2);
    const pix = await manager.post(`/orders/${order.id}/payments`, { method: 'PIX' });
    await asaas.pay(pix.body.data.payment.providerRef);
    await until(async () => (await manager.get(`/payments/${pix.body.data.payment.id}`)).body.data.status === 'CAPTURED');
    const refund = await manager.post(`/payments/${pix.body.data.payment.id}/refunds`, { amountCents: 500, reason: 'item faltando' });
    expect(refund.status).toBe(201);
    expect(refund.body.data.gatewayRefund).toMatchObject({ status: 'DONE' });
    expect(asaas.payments.get(pix.body.data.payment.providerRef)!.refundedCents).toBe(500);
  });

  it('cancels a pending PIX charge here and at the gateway, freeing the balance', async () => {
    const order = await readyOrder();
    const pix = await manager.post(`/orders/${order.id}/payments`, { method: 'PIX' });
    expect(pix.body.data.balance.remainingCents).toBe(0);
    const cancel = await manager.post(`/payments/${pix.body.data.payment.id}/cancel`);
    expect(cancel.body.data.status).toBe('CANCELLED');
    expect(asaas.payments.get(pix.body.data.payment.providerRef)!.deleted).toBe(true);
    const cash = await manager.post(`/orders/${order.id}/payments`, { method: 'CASH', tenderedCents: order.totalCents });
    expect(cash.body.data.order.status).toBe('COMPLETED');
  });
});

describe('business day close interrupted by a restart', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'chefia-close-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('finishes a CLOSING day at the next start, with its Z report and backup', async () => {
    const first = await moneyStore({ dataDir });
    const day = findOpenBusinessDay(first.ctx.db)!;
    await first.ctx.commands.run('begin', (tx) => beginBusinessDayClose(tx, { openCashierSessions: [], openOrders: [] }), { actor: { type: 'user', id: 'boss' } });
    await first.close();
    const second = await moneyStore({ dataDir });
    try {
      const closed = findBusinessDay(second.ctx.db, day.id)!;
      expect(closed.status).toBe('CLOSED');
      const events = second.ctx.journal.readAfter(0, 100_000).filter((e) => e.aggregateId === day.id).map((e) => e.type);
      expect(events).toEqual(['business_day.opened', 'business_day.closing', 'business_day.closed', 'business_day.backed_up']);
      expect(readdirSync(join(dataDir, 'backups')).filter((f) => f.startsWith(`store-${day.date}`))).toHaveLength(1);
    } finally {
      await second.close();
    }
  });
});
