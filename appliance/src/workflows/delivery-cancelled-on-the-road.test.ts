import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestAppliance } from '../kernel/testing/harness.js';
import { waitUntil } from '../kernel/testing/wait-until.js';
import { type Api, PINHEIROS_DESTINATION, startDeliveryStore } from './test-support.js';

/**
 * The motoboy is already on the way when the customer calls to cancel; he rides back with the bag.
 * The order and its delivery are cancelled and nothing is collected, but the ride happened: the
 * day close pays it at the courier's settlement, like a run that came back without delivering.
 */
describe('a delivery cancelled while the courier is on the road', () => {
  let app: TestAppliance;
  let manager: Api;

  beforeAll(async () => {
    ({ app, manager } = await startDeliveryStore());
  });
  afterAll(() => app.close());

  it('cancels the delivery with the order, collects nothing, and pays the courier for the ride', async () => {
    const order = (await manager.post('/orders', { channel: 'DELIVERY', items: [{ productId: 'prod-fries', quantity: 2 }], confirm: true })).body.data;
    const delivery = (await manager.post(`/delivery/orders/${order.id}`, { destination: PINHEIROS_DESTINATION, payment: { prepaid: false, method: 'CASH', changeForCents: 10_000 } })).body.data;
    expect((await manager.post(`/orders/${order.id}/status`, { status: 'READY' })).status).toBe(200);
    const ze = (await manager.post('/delivery/couriers', { name: 'Zé Motoboy', payPerDeliveryCents: 500 })).body.data;
    expect((await manager.post(`/delivery/deliveries/${delivery.id}/dispatch`, { courierId: ze.id })).status).toBe(200);

    const cancelled = await manager.post(`/orders/${order.id}/cancel`, { reason: 'cliente desistiu' });
    expect(cancelled.status, JSON.stringify(cancelled.body)).toBe(200);
    await waitUntil('the delivery to follow the cancel', async () => (await manager.get(`/delivery/deliveries/${delivery.id}`)).body.data, (d) => d.status === 'CANCELLED');
    expect((await manager.get(`/delivery/deliveries/${delivery.id}`)).body.data).toMatchObject({ status: 'CANCELLED', returnedRuns: 1 });

    const closed = await manager.post('/business-days/current/close');
    expect(closed.status, JSON.stringify(closed.body)).toBe(200);
    expect((await manager.get('/delivery/settlements?businessDate=2026-11-23')).body.data).toEqual([
      expect.objectContaining({ courierId: ze.id, deliveryCount: 0, returnedCount: 1, cashCollectedCents: 0, otherCollectedCents: 0, courierPayCents: 500, cashDueCents: -500 }),
    ]);
  });
});
