import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestAppliance } from '../kernel/testing/harness.js';
import { type Api, PINHEIROS_DESTINATION, startDeliveryStore } from './test-support.js';

/**
 * A Friday night of cash on delivery: the motoboy collects the order, its R$ 7,00 fee included, at
 * the door, comes back and hands the order's cash to the cashier, who takes it on the order at the
 * till (it is in the drawer's count). At the day close the courier's settlement must not ask them
 * again for the order's money the drawer already holds (that would take it from the courier
 * twice): nothing is left to hand in, the store owes them their pay.
 */
describe('the courier\'s settlement after the order\'s cash was taken at the till', () => {
  let app: TestAppliance;
  let manager: Api;

  beforeAll(async () => {
    ({ app, manager } = await startDeliveryStore());
  });
  afterAll(() => app.close());

  it('asks the courier only for the cash the till did not take, less their pay', async () => {
    const courier = (await manager.post('/delivery/couriers', { name: 'Zé Motoboy', payPerDeliveryCents: 500 })).body.data;
    const session = (await manager.post('/cashier-sessions', { terminalId: 'POS-1', openingFloatCents: 0 })).body.data;
    const order = (await manager.post('/orders', { channel: 'DELIVERY', items: [{ productId: 'prod-fries', quantity: 2 }], confirm: true })).body.data;
    const delivery = (await manager.post(`/delivery/orders/${order.id}`, { destination: PINHEIROS_DESTINATION, payment: { prepaid: false, method: 'CASH', changeForCents: null } })).body.data;
    const dueCents = order.totalCents + 700;
    expect((await manager.post(`/orders/${order.id}/status`, { status: 'READY' })).status).toBe(200);
    expect((await manager.post(`/delivery/deliveries/${delivery.id}/dispatch`, { courierId: courier.id })).status).toBe(200);
    expect((await manager.post(`/delivery/deliveries/${delivery.id}/delivered`)).status).toBe(200);

    // The courier hands the order's cash to the cashier: it is in the drawer.
    expect((await manager.post(`/orders/${order.id}/payments`, { method: 'CASH', tenderedCents: dueCents })).status).toBe(201);
    expect((await manager.post(`/cashier-sessions/${session.id}/close`, { counted: { CASH: dueCents } })).status).toBe(200);

    const closed = await manager.post('/business-days/current/close');
    expect(closed.status, JSON.stringify(closed.body)).toBe(200);
    const [settlement] = (await manager.get('/delivery/settlements?businessDate=2026-11-23')).body.data;
    expect(settlement).toMatchObject({
      courierId: courier.id,
      deliveryCount: 1,
      cashCollectedCents: dueCents,
      cashAtTillCents: dueCents,
      courierPayCents: 500,
      // Everything collected is in the drawer: the store owes the courier their R$ 5,00.
      cashDueCents: -500,
    });
    const event = app.ctx.db.prepare("SELECT payload FROM journal WHERE type = 'delivery.courier_settled'").pluck().get() as string;
    expect(JSON.parse(event)).toMatchObject({ cashAtTillCents: dueCents, cashDueCents: -500 });
  });
});
