import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnAppliance, type ApplianceProcess } from '../support/appliance-process.js';
import { ApiClient } from '../support/http-client.js';

const OVERRIDE = { 'x-manager-override': 'gerente:1234' };

/**
 * The money and order rules a store's staff could get around, each driven over HTTP against the
 * built appliance with the demo users: unpaid orders leaving as sales, limits split into small
 * amounts, the blind count read through side doors, customers acting on others' orders, and
 * amounts or names no person could type.
 */
describe('money rules against the built appliance', () => {
  let appliance: ApplianceProcess;
  let admin: ApiClient;
  let manager: ApiClient;
  let cashier: ApiClient;
  let waiter: ApiClient;
  let kitchen: ApiClient;
  let customer: ApiClient;
  let otherCashier: ApiClient;
  let drawerId: string;

  beforeAll(async () => {
    appliance = await spawnAppliance({ env: { CHEFIA_DEMO: '1' }, readyTimeoutMs: 120_000 });
    admin = await new ApiClient(appliance.baseUrl).login();
    manager = await new ApiClient(appliance.baseUrl).login('gerente', 'Gerente#2026');
    cashier = await new ApiClient(appliance.baseUrl).login('caixa', 'Caixa#2026');
    waiter = await new ApiClient(appliance.baseUrl).login('garcom', 'Garcom#2026');
    kitchen = await new ApiClient(appliance.baseUrl).login('cozinha', 'Cozinha#2026');
    customer = await new ApiClient(appliance.baseUrl).login('cliente', 'Cliente#2026');
    const created = await admin.post('/users', { username: 'bia.caixa', name: 'Bia Caixa', role: 'CASHIER', password: 'Bia#Caixa2026', pin: '2468' });
    expect(created.status).toBe(201);
    otherCashier = await new ApiClient(appliance.baseUrl).login('bia.caixa', 'Bia#Caixa2026');
    const opened = await cashier.post('/cashier-sessions', { terminalId: 'POS-1', openingFloatCents: 10_000 });
    expect(opened.status).toBe(201);
    drawerId = opened.body.data.id;
  }, 180_000);

  afterAll(async () => {
    await appliance?.stop();
  });

  /** A confirmed counter order the kitchen has finished, not paid yet. */
  async function readyOrder(by: ApiClient, quantity = 1, channel = 'COUNTER'): Promise<{ id: string; totalCents: number }> {
    const created = await by.post('/orders', { channel, items: [{ productId: 'prod-fries', quantity }] });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect((await by.post(`/orders/${created.body.data.id}/confirm`)).status).toBe(200);
    expect((await kitchen.post(`/orders/${created.body.data.id}/status`, { status: 'READY' })).status).toBe(200);
    return created.body.data;
  }

  async function paidByCard(quantity: number): Promise<{ id: string; amountCents: number }> {
    const order = await readyOrder(cashier, quantity);
    const paid = await cashier.post(`/orders/${order.id}/payments`, { method: 'CREDIT' });
    expect(paid.status, JSON.stringify(paid.body)).toBe(201);
    return paid.body.data.payment;
  }

  it('refuses to complete an order or close a tab with a balance due; a manager write-off lets it go, listed apart from sales', async () => {
    const counter = await readyOrder(cashier);
    const completed = await cashier.post(`/orders/${counter.id}/status`, { status: 'COMPLETED' });
    expect(completed.status).toBe(422);
    expect(completed.body.error).toMatchObject({ code: 'ORDER_NOT_PAID', details: { orderId: counter.id } });
    expect(completed.body.error.message).toContain('saldo a pagar');

    const tab = await waiter.post('/tables/table-3/tab', { guests: 2 });
    expect(tab.status).toBe(201);
    const round = await waiter.post(`/tabs/${tab.body.data.id}/rounds`, { items: [{ productId: 'prod-fries', quantity: 2 }] });
    expect(round.status).toBe(200);
    const tabOrder = round.body.data.order as { id: string; totalCents: number };
    expect((await kitchen.post(`/orders/${tabOrder.id}/status`, { status: 'READY' })).status).toBe(200);
    expect((await waiter.post(`/orders/${tabOrder.id}/status`, { status: 'COMPLETED' })).body.error.code).toBe('ORDER_NOT_PAID');
    const closeTab = await waiter.post(`/tabs/${tab.body.data.id}/close`);
    expect(closeTab.body.error.code).toBe('TAB_NOT_SETTLED');
    expect((await waiter.get('/tables/table-3')).body.data.status).toBe('OCCUPIED');
    const before = (await manager.get('/business-days/current/x-report')).body.data.report;

    const refused = await waiter.post(`/orders/${tabOrder.id}/write-off`, { kind: 'COURTESY', reason: 'aniversário do cliente' });
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('MANAGER_OVERRIDE_REQUIRED');
    const writtenOff = await waiter.post(`/orders/${tabOrder.id}/write-off`, { kind: 'COURTESY', reason: 'aniversário do cliente' }, OVERRIDE);
    expect(writtenOff.status, JSON.stringify(writtenOff.body)).toBe(200);
    expect(writtenOff.body.data).toMatchObject({ status: 'COMPLETED', writeOff: { kind: 'COURTESY', amountCents: tabOrder.totalCents } });
    expect((await waiter.post(`/tabs/${tab.body.data.id}/close`)).status).toBe(200);
    expect((await waiter.get('/tables/table-3')).body.data.status).toBe('FREE');

    const after = await manager.get('/business-days/current/x-report');
    expect(after.body.data.report.sales).toEqual(before.sales);
    expect(after.body.data.report.writeOffs).toMatchObject({ count: 1, amountCents: tabOrder.totalCents, byKind: [{ kind: 'COURTESY', count: 1, amountCents: tabOrder.totalCents }] });
    expect(after.body.data.text).toContain('Cortesias (1)');
    // The counter order is still open: paid, it would have been handed over.
    expect((await cashier.get(`/orders/${counter.id}`)).body.data.status).toBe('READY');
    expect((await cashier.post(`/orders/${counter.id}/payments`, { method: 'CASH', tenderedCents: 2_000 })).body.data.order.status).toBe('COMPLETED');
  });

  it('adds refunds and withdrawals up per payment and per drawer and day, checks payments.refund and refunds only into the operator’s drawer', async () => {
    const big = await paidByCard(35);
    expect(big.amountCents).toBeGreaterThan(44_700);
    const first = await cashier.post(`/payments/${big.id}/refunds`, { amountCents: 10_000, reason: 'item errado' });
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    const second = await cashier.post(`/payments/${big.id}/refunds`, { amountCents: 10_000, reason: 'item errado' });
    expect(second.status).toBe(403);
    expect(second.body.error).toMatchObject({ code: 'MANAGER_OVERRIDE_REQUIRED', details: { action: 'cashier.refund', cumulativeCents: 20_000 } });
    // Another payment, same drawer and day: the drawer's allowance is already used.
    const small = await paidByCard(2);
    const elsewhere = await cashier.post(`/payments/${small.id}/refunds`, { amountCents: 100, reason: 'troca' });
    expect(elsewhere.body.error.code).toBe('MANAGER_OVERRIDE_REQUIRED');
    expect((await cashier.post(`/payments/${small.id}/refunds`, { amountCents: 100, reason: 'troca' }, OVERRIDE)).status).toBe(201);

    expect((await cashier.post(`/cashier-sessions/${drawerId}/operations`, { type: 'DEPOSIT', amountCents: 50_000 })).status).toBe(201);
    const sangria = { type: 'WITHDRAWAL', amountCents: 15_000, reason: 'sangria' };
    expect((await cashier.post(`/cashier-sessions/${drawerId}/operations`, sangria)).status).toBe(201);
    const split = await cashier.post(`/cashier-sessions/${drawerId}/operations`, sangria);
    expect(split.status).toBe(403);
    expect(split.body.error).toMatchObject({ code: 'MANAGER_OVERRIDE_REQUIRED', details: { action: 'cashier.withdrawal', cumulativeCents: 30_000 } });

    const byWaiter = await waiter.post(`/payments/${small.id}/refunds`, { amountCents: 100, reason: 'troca' });
    expect(byWaiter.status).toBe(403);
    expect(byWaiter.body.error.details).toEqual({ permission: 'payments.refund' });
    const noDrawer = await otherCashier.post(`/payments/${small.id}/refunds`, { amountCents: 100, reason: 'troca' });
    expect(noDrawer.status).toBe(422);
    expect(noDrawer.body.error.code).toBe('CASHIER_REFUND_SESSION_REQUIRED');
  });

  it('keeps the count blind: an operator sees no drawer amounts before closing, nor other operators’ drawers', async () => {
    const own = await cashier.get(`/cashier-sessions/${drawerId}`);
    expect(own.status).toBe(200);
    expect(own.body.data).toMatchObject({ id: drawerId, status: 'OPEN', operations: null, expectedByMethod: null });
    const audited = await manager.get(`/cashier-sessions/${drawerId}`);
    expect(audited.body.data.operations.length).toBeGreaterThan(0);
    expect(audited.body.data.expectedByMethod.CASH).toBeGreaterThan(0);

    // Above the limit the manager is asked for before the drawer's cash is looked at: whether the
    // drawer holds the amount or not, the cashier's refusal is the same and names no drawer amount.
    const tooMuch = await cashier.post(`/cashier-sessions/${drawerId}/operations`, { type: 'WITHDRAWAL', amountCents: 10_000_000, reason: 'sangria' });
    expect([tooMuch.status, tooMuch.body.error.code]).toEqual([403, 'MANAGER_OVERRIDE_REQUIRED']);
    expect(tooMuch.body.error.details?.availableCents).toBeUndefined();
    const covered = await cashier.post(`/cashier-sessions/${drawerId}/operations`, { type: 'WITHDRAWAL', amountCents: 20_100, reason: 'sangria' });
    expect([covered.status, covered.body.error?.code]).toEqual([403, 'MANAGER_OVERRIDE_REQUIRED']);
    const seenByManager = await manager.post(`/cashier-sessions/${drawerId}/operations`, { type: 'WITHDRAWAL', amountCents: 10_000_000, reason: 'sangria' });
    expect(seenByManager.body.error.details.availableCents).toBe(audited.body.data.expectedByMethod.CASH);

    const second = await otherCashier.post('/cashier-sessions', { terminalId: 'POS-2', openingFloatCents: 5_000 });
    expect(second.status).toBe(201);
    const peek = await cashier.get(`/cashier-sessions/${second.body.data.id}`);
    expect(peek.status).toBe(403);
    expect(peek.body.error.code).toBe('CASHIER_NOT_OWNER');
    expect((await cashier.get('/cashier-sessions')).body.data.map((s: { id: string }) => s.id)).toEqual([drawerId]);
    expect((await manager.get('/cashier-sessions')).body.data).toHaveLength(2);
    const closed = await otherCashier.post(`/cashier-sessions/${second.body.data.id}/close`, { counted: { CASH: 5_000 } });
    expect(closed.body.data.report.status).toBe('BALANCED');
    expect((await cashier.get(`/cashier-sessions/${second.body.data.id}/close-report`)).status).toBe(403);
    expect((await otherCashier.get(`/cashier-sessions/${second.body.data.id}`)).body.data.expectedByMethod).toEqual(expect.objectContaining({ CASH: 5_000 }));
  });

  it('lets a customer act only on their own orders', async () => {
    const staffOrder = await cashier.post('/orders', { channel: 'COUNTER', items: [{ productId: 'prod-fries', quantity: 1 }] });
    const add = await customer.post(`/orders/${staffOrder.body.data.id}/items`, { items: [{ productId: 'prod-fries', quantity: 50 }] });
    expect(add.status).toBe(403);
    expect(add.body.error.code).toBe('ORDER_NOT_OWNER');
    expect((await customer.post(`/orders/${staffOrder.body.data.id}/confirm`)).body.error.code).toBe('ORDER_NOT_OWNER');
    expect((await cashier.get(`/orders/${staffOrder.body.data.id}`)).body.data).toMatchObject({ status: 'DRAFT', totalCents: staffOrder.body.data.totalCents });

    const forSomeoneElse = await customer.post('/orders', { channel: 'KIOSK', customerId: 'cust-other', items: [{ productId: 'prod-fries', quantity: 1 }] });
    expect(forSomeoneElse.status).toBe(403);
    expect(forSomeoneElse.body.error.code).toBe('ORDER_CUSTOMER_NOT_ALLOWED');
    const mine = await customer.post('/orders', { channel: 'KIOSK', items: [{ productId: 'prod-fries', quantity: 1 }] });
    expect(mine.status).toBe(201);
    expect((await customer.post(`/orders/${mine.body.data.id}/items`, { items: [{ productId: 'prod-brownie', quantity: 1 }] })).status).toBe(200);
    expect((await customer.post(`/orders/${mine.body.data.id}/confirm`)).status).toBe(200);
  });

  it('refuses amounts past the hard limits and names with control characters, bidi overrides or lone surrogates', async () => {
    const product = { categoryId: 'cat-sides', sku: 'LIM-001', name: 'Porção limite', type: 'SIMPLE', priceCents: 100_000_000 };
    const huge = await admin.post('/products', { ...product, sku: 'LIM-000', priceCents: 9_000_000_000_000_000 });
    expect(huge.status).toBe(400);
    expect(huge.body.error.code).toBe('VALIDATION_FAILED');
    const atLimit = await admin.post('/products', product);
    expect(atLimit.status, JSON.stringify(atLimit.body)).toBe(201);
    const order = await cashier.post('/orders', { channel: 'COUNTER', items: [{ productId: atLimit.body.data.id, quantity: 999 }] });
    expect(order.status).toBe(422);
    expect(order.body.error.code).toBe('ORDER_TOTAL_TOO_LARGE');
    const ten = await cashier.post('/orders', { channel: 'COUNTER', items: [{ productId: atLimit.body.data.id, quantity: 10 }] });
    expect(ten.status).toBe(201);
    const more = await cashier.post(`/orders/${ten.body.data.id}/items`, { items: [{ productId: atLimit.body.data.id, quantity: 1 }] });
    expect(more.body.error.code).toBe('ORDER_TOTAL_TOO_LARGE');

    for (const name of ['Batata\u202Eatirf', 'Linha\nnova', 'Sozinho\uD800', 'Isolado\u2066x\u2069', 'Nulo\u0000']) {
      const products = await admin.post('/products', { ...product, sku: `LIM-${name.length}`, name, priceCents: 100 });
      const customers = await cashier.post('/customers', { name });
      const users = await admin.post('/users', { username: 'nome.ruim', name, role: 'WAITER', password: 'Garcom#Novo2026', pin: '8642' });
      const notes = await cashier.post('/orders', { channel: 'COUNTER', notes: name, items: [{ productId: 'prod-fries', quantity: 1 }] });
      for (const res of [products, customers, users, notes]) {
        expect(res.status, `${JSON.stringify(name)} ${JSON.stringify(res.body)}`).toBe(400);
        expect(res.body.error.code).toBe('VALIDATION_FAILED');
      }
    }
    expect((await cashier.post('/customers', { name: 'Açaí da Conceição 🍧' })).status).toBe(201);
  });
});
