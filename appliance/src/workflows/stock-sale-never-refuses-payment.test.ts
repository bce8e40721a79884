import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLE_PERMISSIONS } from '../auth/index.js';
import type { TestAppliance } from '../kernel/testing/harness.js';
import { createStockItem, findStockItem } from '../stock/index.js';
import { apiAs, type Api, startTillStore } from './test-support.js';

/**
 * Taking goods out of stock on completion never stands between a customer and their payment: the
 * goods were sold and handed over. When the order's reservation does not cover what completion
 * consumes (the manager started tracking a product, or set a recipe, after the order was sent), a
 * BLOCK item goes below zero and the shortage is flagged (`stock.oversold`); BLOCK refuses only
 * the promise, at the confirm.
 */
describe('consumption on completion and the payment', () => {
  let app: TestAppliance;
  let cashier: Api;
  let bar: Api;

  beforeAll(async () => {
    app = await startTillStore();
    cashier = apiAs(app, [...ROLE_PERMISSIONS.CASHIER], 'CASHIER');
    bar = apiAs(app, [...ROLE_PERMISSIONS.KITCHEN], 'KITCHEN');
    expect((await cashier.post('/cashier-sessions', { terminalId: 'POS-RV', openingFloatCents: 10_000 })).status).toBe(201);
  });
  afterAll(() => app.close());

  it('takes the cash for an order served before its product was tracked, the last can already gone', async () => {
    const order = (await cashier.post('/orders', { channel: 'COUNTER', items: [{ productId: 'prod-coke', quantity: 1 }], confirm: true })).body.data;
    // Mid-service the manager starts tracking cans: the fridge is counted empty (the last one is on this counter).
    const can = await app.ctx.commands.run('test.stock', (tx) =>
      createStockItem(tx, { productId: 'prod-coke', name: 'Coca lata', kind: 'PRODUCT', unit: 'MILLIUNIT', availabilityPolicy: 'BLOCK', initialQuantity: 0 }),
    );
    // The bar hands it over: the order is READY, the payment completes it (COUNTER hands over on payment).
    expect((await bar.post(`/orders/${order.id}/status`, { status: 'READY' })).status).toBe(200);
    const paid = await cashier.post(`/orders/${order.id}/payments`, { method: 'CASH', tenderedCents: order.totalCents });
    expect([paid.status, paid.body.error?.code]).toEqual([201, undefined]);
    expect(paid.body.data.order.status).toBe('COMPLETED');
    expect(findStockItem(app.ctx.db, can.id)).toMatchObject({ onHand: -1000, reserved: 0 });
    const oversold = app.ctx.db.prepare("SELECT count(*) FROM journal WHERE type = 'stock.oversold' AND aggregate_id = ?").pluck().get(can.id);
    expect(oversold).toBe(1);
  });
});
