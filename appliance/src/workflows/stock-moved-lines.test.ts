import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ROLE_PERMISSIONS } from '../auth/index.js';
import type { TestAppliance } from '../kernel/testing/harness.js';
import { createStockItem, findStockItem } from '../stock/index.js';
import { apiAs, type Api, startTillStore } from './test-support.js';

describe('stock follows items moved to another table', () => {
  let app: TestAppliance;
  let waiter: Api;
  let cashier: Api;

  beforeAll(async () => {
    app = await startTillStore();
    waiter = apiAs(app, [...ROLE_PERMISSIONS.WAITER], 'WAITER');
    cashier = apiAs(app, [...ROLE_PERMISSIONS.CASHIER], 'CASHIER');
    expect((await cashier.post('/cashier-sessions', { terminalId: 'POS-ST', openingFloatCents: 10_000 })).status).toBe(201);
  });
  afterAll(() => app.close());

  it('items transferred to another table keep exactly one reservation, held by the order that carries them (the target table can still send rounds)', async () => {
    const can = await app.ctx.commands.run('test.stock', (tx) =>
      createStockItem(tx, { productId: 'prod-beer', name: 'Cerveja long neck', kind: 'PRODUCT', unit: 'MILLIUNIT', availabilityPolicy: 'BLOCK', initialQuantity: 2000 }),
    );
    const tab = (await waiter.post('/tables/table-1/tab', { guests: 2 })).body.data;
    const round = await waiter.post(`/tabs/${tab.id}/rounds`, { items: [{ productId: 'prod-beer', quantity: 2 }] });
    expect(round.status, JSON.stringify(round.body)).toBe(200);
    expect(findStockItem(app.ctx.db, can.id)).toMatchObject({ onHand: 2000, reserved: 2000, available: 0 });

    const beer = round.body.data.order.items[0];
    const moved = await waiter.post(`/tabs/${tab.id}/transfer-items`, { itemIds: [beer.itemId], toTableId: 'table-2' });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    const target = moved.body.data.to;
    const targetOrderId = target.primaryOrderId as string;
    // Table 2 orders its own fries: nothing to do with the cans, which are already held once for this bill.
    const fries = await waiter.post(`/tabs/${target.id}/rounds`, { items: [{ productId: 'prod-fries', quantity: 1 }] });
    expect(fries.status, JSON.stringify(fries.body)).toBe(200);
    // The two cans are held once, by the order that now carries them; nothing more, nothing less.
    expect(findStockItem(app.ctx.db, can.id)).toMatchObject({ onHand: 2000, reserved: 2000, available: 0 });
    const holds = app.ctx.db.prepare('SELECT order_id AS orderId, quantity FROM stock_order_holds WHERE stock_item_id = ? AND quantity > 0').all(can.id);
    expect(holds).toEqual([{ orderId: targetOrderId, quantity: 2000 }]);
  });

  it('a transfer is not refused over lines the target table has not sent yet: only sent lines hold stock', async () => {
    const can = await app.ctx.commands.run('test.stock', (tx) =>
      createStockItem(tx, { productId: 'prod-orange-juice', name: 'Suco de laranja', kind: 'PRODUCT', unit: 'MILLIUNIT', availabilityPolicy: 'BLOCK', initialQuantity: 1000 }),
    );
    const from = (await waiter.post('/tables/table-5/tab', { guests: 1 })).body.data;
    const round = await waiter.post(`/tabs/${from.id}/rounds`, { items: [{ productId: 'prod-orange-juice', quantity: 1 }] });
    expect(round.status, JSON.stringify(round.body)).toBe(200);
    // Table 6 sent its fries and has a juice typed but not sent (the last one is table 5's).
    const to = (await waiter.post('/tables/table-6/tab', { guests: 1 })).body.data;
    const toRound = await waiter.post(`/tabs/${to.id}/rounds`, { items: [{ productId: 'prod-fries', quantity: 1 }] });
    expect(toRound.status, JSON.stringify(toRound.body)).toBe(200);
    const typed = await waiter.post(`/orders/${toRound.body.data.order.id}/items`, { items: [{ productId: 'prod-orange-juice', quantity: 1 }] });
    expect(typed.status, JSON.stringify(typed.body)).toBe(200);

    const moved = await waiter.post(`/tabs/${from.id}/transfer-items`, { itemIds: [round.body.data.order.items[0].itemId], toTableId: 'table-6' });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    // The moved juice is held once, by table 6's bill; the typed one holds nothing until it is sent…
    expect(findStockItem(app.ctx.db, can.id)).toMatchObject({ onHand: 1000, reserved: 1000, available: 0 });
    // …where it is refused: there is no second juice.
    const send = await waiter.post(`/orders/${toRound.body.data.order.id}/confirm`);
    expect([send.status, send.body.error?.code]).toEqual([422, 'STOCK_UNAVAILABLE']);
  });

  it('a merge keeps the joining table\'s items reserved on the merged bill: the last cans cannot be promised to another order', async () => {
    const can = await app.ctx.commands.run('test.stock', (tx) =>
      createStockItem(tx, { productId: 'prod-coke', name: 'Coca lata', kind: 'PRODUCT', unit: 'MILLIUNIT', availabilityPolicy: 'BLOCK', initialQuantity: 2000 }),
    );
    const main = (await waiter.post('/tables/table-3/tab', { guests: 2 })).body.data;
    expect((await waiter.post(`/tabs/${main.id}/rounds`, { items: [{ productId: 'prod-fries', quantity: 1 }] })).status).toBe(200);
    const joining = (await waiter.post('/tables/table-4/tab', { guests: 2 })).body.data;
    const round = await waiter.post(`/tabs/${joining.id}/rounds`, { items: [{ productId: 'prod-coke', quantity: 2 }] });
    expect(round.status, JSON.stringify(round.body)).toBe(200);
    expect(findStockItem(app.ctx.db, can.id)).toMatchObject({ onHand: 2000, reserved: 2000, available: 0 });

    const merged = await waiter.post(`/tabs/${main.id}/merge`, { tableId: 'table-4' });
    expect(merged.status, JSON.stringify(merged.body)).toBe(200);
    // The emptied joining order is cancelled; let the stock follower act on that cancellation.
    await vi.waitFor(() => {
      const done = app.ctx.db.prepare("SELECT 1 FROM stock_order_phases WHERE order_id = ? AND phase = 'RELEASED'").get(joining.primaryOrderId);
      expect(done).toBeDefined();
    });
    // The two cans are now on table 3's bill, still promised to those guests.
    expect(findStockItem(app.ctx.db, can.id)).toMatchObject({ onHand: 2000, reserved: 2000, available: 0 });
    // So a counter sale of the same two cans must be refused.
    const counter = (await cashier.post('/orders', { channel: 'COUNTER', items: [{ productId: 'prod-coke', quantity: 2 }] })).body.data;
    const confirm = await cashier.post(`/orders/${counter.id}/confirm`);
    expect([confirm.status, confirm.body.error?.code]).toEqual([422, 'STOCK_UNAVAILABLE']);
  });
});
