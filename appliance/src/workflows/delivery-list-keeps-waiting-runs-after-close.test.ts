import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Clock } from '../kernel/clock.js';
import type { TestAppliance } from '../kernel/testing/harness.js';
import { PINHEIROS_DESTINATION, startDeliveryStore, type Api } from './test-support.js';

/**
 * The last order of the night was paid at the counter and waits for the motoboy when the manager
 * closes the day (the store hands delivery orders over on payment, so the close lets it be). The
 * dispatcher's Entregas list must still show it, after the close and on the next day, until it
 * has gone out and come back: else nobody can dispatch it from the screen and the customer never
 * gets the order.
 */
describe('the deliveries list after the day they belong to was closed', () => {
  let app: TestAppliance;
  let manager: Api;
  let now = new Date('2026-11-24T01:30:00.000Z');
  const clock: Clock = { now: () => new Date(now) };

  beforeAll(async () => {
    ({ app, manager } = await startDeliveryStore(clock));
    expect((await manager.put('/order-settings/hand-over', { DELIVERY: 'ON_PAYMENT' })).status).toBe(200);
  });
  afterAll(() => app.close());

  const idsOf = async (query = '') => ((await manager.get(`/delivery/deliveries${query}`)).body.data as { id: string }[]).map((d) => d.id);

  it('keeps the waiting delivery on the list until it is delivered', async () => {
    const session = (await manager.post('/cashier-sessions', { terminalId: 'POS-1', openingFloatCents: 0 })).body.data;
    const order = (await manager.post('/orders', { channel: 'DELIVERY', items: [{ productId: 'prod-fries', quantity: 2 }], confirm: true })).body.data;
    expect((await manager.post(`/orders/${order.id}/payments`, { method: 'CASH', tenderedCents: order.totalCents })).status).toBe(201);
    const waiting = (await manager.post(`/delivery/orders/${order.id}`, { destination: PINHEIROS_DESTINATION, payment: { prepaid: false, method: 'CASH', changeForCents: null } })).body.data;
    expect((await manager.post(`/orders/${order.id}/status`, { status: 'READY' })).status).toBe(200);
    expect((await manager.post(`/cashier-sessions/${session.id}/close`, { counted: { CASH: order.totalCents } })).status).toBe(200);
    const closed = await manager.post('/business-days/current/close');
    expect(closed.status, JSON.stringify(closed.body)).toBe(200);

    // No day open: the delivery still waits for its courier.
    expect(await idsOf()).toEqual([waiting.id]);

    now = new Date('2026-11-24T14:00:00.000Z');
    expect((await manager.post('/business-days/open', {})).status).toBe(201);
    const today = (await manager.post('/orders', { channel: 'DELIVERY', items: [{ productId: 'prod-fries', quantity: 1 }], confirm: true })).body.data;
    const todays = (await manager.post(`/delivery/orders/${today.id}`, { destination: PINHEIROS_DESTINATION, payment: { prepaid: false, method: 'CASH', changeForCents: null } })).body.data;
    // The next day's list: yesterday's waiting delivery first, then today's; a chosen day is that day only.
    expect(await idsOf()).toEqual([waiting.id, todays.id]);
    expect(await idsOf('?status=PENDING')).toEqual([waiting.id, todays.id]);
    expect(await idsOf('?businessDate=2026-11-24')).toEqual([todays.id]);
    expect((await manager.get('/delivery/deliveries')).body.metadata.total).toBe(2);

    const courier = (await manager.post('/delivery/couriers', { name: 'Zé Motoboy', payPerDeliveryCents: 500 })).body.data;
    expect((await manager.post(`/delivery/deliveries/${waiting.id}/dispatch`, { courierId: courier.id })).status).toBe(200);
    expect(await idsOf('?status=OUT_FOR_DELIVERY')).toEqual([waiting.id]);
    expect((await manager.post(`/delivery/deliveries/${waiting.id}/delivered`)).status).toBe(200);
    // Delivered, it is yesterday's again: today's list is today's deliveries.
    expect(await idsOf()).toEqual([todays.id]);
  });
});
