/**
 * A table that paid its bill at the till may stay seated and be joined by another table: the
 * joined tables keep ordering. A new round, and lines moved to them from another table, go on the
 * tab's order still open (the joining table's) instead of being refused because the tab's first
 * order was paid.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLE_PERMISSIONS } from '../auth/index.js';
import type { TestAppliance } from '../kernel/testing/harness.js';
import { apiAs, type Api, startTillStore } from './test-support.js';

describe('joining a table into a tab whose own order is already paid', () => {
  let app: TestAppliance;
  let waiter: Api;
  let cashier: Api;

  beforeAll(async () => {
    app = await startTillStore();
    waiter = apiAs(app, [...ROLE_PERMISSIONS.WAITER], 'WAITER');
    cashier = apiAs(app, [...ROLE_PERMISSIONS.CASHIER], 'CASHIER');
    expect((await cashier.post('/cashier-sessions', { terminalId: 'POS-1', openingFloatCents: 10_000 })).status).toBe(201);
  });
  afterAll(() => app.close());

  const openTab = async (tableId: string, items: object[]) => {
    const tab = (await waiter.post(`/tables/${tableId}/tab`, { guests: 2 })).body.data as { id: string; primaryOrderId: string };
    const round = await waiter.post(`/tabs/${tab.id}/rounds`, { items });
    expect(round.status, JSON.stringify(round.body)).toBe(200);
    return tab;
  };

  it('joined tables keep ordering after one of them paid its own bill at the till', async () => {
    const eight = await openTab('table-8', [{ productId: 'prod-fries', quantity: 1 }]);
    const paid = await cashier.post(`/orders/${eight.primaryOrderId}/payments`, { method: 'CASH', tenderedCents: 5000 }, { 'idempotency-key': crypto.randomUUID() });
    expect(paid.status, JSON.stringify(paid.body)).toBe(201);
    await openTab('table-7', [{ productId: 'prod-beer', quantity: 2 }]);

    const merged = await waiter.post(`/tabs/${eight.id}/merge`, { tableId: 'table-7' });
    expect(merged.status, JSON.stringify(merged.body)).toBe(200);
    expect(merged.body.data.status).toBe('OPEN');

    const dessert = await waiter.post(`/tabs/${eight.id}/rounds`, { items: [{ productId: 'prod-brownie', quantity: 2 }] });
    expect(dessert.status, JSON.stringify(dessert.body)).toBe(200);
  });

  it('lines moved to joined tables whose first order was paid go on their open order', async () => {
    const four = await openTab('table-4', [{ productId: 'prod-fries', quantity: 1 }]);
    const paid = await cashier.post(`/orders/${four.primaryOrderId}/payments`, { method: 'CASH', tenderedCents: 5000 }, { 'idempotency-key': crypto.randomUUID() });
    expect(paid.status, JSON.stringify(paid.body)).toBe(201);
    const five = await openTab('table-5', [{ productId: 'prod-beer', quantity: 1 }]);
    expect((await waiter.post(`/tabs/${four.id}/merge`, { tableId: 'table-5' })).status).toBe(200);

    const six = await openTab('table-6', [{ productId: 'prod-brownie', quantity: 1 }]);
    const brownie = (await waiter.get(`/tabs/${six.id}`)).body.data.orders[0].items[0].itemId as string;
    const moved = await waiter.post(`/tabs/${six.id}/transfer-items`, { itemIds: [brownie], toTableId: 'table-4' });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    const onFive = moved.body.data.to.orders.find((o: { id: string }) => o.id === five.primaryOrderId);
    expect(onFive.items.map((i: { itemId: string }) => i.itemId)).toContain(brownie);
  });
});
