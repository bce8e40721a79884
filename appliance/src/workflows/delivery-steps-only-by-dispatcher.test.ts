import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLE_PERMISSIONS } from '../auth/index.js';
import type { TestAppliance } from '../kernel/testing/harness.js';
import { apiAs, type Api, PINHEIROS_DESTINATION, startDeliveryStore } from './test-support.js';

/**
 * The waiters read deliveries (they answer the phone about them) but the runs are the dispatcher's:
 * the till or a manager sends a delivery out, reports it delivered or back without delivering. A
 * run reported back is one more ride paid to the courier at the close, and sending out a paid
 * order hands it to a courier: a waiter's login may do neither, as the order itself refuses a
 * waiter putting it out for delivery.
 */
describe('the delivery steps on a waiter\'s login', () => {
  let app: TestAppliance;
  let manager: Api;
  let waiter: Api;
  let cashier: Api;

  beforeAll(async () => {
    ({ app, manager } = await startDeliveryStore());
    waiter = apiAs(app, [...ROLE_PERMISSIONS.WAITER], 'WAITER');
    cashier = apiAs(app, [...ROLE_PERMISSIONS.CASHIER], 'CASHIER');
    expect((await manager.put('/order-settings/hand-over', { DELIVERY: 'ON_PAYMENT' })).status).toBe(200);
    expect((await manager.post('/cashier-sessions', { terminalId: 'POS-1', openingFloatCents: 0 })).status).toBe(201);
  });
  afterAll(() => app.close());

  it('refuses a waiter dispatching, reporting back or delivered, and lets the cashier', async () => {
    const courier = (await manager.post('/delivery/couriers', { name: 'Zé Motoboy', payPerDeliveryCents: 500 })).body.data;
    // Paid at the counter and completed by the kitchen's bump: it waits for its courier.
    const order = (await manager.post('/orders', { channel: 'DELIVERY', items: [{ productId: 'prod-fries', quantity: 2 }], confirm: true })).body.data;
    expect((await manager.post(`/orders/${order.id}/payments`, { method: 'CASH', tenderedCents: order.totalCents })).status).toBe(201);
    const delivery = (await manager.post(`/delivery/orders/${order.id}`, { destination: PINHEIROS_DESTINATION, payment: { prepaid: true, method: 'CASH', changeForCents: null } })).body.data;
    expect((await manager.post(`/orders/${order.id}/status`, { status: 'READY' })).status).toBe(200);

    const dispatchedByWaiter = await waiter.post(`/delivery/deliveries/${delivery.id}/dispatch`, { courierId: courier.id });
    expect([dispatchedByWaiter.status, dispatchedByWaiter.body.error?.code]).toEqual([403, 'DELIVERY_DISPATCHER_ONLY']);
    expect(dispatchedByWaiter.body.error.message).toMatch(/entrega/);
    expect((await cashier.post(`/delivery/deliveries/${delivery.id}/dispatch`, { courierId: courier.id })).status).toBe(200);

    for (const step of ['returned', 'delivered']) {
      const refused = await waiter.post(`/delivery/deliveries/${delivery.id}/${step}`, { reason: 'ninguém atendeu' });
      expect([step, refused.status, refused.body.error?.code]).toEqual([step, 403, 'DELIVERY_DISPATCHER_ONLY']);
    }
    expect((await manager.get(`/delivery/deliveries/${delivery.id}`)).body.data).toMatchObject({ status: 'OUT_FOR_DELIVERY', returnedRuns: 0 });
    expect((await cashier.post(`/delivery/deliveries/${delivery.id}/delivered`)).status).toBe(200);
  });
});
