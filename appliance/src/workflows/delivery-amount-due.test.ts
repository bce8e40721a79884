import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestAppliance } from '../kernel/testing/harness.js';
import { type Api, PINHEIROS_DESTINATION, startDeliveryStore } from './test-support.js';

const destination = PINHEIROS_DESTINATION;

/**
 * The phone order: the attendant takes the address first ("troco para R$ 100"), then the customer
 * remembers a drink. What the courier collects at the door (the route slip's "A COBRAR", the
 * courier's settlement) is the order as it leaves at the dispatch, the zone's fee in its total.
 */
describe('what the courier collects follows the order until it leaves', () => {
  let app: TestAppliance;
  let manager: Api;

  beforeAll(async () => {
    ({ app, manager } = await startDeliveryStore());
  });
  afterAll(() => app.close());

  it('collects at the door a line added after the address was taken', async () => {
    const order = (await manager.post('/orders', { channel: 'DELIVERY', items: [{ productId: 'prod-fries', quantity: 1 }] })).body.data;
    const created = await manager.post(`/delivery/orders/${order.id}`, { destination, payment: { prepaid: false, method: 'CASH', changeForCents: 10_000 } });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body.data.amountDueCents).toBe(order.totalCents + 700);
    expect((await manager.get(`/orders/${order.id}`)).body.data.totalCents).toBe(order.totalCents + 700);

    const added = await manager.post(`/orders/${order.id}/items`, { items: [{ productId: 'prod-coke', quantity: 2 }] });
    expect(added.status, JSON.stringify(added.body)).toBe(200);
    const grown = added.body.data;
    expect(grown.totalCents).toBeGreaterThan(order.totalCents + 700);

    expect((await manager.post(`/orders/${order.id}/confirm`)).status).toBe(200);
    expect((await manager.post(`/orders/${order.id}/status`, { status: 'READY' })).status).toBe(200);
    const courier = (await manager.post('/delivery/couriers', { name: 'Zé Motoboy', payPerDeliveryCents: 500 })).body.data;
    const dispatched = await manager.post(`/delivery/deliveries/${created.body.data.id}/dispatch`, { courierId: courier.id });
    expect(dispatched.status, JSON.stringify(dispatched.body)).toBe(200);
    // The route slip and the courier's settlement read this: it must be the order as it leaves, its fee counted once.
    expect(dispatched.body.data.amountDueCents).toBe(grown.totalCents);
    expect(dispatched.body.data.changeForCents).toBe(10_000);
  });

  it('holds a change-for the new amount due no longer exceeds until the dispatcher clears it', async () => {
    const order = (await manager.post('/orders', { channel: 'DELIVERY', items: [{ productId: 'prod-fries', quantity: 1 }] })).body.data;
    const changeForCents = order.totalCents + 700 + 100;
    const created = await manager.post(`/delivery/orders/${order.id}`, { destination, payment: { prepaid: false, method: 'CASH', changeForCents } });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const grown = (await manager.post(`/orders/${order.id}/items`, { items: [{ productId: 'prod-coke', quantity: 2 }] })).body.data;
    expect(grown.totalCents).toBeGreaterThan(changeForCents);

    expect((await manager.post(`/orders/${order.id}/confirm`)).status).toBe(200);
    expect((await manager.post(`/orders/${order.id}/status`, { status: 'READY' })).status).toBe(200);
    const courier = (await manager.post('/delivery/couriers', { name: 'Dona Rita', payPerDeliveryCents: 500 })).body.data;
    // The customer's note no longer covers the bill: the dispatcher is told instead of the slip printing a negative change.
    const refused = await manager.post(`/delivery/deliveries/${created.body.data.id}/dispatch`, { courierId: courier.id });
    expect([refused.status, refused.body.error?.code]).toEqual([422, 'DELIVERY_CHANGE_OUTGROWN']);
    const dispatched = await manager.post(`/delivery/deliveries/${created.body.data.id}/dispatch`, { courierId: courier.id, changeForCents: null });
    expect(dispatched.status, JSON.stringify(dispatched.body)).toBe(200);
    expect(dispatched.body.data).toMatchObject({ amountDueCents: grown.totalCents, changeForCents: null });
  });
});
