import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestAppliance } from '../kernel/testing/harness.js';
import { waitUntil } from '../kernel/testing/wait-until.js';
import { type Api, PINHEIROS_DESTINATION, startDeliveryStore } from './test-support.js';

const destination = PINHEIROS_DESTINATION;

/**
 * The motoboy rode to the door, reported it delivered, and the customer refused to pay (or the
 * order came back wrong): the manager cancels the order. The ride happened, so the courier is paid
 * for it; but no cash was collected for a cancelled order, and the day's courier settlement must not
 * tell the manager to take the order's money from the courier.
 */
describe('a delivered order cancelled before its courier is settled', () => {
  let app: TestAppliance;
  let manager: Api;

  beforeAll(async () => {
    ({ app, manager } = await startDeliveryStore());
  });
  afterAll(() => app.close());

  it('pays the courier for the ride and collects nothing for the cancelled order', async () => {
    const order = (await manager.post('/orders', { channel: 'DELIVERY', items: [{ productId: 'prod-fries', quantity: 2 }], confirm: true })).body.data;
    const delivery = (await manager.post(`/delivery/orders/${order.id}`, { destination, payment: { prepaid: false, method: 'CASH', changeForCents: null } })).body.data;
    expect((await manager.post(`/orders/${order.id}/status`, { status: 'READY' })).status).toBe(200);
    const courier = (await manager.post('/delivery/couriers', { name: 'Zé Motoboy', payPerDeliveryCents: 500 })).body.data;
    expect((await manager.post(`/delivery/deliveries/${delivery.id}/dispatch`, { courierId: courier.id })).status).toBe(200);
    expect((await manager.post(`/delivery/deliveries/${delivery.id}/delivered`)).status).toBe(200);

    const cancelled = await manager.post(`/orders/${order.id}/cancel`, { reason: 'cliente recusou na porta' });
    expect(cancelled.status, JSON.stringify(cancelled.body)).toBe(200);
    // The cancellation reaches the delivery through the journal (a durable workflow after commit).
    const followed = await waitUntil('the delivery to follow the cancel', async () => (await manager.get(`/delivery/deliveries/${delivery.id}`)).body.data, (d) => d.amountDueCents === 0);
    expect(followed.status).toBe('DELIVERED');

    const closed = await manager.post('/business-days/current/close');
    expect(closed.status, JSON.stringify(closed.body)).toBe(200);
    expect((await manager.get('/delivery/settlements?businessDate=2026-11-23')).body.data).toEqual([
      expect.objectContaining({ courierId: courier.id, deliveryCount: 1, cashCollectedCents: 0, courierPayCents: 500, cashDueCents: -500 }),
    ]);
  });
});
