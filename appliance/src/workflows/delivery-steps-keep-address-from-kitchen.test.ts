import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLE_PERMISSIONS } from '../auth/index.js';
import type { TestAppliance } from '../kernel/testing/harness.js';
import { type Api, apiAs, PINHEIROS_DESTINATION, startDeliveryStore } from './test-support.js';

/**
 * Who receives a delivery and where (street, phone) is the customer's: the kitchen bumps and
 * readies orders but never reads it (the deliveries list and a delivery's page answer it 403). A
 * kitchen login may not learn it by sending the delivery out, reporting it delivered or back:
 * those steps belong to whoever dispatches, who sees the day's deliveries.
 */
describe('the courier steps of a delivery keep the customer\'s address from the kitchen', () => {
  let app: TestAppliance;
  let manager: Api;
  let kitchen: Api;

  beforeAll(async () => {
    ({ app, manager } = await startDeliveryStore());
    kitchen = apiAs(app, [...ROLE_PERMISSIONS.KITCHEN], 'KITCHEN');
  });
  afterAll(() => app.close());

  it('refuses the kitchen dispatching, reporting delivered or back, and answers it no address', async () => {
    const courier = (await manager.post('/delivery/couriers', { name: 'Zé Motoboy', payPerDeliveryCents: 500 })).body.data;
    const order = (await manager.post('/orders', { channel: 'DELIVERY', items: [{ productId: 'prod-fries', quantity: 2 }], confirm: true })).body.data;
    const delivery = (await manager.post(`/delivery/orders/${order.id}`, { destination: PINHEIROS_DESTINATION, payment: { prepaid: false, method: 'CASH', changeForCents: null } })).body.data;
    expect((await kitchen.post(`/orders/${order.id}/status`, { status: 'READY' })).status).toBe(200);

    const dispatched = await kitchen.post(`/delivery/deliveries/${delivery.id}/dispatch`, { courierId: courier.id });
    expect([dispatched.status, dispatched.body.error?.code]).toEqual([403, 'FORBIDDEN']);
    expect(JSON.stringify(dispatched.body)).not.toContain(PINHEIROS_DESTINATION.phone);
    expect((await manager.get(`/delivery/deliveries/${delivery.id}`)).body.data).toMatchObject({ status: 'PENDING', courierId: null });

    expect((await manager.post(`/delivery/deliveries/${delivery.id}/dispatch`, { courierId: courier.id })).status).toBe(200);
    for (const step of ['delivered', 'returned']) {
      const res = await kitchen.post(`/delivery/deliveries/${delivery.id}/${step}`, { reason: 'ninguém em casa' });
      expect([step, res.status, res.body.error?.code]).toEqual([step, 403, 'FORBIDDEN']);
      expect(JSON.stringify(res.body)).not.toContain(PINHEIROS_DESTINATION.phone);
    }
    expect((await manager.get(`/delivery/deliveries/${delivery.id}`)).body.data).toMatchObject({ status: 'OUT_FOR_DELIVERY', courierId: courier.id });
  });
});
