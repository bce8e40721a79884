import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestAppliance } from '../kernel/testing/harness.js';
import { type Api, PINHEIROS_DESTINATION, startDeliveryStore } from './test-support.js';

/**
 * A Friday night of cash on delivery: the motoboy collects the order and the R$ 7,00 fee at the
 * door, comes back and hands the order's cash to the cashier, who takes it on the order at the till
 * (it is in the drawer's count). At the day close the courier's settlement must ask them only for
 * the cash the till did not take (the fee, kept outside the order) less their pay: asking again
 * for the order's money the drawer already holds would take it from the courier twice.
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
    expect((await manager.post(`/orders/${order.id}/status`, { status: 'READY' })).status).toBe(200);
    expect((await manager.post(`/delivery/deliveries/${delivery.id}/dispatch`, { courierId: courier.id })).status).toBe(200);
    expect((await manager.post(`/delivery/deliveries/${delivery.id}/delivered`)).status).toBe(200);

    // The courier hands the order's cash to the cashier: it is in the drawer.
    expect((await manager.post(`/orders/${order.id}/payments`, { method: 'CASH', tenderedCents: order.totalCents })).status).toBe(201);
    expect((await manager.post(`/cashier-sessions/${session.id}/close`, { counted: { CASH: order.totalCents } })).status).toBe(200);

    const closed = await manager.post('/business-days/current/close');
    expect(closed.status, JSON.stringify(closed.body)).toBe(200);
    const [settlement] = (await manager.get('/delivery/settlements?businessDate=2026-11-23')).body.data;
    expect(settlement).toMatchObject({
      courierId: courier.id,
      deliveryCount: 1,
      cashCollectedCents: order.totalCents + 700,
      cashAtTillCents: order.totalCents,
      courierPayCents: 500,
      // R$ 7,00 of fee still with the courier, R$ 5,00 of pay: R$ 2,00 to hand in.
      cashDueCents: 200,
    });
    const event = app.ctx.db.prepare("SELECT payload FROM journal WHERE type = 'delivery.courier_settled'").pluck().get() as string;
    expect(JSON.parse(event)).toMatchObject({ cashAtTillCents: order.totalCents, cashDueCents: 200 });
  });
});
