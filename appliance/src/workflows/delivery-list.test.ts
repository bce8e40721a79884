import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLE_PERMISSIONS } from '../auth/index.js';
import type { TestAppliance } from '../kernel/testing/harness.js';
import { apiAs, type Api, PINHEIROS_DESTINATION, startDeliveryStore } from './test-support.js';

/**
 * `GET /delivery/deliveries`: the back office's list of the day's deliveries, to dispatch them and
 * mark them delivered. It names who receives the order and where, so it asks `customers.read` as
 * the one-delivery GET does: the kitchen's screens read orders but never the customer's address.
 */
describe('the day\'s deliveries, for the back office to dispatch', () => {
  let app: TestAppliance;
  let manager: Api;
  const made: { deliveryId: string; orderNumber: number }[] = [];

  const deliveryOrder = async (recipientName: string) => {
    const order = (await manager.post('/orders', { channel: 'DELIVERY', items: [{ productId: 'prod-fries', quantity: 2 }], confirm: true })).body.data;
    const created = await manager.post(`/delivery/orders/${order.id}`, { destination: { ...PINHEIROS_DESTINATION, recipientName }, payment: { prepaid: false, method: 'CASH', changeForCents: 10_000 } });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    made.push({ deliveryId: created.body.data.id, orderNumber: order.number });
    return { order, delivery: created.body.data };
  };

  beforeAll(async () => {
    ({ app, manager } = await startDeliveryStore());
    await deliveryOrder('Marina Costa');
    const { order, delivery } = await deliveryOrder('João Lima');
    const courier = (await manager.post('/delivery/couriers', { name: 'Zé Motoboy', payPerDeliveryCents: 500 })).body.data;
    expect((await manager.post(`/orders/${order.id}/status`, { status: 'READY' })).status).toBe(200);
    expect((await manager.post(`/delivery/deliveries/${delivery.id}/dispatch`, { courierId: courier.id })).status).toBe(200);
  });
  afterAll(() => app.close());

  it('lists the open day\'s deliveries, oldest first, each with its order number, destination, amount and status', async () => {
    const res = await manager.get('/delivery/deliveries');
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.data.map((d: { id: string; orderNumber: number }) => ({ deliveryId: d.id, orderNumber: d.orderNumber }))).toEqual(made);
    expect(res.body.data[0]).toMatchObject({ businessDate: '2026-11-23', status: 'PENDING', courierId: null, changeForCents: 10_000, destination: { recipientName: 'Marina Costa', district: 'Pinheiros' } });
    expect(res.body.data[1]).toMatchObject({ status: 'OUT_FOR_DELIVERY', courierId: expect.any(String), destination: { recipientName: 'João Lima' } });
    expect(res.body.data[0].amountDueCents).toBeGreaterThan(700);
    expect(res.body.metadata).toMatchObject({ page: 1, size: 20, total: 2 });
  });

  it('filters by status and business day, and pages like the other lists', async () => {
    const out = (await manager.get('/delivery/deliveries?status=OUT_FOR_DELIVERY')).body;
    expect([out.data.map((d: { id: string }) => d.id), out.metadata.total]).toEqual([[made[1].deliveryId], 1]);
    expect((await manager.get('/delivery/deliveries?status=DELIVERED')).body.data).toEqual([]);
    expect((await manager.get('/delivery/deliveries?businessDate=2026-11-23')).body.metadata.total).toBe(2);
    expect((await manager.get('/delivery/deliveries?businessDate=2026-11-22')).body).toMatchObject({ data: [], metadata: { total: 0 } });

    const second = (await manager.get('/delivery/deliveries?page=2&size=1')).body;
    expect([second.data.map((d: { id: string }) => d.id), second.metadata.total]).toEqual([[made[1].deliveryId], 2]);
    const newestFirst = (await manager.get('/delivery/deliveries?sort=created_at:desc')).body.data;
    expect(newestFirst.map((d: { id: string }) => d.id)).toEqual([made[1].deliveryId, made[0].deliveryId]);

    for (const query of ['status=LOST', 'businessDate=23/11/2026', 'sort=address:asc']) {
      const refused = await manager.get(`/delivery/deliveries?${query}`);
      expect([query, refused.status, refused.body.error?.code]).toEqual([query, 400, 'VALIDATION_FAILED']);
    }
  });

  it('refuses the kitchen, which reads orders but not who receives them and where', async () => {
    const kitchen = apiAs(app, [...ROLE_PERMISSIONS.KITCHEN], 'KITCHEN');
    const res = await kitchen.get('/delivery/deliveries');
    expect([res.status, res.body.error?.code]).toEqual([403, 'FORBIDDEN']);
    expect(JSON.stringify(res.body)).not.toContain('Marina');
    // The one-delivery route applies the same rule.
    expect((await kitchen.get(`/delivery/deliveries/${made[0].deliveryId}`)).status).toBe(403);
    const waiter = apiAs(app, [...ROLE_PERMISSIONS.WAITER], 'WAITER');
    expect((await waiter.get('/delivery/deliveries')).status).toBe(200);
  });
});
