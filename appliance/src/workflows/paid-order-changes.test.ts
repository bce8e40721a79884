import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLE_PERMISSIONS } from '../auth/index.js';
import type { TestAppliance } from '../kernel/testing/harness.js';
import { AsaasGateway, createPaymentsModule } from '../payments/index.js';
import { AsaasSimulator } from '../payments/simulators/asaas-simulator.js';
import { apiAs, type Api, startTillStore } from './test-support.js';

const MANAGER_PIN = { 'x-manager-override': 'gerente:1234' };

/**
 * A settled order's payments and NFC-e cover what it held when it was paid, and it takes no second
 * settlement: lines added or moved in afterwards would never be charged (or, moved out, be charged
 * twice). A discount after a partial payment comes off what is still owed, and an order with a PIX
 * charge still open is not cancelled under it.
 */
describe('changes to a paid order', () => {
  let app: TestAppliance;
  let waiter: Api;
  let cashier: Api;
  let manager: Api;
  let asaas: AsaasSimulator;
  let drawerId: string;

  beforeAll(async () => {
    asaas = await new AsaasSimulator({ apiKey: 'k', webhookToken: 'hook' }).start();
    const payments = createPaymentsModule({ pixGateways: [new AsaasGateway({ baseUrl: asaas.baseUrl, apiKey: 'k', webhookToken: 'hook', customerId: 'cus_1', timeoutMs: 2000 })] });
    app = await startTillStore(payments);
    asaas.webhookUrl = `${app.baseUrl}/api/v1/payments/webhooks/asaas`;
    waiter = apiAs(app, [...ROLE_PERMISSIONS.WAITER], 'WAITER');
    cashier = apiAs(app, [...ROLE_PERMISSIONS.CASHIER], 'CASHIER');
    manager = apiAs(app, [...ROLE_PERMISSIONS.MANAGER], 'MANAGER');
    const opened = await cashier.post('/cashier-sessions', { terminalId: 'POS-R', openingFloatCents: 10_000 });
    expect(opened.status, JSON.stringify(opened.body)).toBe(201);
    drawerId = opened.body.data.id;
  });
  afterAll(async () => {
    await app.close();
    await asaas.close();
  });

  const paidCounterOrder = async (as: Api = cashier, channel = 'COUNTER') => {
    const created = await as.post('/orders', { channel, items: [{ productId: 'prod-fries', quantity: 1 }], confirm: true });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const id = created.body.data.id as string;
    const paid = await cashier.post(`/orders/${id}/payments`, { method: 'CASH', tenderedCents: 1290 });
    expect(paid.status, JSON.stringify(paid.body)).toBe(201);
    expect(paid.body.data.order.paidAt).not.toBeNull();
    return id;
  };

  it('refuses more items on a paid order, from the till and from the customer app alike', async () => {
    const id = await paidCounterOrder();
    const added = await cashier.post(`/orders/${id}/items`, { items: [{ productId: 'prod-brownie', quantity: 3 }] });
    expect(added.status).toBe(422);
    expect(added.body.error.code).toBe('ORDER_ALREADY_PAID');
    expect(added.body.error.message).toMatch(/já foi pago/);
    expect((await cashier.get(`/orders/${id}`)).body.data.totalCents).toBe(1290);

    const customer = apiAs(app, [...ROLE_PERMISSIONS.CUSTOMER], 'CUSTOMER', 'cust-1');
    const own = await paidCounterOrder(customer, 'TAKEOUT');
    const fromApp = await customer.post(`/orders/${own}/items`, { items: [{ productId: 'prod-brownie', quantity: 5 }] });
    expect(fromApp.body.error?.code).toBe('ORDER_ALREADY_PAID');
  });

  it('puts a round after the tab was paid in full on a new order of the tab; lines never move into or out of a paid order', async () => {
    const paidTab = (await waiter.post('/tables/table-3/tab', { guests: 1 })).body.data as { id: string; primaryOrderId: string };
    const first = await waiter.post(`/tabs/${paidTab.id}/rounds`, { items: [{ productId: 'prod-coke', quantity: 1 }] });
    expect(first.status).toBe(200);
    const paidItemIds = first.body.data.order.items.map((i: { itemId: string }) => i.itemId);
    expect((await cashier.post(`/orders/${paidTab.primaryOrderId}/payments`, { method: 'CASH', tenderedCents: 690 })).status).toBe(201);

    // The guests stay and order more: the round goes to the kitchen on a new order of the same tab.
    const round = await waiter.post(`/tabs/${paidTab.id}/rounds`, { items: [{ productId: 'prod-beer', quantity: 2 }] });
    expect(round.status, JSON.stringify(round.body)).toBe(200);
    const newOrder = round.body.data.order as { id: string; tableId: string; status: string; totalCents: number };
    expect(newOrder.id).not.toBe(paidTab.primaryOrderId);
    expect([newOrder.tableId, newOrder.status]).toEqual(['table-3', 'CONFIRMED']);
    expect(round.body.data.kitchenTickets.length).toBeGreaterThan(0);
    const tab = (await waiter.get(`/tabs/${paidTab.id}`)).body.data;
    expect(tab.orderIds).toEqual([paidTab.primaryOrderId, newOrder.id]);
    expect(tab.totalCents - tab.paidCents).toBe(newOrder.totalCents);
    const joined = app.ctx.db.prepare("SELECT payload FROM journal WHERE type = 'tables.tab_order_added' AND aggregate_id = ?").pluck().all(paidTab.id) as string[];
    expect(joined.map((p) => JSON.parse(p).orderId)).toEqual([newOrder.id]);

    // The paid order itself still takes nothing: its payment and NFC-e cover what it held.
    const onPaid = await cashier.post(`/orders/${paidTab.primaryOrderId}/items`, { items: [{ productId: 'prod-beer', quantity: 1 }] });
    expect(onPaid.body.error?.code).toBe('ORDER_ALREADY_PAID');

    const other = (await waiter.post('/tables/table-4/tab', { guests: 1 })).body.data as { id: string; primaryOrderId: string };
    const rings = await waiter.post(`/tabs/${other.id}/rounds`, { items: [{ productId: 'prod-onion-rings', quantity: 2 }] });
    const ringIds = rings.body.data.order.items.map((i: { itemId: string }) => i.itemId);
    const outOf = await waiter.post(`/tabs/${paidTab.id}/transfer-items`, { itemIds: paidItemIds, toTableId: 'table-4' });
    expect(outOf.body.error?.code).toBe('ORDER_ALREADY_PAID');
    const into = await waiter.post(`/tabs/${other.id}/transfer-items`, { itemIds: ringIds, toTableId: 'table-3' });
    expect(into.status, JSON.stringify(into.body)).toBe(200);

    const order = (await cashier.get(`/orders/${paidTab.primaryOrderId}`)).body.data;
    const balance = (await cashier.get(`/orders/${paidTab.primaryOrderId}/payments`)).body.data.balance;
    expect(order.totalCents).toBe(balance.paidCents);
    expect((await cashier.get(`/orders/${newOrder.id}`)).body.data.totalCents).toBe(newOrder.totalCents + 2 * 1490);
  });

  it('takes a discount after a partial payment off what is still owed, and settles the order when nothing is left', async () => {
    const created = await cashier.post('/orders', { channel: 'COUNTER', items: [{ productId: 'prod-fries', quantity: 2 }], confirm: true });
    const id = created.body.data.id as string;
    expect(created.body.data.totalCents).toBe(2580);
    expect((await cashier.post(`/orders/${id}/payments`, { method: 'CASH', amountCents: 2000, tenderedCents: 2000 })).status).toBe(201);

    const tooMuch = await manager.post(`/orders/${id}/discount`, { amountCents: 581, reason: 'cliente fiel' }, MANAGER_PIN);
    expect(tooMuch.status).toBe(422);
    expect(tooMuch.body.error.code).toBe('ORDER_DISCOUNT_OVER_BALANCE');
    expect(tooMuch.body.error.details.maxCents).toBe(580);
    expect(tooMuch.body.error.message).toContain('5,80');

    const rest = await manager.post(`/orders/${id}/discount`, { amountCents: 580, reason: 'cliente fiel' }, MANAGER_PIN);
    expect(rest.status, JSON.stringify(rest.body)).toBe(200);
    expect(rest.body.data.totalCents).toBe(2000);
    expect(rest.body.data.paidAt).not.toBeNull();
    const again = await manager.post(`/orders/${id}/discount`, { amountCents: 0, reason: 'desfazer' }, MANAGER_PIN);
    expect(again.body.error?.code).toBe('ORDER_ALREADY_PAID');
  });

  it('still discounts an order nothing was paid on, up to its whole total', async () => {
    const created = await cashier.post('/orders', { channel: 'COUNTER', items: [{ productId: 'prod-fries', quantity: 1 }], confirm: true });
    const id = created.body.data.id as string;
    const discounted = await manager.post(`/orders/${id}/discount`, { amountCents: 290, reason: 'promoção' }, MANAGER_PIN);
    expect(discounted.status, JSON.stringify(discounted.body)).toBe(200);
    expect(discounted.body.data.totalCents).toBe(1000);
    expect(discounted.body.data.paidAt).toBeNull();
  });

  it('refuses to cancel an order while its PIX charge is open; once the charge is withdrawn the order cancels', async () => {
    const draft = await cashier.post('/orders', { channel: 'COUNTER', items: [{ productId: 'prod-fries', quantity: 1 }] });
    const id = draft.body.data.id as string;
    const pix = await cashier.post(`/orders/${id}/payments`, { method: 'PIX' });
    expect(pix.status, JSON.stringify(pix.body)).toBe(201);
    const refused = await cashier.post(`/orders/${id}/cancel`, { reason: 'desistiu' });
    expect(refused.status).toBe(422);
    expect(refused.body.error.code).toBe('ORDER_PAYMENT_PENDING');
    expect((await cashier.get(`/orders/${id}`)).body.data.status).toBe('DRAFT');
    const withdrawn = await cashier.post(`/payments/${pix.body.data.payment.id}/cancel`);
    expect(withdrawn.status, JSON.stringify(withdrawn.body)).toBe(200);
    const cancelled = await cashier.post(`/orders/${id}/cancel`, { reason: 'desistiu' });
    expect(cancelled.status, JSON.stringify(cancelled.body)).toBe(200);
    expect(cancelled.body.data.status).toBe('CANCELLED');
  });

  it('books a PIX charge only into a drawer its caller operates', async () => {
    const draft = await cashier.post('/orders', { channel: 'COUNTER', items: [{ productId: 'prod-fries', quantity: 1 }] });
    const id = draft.body.data.id as string;
    const colleague = apiAs(app, [...ROLE_PERMISSIONS.CASHIER], 'CASHIER', 'user-cashier-2');
    const intoOther = await colleague.post(`/orders/${id}/payments`, { method: 'PIX', cashierSessionId: drawerId });
    expect([intoOther.status, intoOther.body.error?.code]).toEqual([403, 'CASHIER_NOT_OWNER']);
    expect((await cashier.get(`/orders/${id}/payments`)).body.data.payments).toEqual([]);
    const own = await cashier.post(`/orders/${id}/payments`, { method: 'PIX', cashierSessionId: drawerId });
    expect(own.status, JSON.stringify(own.body)).toBe(201);
    expect(own.body.data.payment.cashierSessionId).toBe(drawerId);
  });
});
