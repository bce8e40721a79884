import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEVICE_PERMISSIONS } from '../auth/index.js';
import { VirtualCardNetwork, VirtualCardProvider } from '../devices/tef/index.js';
import type { TestAppliance } from '../kernel/testing/harness.js';
import { createPaymentsModule } from '../payments/index.js';
import { createStockItem, findStockItem } from '../stock/index.js';
import { apiAs, apiWith, type Api, startTillStore } from './test-support.js';

/**
 * A kiosk order goes to the kitchen (reserving its stock) only once paid. When a BLOCK item it
 * asks for is sold out (the counter sold the last cans while the customer was choosing), the
 * confirm after the payment is refused: the customer has paid, nothing reaches the kitchen, and
 * only a log line says so. The kiosk must be told before the card is charged, so the customer
 * changes the order instead of paying for goods the store will not hand over.
 */
describe('a kiosk order asking for a sold-out item', () => {
  let app: TestAppliance;
  const network = new VirtualCardNetwork();
  let kiosk: Api;
  let cashier: Api;

  beforeAll(async () => {
    app = await startTillStore(createPaymentsModule({ pixGateways: [], card: new VirtualCardProvider(network) }));
    kiosk = apiWith(app, app.bearer([...DEVICE_PERMISSIONS.KIOSK], { type: 'device', id: 'kiosk-1', role: undefined, deviceKind: 'KIOSK' }));
    cashier = apiAs(app, ['orders.read', 'orders.create', 'orders.confirm'], 'CASHIER');
  });
  afterAll(() => app.close());

  it('is refused before the card is charged, and sells once the item is back', async () => {
    const can = await app.ctx.commands.run('test.stock', (tx) =>
      createStockItem(tx, { productId: 'prod-guarana', name: 'Guaraná lata', kind: 'PRODUCT', unit: 'MILLIUNIT', availabilityPolicy: 'BLOCK', initialQuantity: 1_000 }),
    );
    const created = await kiosk.post('/orders', { channel: 'KIOSK', items: [{ productId: 'prod-guarana', quantity: 1 }, { productId: 'prod-fries', quantity: 1 }] });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const orderId = created.body.data.id as string;

    // Meanwhile the counter sells the last can.
    const counter = (await cashier.post('/orders', { channel: 'COUNTER', items: [{ productId: 'prod-guarana', quantity: 1 }] })).body.data;
    expect((await cashier.post(`/orders/${counter.id}/confirm`)).status).toBe(200);

    const paid = await kiosk.post(`/orders/${orderId}/payments`, { method: 'CREDIT' });
    expect([paid.status, paid.body.error?.code, paid.body.error?.message]).toEqual([422, 'STOCK_UNAVAILABLE', 'Sem estoque para: Guaraná lata.']);
    expect((await kiosk.get(`/orders/${orderId}/payments`)).body.data.balance.paidCents).toBe(0);
    expect(findStockItem(app.ctx.db, can.id)).toMatchObject({ onHand: 1_000, reserved: 1_000 });

    // The counter's customer changes their mind: the can is back, and the kiosk order sells.
    const manager = apiAs(app, ['orders.read', 'orders.cancel'], 'MANAGER');
    expect((await manager.post(`/orders/${counter.id}/cancel`, { reason: 'desistiu' })).status).toBe(200);
    expect((await kiosk.post(`/orders/${orderId}/payments`, { method: 'CREDIT' })).status).toBe(201);
    await expect.poll(() => app.ctx.db.prepare('SELECT status FROM orders WHERE id = ?').pluck().get(orderId), { timeout: 5_000 }).toBe('CONFIRMED');
    expect(findStockItem(app.ctx.db, can.id)).toMatchObject({ onHand: 1_000, reserved: 1_000 });
  });
});
