import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Clock } from '../kernel/clock.js';
import type { TestAppliance } from '../kernel/testing/harness.js';
import { PINHEIROS_DESTINATION, startDeliveryStore, type Api } from './test-support.js';

/**
 * The last order of the night was paid at the counter and is completed (the store hands delivery
 * orders over on payment); the manager closes the day while it waits for the motoboy, who takes it
 * out a few minutes later. The closed day cannot settle that ride any more: the next close must,
 * else the courier is never paid for it. The same for a ride that came back after the close.
 */
describe('a courier\'s run made after the day it belongs to was closed', () => {
  let app: TestAppliance;
  let manager: Api;
  let now = new Date('2026-11-24T01:30:00.000Z');
  const clock: Clock = { now: () => new Date(now) };

  beforeAll(async () => {
    ({ app, manager } = await startDeliveryStore(clock));
    expect((await manager.put('/order-settings/hand-over', { DELIVERY: 'ON_PAYMENT' })).status).toBe(200);
  });
  afterAll(() => app.close());

  /** A delivery order paid at the counter, completed by the kitchen's bump, waiting for a courier. */
  const paidAndWaiting = async () => {
    const order = (await manager.post('/orders', { channel: 'DELIVERY', items: [{ productId: 'prod-fries', quantity: 2 }], confirm: true })).body.data;
    expect((await manager.post(`/orders/${order.id}/payments`, { method: 'CASH', tenderedCents: order.totalCents })).status).toBe(201);
    const delivery = (await manager.post(`/delivery/orders/${order.id}`, { destination: PINHEIROS_DESTINATION, payment: { prepaid: true, method: 'CASH', changeForCents: null } })).body.data;
    expect((await manager.post(`/orders/${order.id}/status`, { status: 'READY' })).status).toBe(200);
    expect((await manager.get(`/orders/${order.id}`)).body.data.status).toBe('COMPLETED');
    return { order, delivery, total: order.totalCents as number };
  };

  it('settles the rides at the next day close', async () => {
    const ze = (await manager.post('/delivery/couriers', { name: 'Zé Motoboy', payPerDeliveryCents: 500 })).body.data;
    const session = (await manager.post('/cashier-sessions', { terminalId: 'POS-1', openingFloatCents: 0 })).body.data;
    const delivered = await paidAndWaiting();
    const cameBack = await paidAndWaiting();
    expect((await manager.post(`/cashier-sessions/${session.id}/close`, { counted: { CASH: delivered.total + cameBack.total } })).status).toBe(200);
    const monday = await manager.post('/business-days/current/close');
    expect(monday.status, JSON.stringify(monday.body)).toBe(200);
    expect((await manager.get('/delivery/settlements?businessDate=2026-11-23')).body.data).toEqual([]);

    // A few minutes after the close, the motoboy takes both out: one is delivered, nobody answers at the other.
    for (const { delivery } of [delivered, cameBack]) expect((await manager.post(`/delivery/deliveries/${delivery.id}/dispatch`, { courierId: ze.id })).status).toBe(200);
    expect((await manager.post(`/delivery/deliveries/${delivered.delivery.id}/delivered`)).status).toBe(200);
    expect((await manager.post(`/delivery/deliveries/${cameBack.delivery.id}/returned`, { reason: 'ninguém atendeu' })).status).toBe(200);

    now = new Date('2026-11-24T14:00:00.000Z');
    expect((await manager.post('/business-days/open', {})).status).toBe(201);
    const tuesday = await manager.post('/business-days/current/close');
    expect(tuesday.status, JSON.stringify(tuesday.body)).toBe(200);
    expect((await manager.get('/delivery/settlements?businessDate=2026-11-24')).body.data).toEqual([
      // The delivered run collected the zone's fee (outside the paid order) in cash; the one that came back collected nothing.
      expect.objectContaining({ courierId: ze.id, deliveryCount: 1, returnedCount: 1, cashCollectedCents: 700, otherCollectedCents: 0, courierPayCents: 1000, cashDueCents: -300 }),
    ]);
    expect((await manager.get(`/delivery/deliveries/${delivered.delivery.id}`)).body.data.settlementId).toEqual(expect.any(String));
  });
});
