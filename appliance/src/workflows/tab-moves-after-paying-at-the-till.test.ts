/**
 * Guests who paid their dinner at the till and stay for another round, or two joined tables, can
 * still move to another table: the orders already closed (paid and served, or emptied by the
 * join) stay as they were, the open ones follow the guests. Moving them was refused with
 * "pedido encerrado" and the waiter could not seat them elsewhere.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLE_PERMISSIONS } from '../auth/index.js';
import type { TestAppliance } from '../kernel/testing/harness.js';
import { apiAs, type Api, startTillStore } from './test-support.js';

describe('moving a tab to another table', () => {
  let app: TestAppliance;
  let waiter: Api;
  let cashier: Api;
  let kitchen: Api;

  beforeAll(async () => {
    app = await startTillStore();
    waiter = apiAs(app, [...ROLE_PERMISSIONS.WAITER], 'WAITER');
    cashier = apiAs(app, [...ROLE_PERMISSIONS.CASHIER], 'CASHIER');
    kitchen = apiAs(app, [...ROLE_PERMISSIONS.MANAGER], 'MANAGER');
    expect((await cashier.post('/cashier-sessions', { terminalId: 'POS-1', openingFloatCents: 10_000 })).status).toBe(201);
  });
  afterAll(() => app.close());

  const open = async (tableId: string) => {
    const tab = (await waiter.post(`/tables/${tableId}/tab`, { guests: 2 })).body.data as { id: string; primaryOrderId: string };
    const round = await waiter.post(`/tabs/${tab.id}/rounds`, { items: [{ productId: 'prod-fries', quantity: 1 }] });
    expect(round.status, JSON.stringify(round.body)).toBe(200);
    return { ...tab, tickets: round.body.data.kitchenTickets as { ticketId: string; station: string }[] };
  };

  it('after the first order was served and paid at the till', async () => {
    const tab = await open('table-4');
    for (const { ticketId, station } of tab.tickets) expect((await kitchen.post(`/kds/${station}/commands`, { ticketId, action: 'bump' })).status).toBe(200);
    const paid = await cashier.post(`/orders/${tab.primaryOrderId}/payments`, { method: 'CASH', tenderedCents: 10_000 }, { 'idempotency-key': crypto.randomUUID() });
    expect(paid.status, JSON.stringify(paid.body)).toBe(201);
    expect((await waiter.get(`/orders/${tab.primaryOrderId}`)).body.data.status).toBe('COMPLETED');
    expect((await waiter.post(`/tabs/${tab.id}/rounds`, { items: [{ productId: 'prod-beer', quantity: 2 }] })).status).toBe(200);

    const moved = await waiter.post(`/tabs/${tab.id}/transfer`, { toTableId: 'table-9' });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    expect(moved.body.data.tableIds).toEqual(['table-9']);
    const beers = moved.body.data.orders.find((o: { status: string }) => o.status !== 'COMPLETED');
    expect(beers.tableId).toBe('table-9');
  });

  it('one of two joined tables', async () => {
    const five = await open('table-5');
    await open('table-6');
    expect((await waiter.post(`/tabs/${five.id}/merge`, { tableId: 'table-6' })).status).toBe(200);

    const moved = await waiter.post(`/tabs/${five.id}/transfer`, { fromTableId: 'table-6', toTableId: 'table-10' });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    expect(moved.body.data.tableIds.sort()).toEqual(['table-10', 'table-5']);
  });
});
