import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestAppliance } from '../kernel/testing/harness.js';
import { markOrderPaid, setOrderStatus } from '../orders/index.js';
import { apiAs, startDemoStore, type Api } from './test-support.js';

describe('table tabs on the demo floor', () => {
  let app: TestAppliance;
  let waiter: Api;
  const tableStatus = async (id: string) => (await waiter.get(`/tables/${id}`)).body.data.status;

  beforeAll(async () => {
    app = await startDemoStore();
    waiter = apiAs(app, ['tables.read', 'tables.operate', 'orders.read'], 'WAITER');
  });
  afterAll(() => app.close());

  it('serves the demo floor plan', async () => {
    const layouts = (await waiter.get('/table-layouts')).body.data;
    expect(layouts).toHaveLength(1);
    expect(layouts[0].sections.map((s: any) => [s.name, s.tables.length])).toEqual([['Salão principal', 6], ['Varanda', 4]]);
    expect((await waiter.get('/tables?status=FREE')).body.data).toHaveLength(10);
    const forbidden = await apiAs(app, ['tables.read', 'tables.operate']).post('/table-layouts', { name: 'x', sections: [{ name: 'y', tables: [] }] });
    expect(forbidden.status).toBe(403);
  });

  it('runs a tab from opening to a split bill and close', async () => {
    const opened = await waiter.post('/tables/table-1/tab', { guests: 3 });
    expect(opened.status).toBe(201);
    const tab = opened.body.data;
    expect(tab).toMatchObject({ status: 'OPEN', tableIds: ['table-1'], guests: 3, totalCents: 0, waiterId: 'user-waiter' });
    expect(await tableStatus('table-1')).toBe('OCCUPIED');
    expect((await waiter.post('/tables/table-1/tab', {})).body.error.code).toBe('TABLE_HAS_TAB');

    const first = await waiter.post(`/tabs/${tab.id}/rounds`, {
      items: [
        { productId: 'prod-classic-burger', quantity: 1, options: ['rare'], seat: 1 },
        { productId: 'prod-beer', quantity: 2, seat: 2 },
        { productId: 'prod-onion-rings', quantity: 1 },
      ],
    });
    expect(first.status).toBe(200);
    expect(first.body.data.order.status).toBe('CONFIRMED');
    expect(first.body.data.kitchenTickets.map((t: any) => t.station).sort()).toEqual(['COLD', 'EXPO', 'FRYER', 'GRILL']);
    await app.ctx.commands.run('test.kitchen_ready', (tx) => setOrderStatus(tx, tab.primaryOrderId, 'READY'), { actor: { type: 'device', id: 'kds', deviceKind: 'KDS' } });
    const second = await waiter.post(`/tabs/${tab.id}/rounds`, { items: [{ productId: 'prod-brownie', quantity: 1, seat: 1 }] });
    expect(second.body.data.order.status).toBe('PREPARING'); // back in the kitchen for the new round
    expect(second.body.data.order.items.map((i: any) => i.round)).toEqual([1, 1, 1, 2]);
    expect(app.ctx.journal.readAfter(0).filter((e) => e.type === 'order.round_confirmed')).toHaveLength(1);
    const ticket = app.ctx.db.prepare("SELECT table_label FROM kitchen_tickets WHERE order_id = ? LIMIT 1").pluck().get(tab.primaryOrderId);
    expect(ticket).toBe('1');

    // table 2 gets the beers: a tab opens there on the fly
    const beer = second.body.data.order.items.find((i: any) => i.productId === 'prod-beer');
    const moved = await waiter.post(`/tabs/${tab.id}/transfer-items`, { itemIds: [beer.itemId], toTableId: 'table-2' });
    expect(moved.status).toBe(200);
    expect(moved.body.data.to.tableIds).toEqual(['table-2']);
    expect(moved.body.data.to.totalCents).toBe(2380);
    expect(moved.body.data.from.totalCents).toBe(2990 + 1490 + 1890);

    // then the two tables join into one tab
    const merged = await waiter.post(`/tabs/${tab.id}/merge`, { tableId: 'table-2' });
    expect(merged.body.data.tableIds).toEqual(['table-1', 'table-2']);
    expect(merged.body.data.totalCents).toBe(2990 + 1490 + 1890 + 2380);
    // One bill: table 2's lines joined the tab's order, and table 2's emptied order is cancelled.
    expect(merged.body.data.orders.map((o: any) => [o.id === tab.primaryOrderId, o.status, o.totalCents])).toEqual([
      [true, 'PREPARING', 2990 + 1490 + 1890 + 2380],
      [false, 'CANCELLED', 0],
    ]);

    // and the whole party moves from table 1 to table 10
    const transferred = await waiter.post(`/tabs/${tab.id}/transfer`, { fromTableId: 'table-1', toTableId: 'table-10' });
    expect(transferred.body.data.tableIds.sort()).toEqual(['table-10', 'table-2']);
    expect(await tableStatus('table-1')).toBe('FREE');
    expect((await waiter.get(`/orders/${tab.primaryOrderId}`)).body.data.tableId).toBe('table-10');

    const total = 2990 + 1490 + 1890 + 2380;
    for (const body of [{ method: 'EQUAL', parts: 3 }, { method: 'SEAT' }]) {
      const split = (await waiter.post(`/tabs/${tab.id}/split`, body)).body.data;
      expect(split.totalCents).toBe(total);
      expect(split.parts.reduce((s: number, p: any) => s + p.amountCents, 0)).toBe(total);
    }
    const bySeat = (await waiter.post(`/tabs/${tab.id}/split`, { method: 'SEAT' })).body.data.parts;
    // Seat 2's dish came back with table 2 and is still table 2's; the party sits at table 10 now.
    expect(bySeat.map((p: any) => [p.label, p.amountCents])).toEqual([['table 2 seat 2', 2380 + 745], ['table 10 seat 1', 2990 + 1890 + 745]]);
    const equal = (await waiter.post(`/tabs/${tab.id}/split`, { method: 'EQUAL', parts: 3 })).body.data.parts;
    expect(equal.map((p: any) => p.amountCents)).toEqual([2917, 2917, 2916]);
    const badSplit = await waiter.post(`/tabs/${tab.id}/split`, { method: 'ITEMS', groups: [[beer.itemId]] });
    expect([badSplit.status, badSplit.body.error.code]).toEqual([422, 'SPLIT_INVALID']);

    expect((await waiter.post(`/tabs/${tab.id}/request-bill`)).body.data.status).toBe('CLOSING');
    expect(await tableStatus('table-10')).toBe('CLOSING');
    const early = await waiter.post(`/tabs/${tab.id}/close`);
    expect([early.status, early.body.error.code]).toEqual([422, 'TAB_NOT_SETTLED']);
    await app.ctx.commands.run('test.pay', (tx) => markOrderPaid(tx, tab.primaryOrderId), { actor: { type: 'user', id: 'cashier', role: 'CASHIER' } });
    const closed = await waiter.post(`/tabs/${tab.id}/close`);
    expect(closed.body.data.status).toBe('CLOSED');
    expect(await Promise.all(['table-2', 'table-10'].map(tableStatus))).toEqual(['FREE', 'FREE']);
  });

  it('closes a tab whose lines all moved to another table, cancelling the empty order', async () => {
    const tab = (await waiter.post('/tables/table-6/tab', {})).body.data;
    const round = (await waiter.post(`/tabs/${tab.id}/rounds`, { items: [{ productId: 'prod-coke', quantity: 1 }] })).body.data;
    const moved = await waiter.post(`/tabs/${tab.id}/transfer-items`, { itemIds: [round.order.items[0].itemId], toTableId: 'table-7' });
    expect(moved.body.data.from.totalCents).toBe(0);
    const closed = await waiter.post(`/tabs/${tab.id}/close`);
    expect(closed.body.data.status).toBe('CLOSED');
    expect((await waiter.get(`/orders/${tab.primaryOrderId}`)).body.data).toMatchObject({ status: 'CANCELLED', cancelReason: 'comanda fechada sem itens' });
    expect(moved.body.data.to.orders[0].items[0].status).toBe('CONFIRMED');
  });

  it('reserves free tables and closes an untouched tab by cancelling its empty order', async () => {
    expect((await waiter.post('/tables/table-5/reservation', { reserved: true })).body.data.status).toBe('RESERVED');
    const tab = (await waiter.post('/tables/table-5/tab', { guests: 2 })).body.data;
    expect((await waiter.post('/tables/table-5/reservation', { reserved: false })).body.error.code).toBe('TABLE_HAS_TAB');
    const closed = await waiter.post(`/tabs/${tab.id}/close`);
    expect(closed.body.data.status).toBe('CLOSED');
    expect((await waiter.get(`/orders/${tab.primaryOrderId}`)).body.data.status).toBe('CANCELLED');
    expect(await tableStatus('table-5')).toBe('FREE');
    expect((await waiter.post(`/tabs/${tab.id}/rounds`, { items: [{ productId: 'prod-coke', quantity: 1 }] })).body.error.code).toBe('TAB_NOT_OPEN');
  });
});
