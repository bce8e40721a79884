import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestAppliance } from '../kernel/testing/harness.js';
import { type Api, PINHEIROS_DESTINATION, startDeliveryStore } from './test-support.js';

const destination = PINHEIROS_DESTINATION;

/**
 * A store that sets DELIVERY to hand over ON_PAYMENT (the hand-over policy is per channel and
 * configurable): an order paid at the counter before it leaves is completed when the kitchen
 * bumps it. The courier still takes it out: the dispatch leaves it completed and prints the slip.
 */
describe('dispatching a prepaid order the hand-over policy completed', () => {
  let app: TestAppliance;
  let manager: Api;

  beforeAll(async () => {
    ({ app, manager } = await startDeliveryStore());
    expect((await manager.put('/order-settings/hand-over', { DELIVERY: 'ON_PAYMENT' })).status).toBe(200);
  });
  afterAll(() => app.close());

  it('hands the paid, completed order to the courier with its route slip', async () => {
    const order = (await manager.post('/orders', { channel: 'DELIVERY', items: [{ productId: 'prod-fries', quantity: 2 }], confirm: true })).body.data;
    expect((await manager.post('/cashier-sessions', { terminalId: 'POS-1', openingFloatCents: 0 })).status).toBe(201);
    const paid = await manager.post(`/orders/${order.id}/payments`, { method: 'CASH', tenderedCents: order.totalCents });
    expect(paid.status, JSON.stringify(paid.body)).toBe(201);
    const created = await manager.post(`/delivery/orders/${order.id}`, { destination, payment: { prepaid: true, method: 'CASH', changeForCents: null } });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect((await manager.post(`/orders/${order.id}/status`, { status: 'READY' })).status).toBe(200);
    expect((await manager.get(`/orders/${order.id}`)).body.data.status).toBe('COMPLETED');

    const courier = (await manager.post('/delivery/couriers', { name: 'Zé Motoboy', payPerDeliveryCents: 500 })).body.data;
    const dispatched = await manager.post(`/delivery/deliveries/${created.body.data.id}/dispatch`, { courierId: courier.id });
    expect([dispatched.status, dispatched.body.error?.code, dispatched.body.data?.status]).toEqual([200, undefined, 'OUT_FOR_DELIVERY']);
    // The counter took the goods; the zone's fee is outside the order, so it is still collected at the door.
    expect(dispatched.body.data.amountDueCents).toBe(700);
    expect((await manager.get(`/orders/${order.id}`)).body.data.status).toBe('COMPLETED');
  });
});
