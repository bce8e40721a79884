import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestAppliance } from '../kernel/testing/harness.js';
import { type Api, PINHEIROS_DESTINATION, startDeliveryStore } from './test-support.js';

/**
 * It starts raining on Friday evening and the manager raises the motoboy's pay per delivery from
 * R$ 5,00 to R$ 8,00 for the rest of the night. The rides made before the change were agreed at
 * R$ 5,00: the day close pays each ride at the rate it went out with, not every ride of the day at
 * whatever the rate is when the day closes.
 */
describe('a courier whose pay per delivery changed during the day', () => {
  let app: TestAppliance;
  let manager: Api;

  beforeAll(async () => {
    ({ app, manager } = await startDeliveryStore());
  });
  afterAll(() => app.close());

  const outForDelivery = async (courierId: string) => {
    const order = (await manager.post('/orders', { channel: 'DELIVERY', items: [{ productId: 'prod-fries', quantity: 1 }], confirm: true })).body.data;
    const delivery = (await manager.post(`/delivery/orders/${order.id}`, { destination: PINHEIROS_DESTINATION, payment: { prepaid: false, method: 'CASH', changeForCents: null } })).body.data;
    expect((await manager.post(`/orders/${order.id}/status`, { status: 'READY' })).status).toBe(200);
    expect((await manager.post(`/delivery/deliveries/${delivery.id}/dispatch`, { courierId })).status).toBe(200);
    // The order as it left: its total holds the zone's fee, which the courier collects with it.
    return { order: (await manager.get(`/orders/${order.id}`)).body.data, delivery };
  };

  it('pays each ride, delivered or back without delivering, at the rate it went out with', async () => {
    const session = (await manager.post('/cashier-sessions', { terminalId: 'POS-1', openingFloatCents: 0 })).body.data;
    const ze = (await manager.post('/delivery/couriers', { name: 'Zé Motoboy', payPerDeliveryCents: 500 })).body.data;
    const early = await outForDelivery(ze.id);
    expect((await manager.post(`/delivery/deliveries/${early.delivery.id}/delivered`)).status).toBe(200);
    const cameBack = await outForDelivery(ze.id);

    // The rain: R$ 8,00 per delivery from now on (the ride on the road went out at R$ 5,00).
    expect((await manager.put(`/delivery/couriers/${ze.id}`, { name: 'Zé Motoboy', payPerDeliveryCents: 800, active: true })).status).toBe(200);
    expect((await manager.post(`/delivery/deliveries/${cameBack.delivery.id}/returned`, { reason: 'ninguém atendeu' })).status).toBe(200);
    const late = await outForDelivery(ze.id);
    expect((await manager.post(`/delivery/deliveries/${late.delivery.id}/delivered`)).status).toBe(200);

    let counted = 0;
    for (const { order } of [early, late]) {
      expect((await manager.post(`/orders/${order.id}/payments`, { method: 'CASH', tenderedCents: order.totalCents })).status).toBe(201);
      counted += order.totalCents;
    }
    expect((await manager.post(`/orders/${cameBack.order.id}/cancel`, { reason: 'cliente não atende' })).status).toBe(200);
    expect((await manager.post(`/cashier-sessions/${session.id}/close`, { counted: { CASH: counted } })).status).toBe(200);

    const closed = await manager.post('/business-days/current/close');
    expect(closed.status, JSON.stringify(closed.body)).toBe(200);
    expect((await manager.get('/delivery/settlements?businessDate=2026-11-23')).body.data).toEqual([
      expect.objectContaining({ courierId: ze.id, deliveryCount: 2, returnedCount: 1, courierPayCents: 500 + 500 + 800 }),
    ]);
  });
});
