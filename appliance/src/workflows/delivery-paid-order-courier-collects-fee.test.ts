import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentText } from '../devices/printer/document.js';
import type { TestAppliance } from '../kernel/testing/harness.js';
import { routeSlip } from './delivery-route-slip.js';
import { type Api, PINHEIROS_DESTINATION, startDeliveryStore } from './test-support.js';

/**
 * A phone order the customer pays in full at the counter before it leaves (the attendant marks it
 * "pago"). The till took the goods; the zone's delivery fee (R$ 7,00 in Pinheiros) is not in the
 * order, so nobody has charged it yet: the courier must still collect it at the door, as for the
 * same order taken "na entrega" and paid at the counter, and hand it in at the day close.
 */
describe('a delivery paid at the counter and marked prepaid', () => {
  let app: TestAppliance;
  let manager: Api;

  beforeAll(async () => {
    ({ app, manager } = await startDeliveryStore());
  });
  afterAll(() => app.close());

  it('has the courier collect the delivery fee the counter did not charge, and settles it', async () => {
    const session = (await manager.post('/cashier-sessions', { terminalId: 'POS-1', openingFloatCents: 0 })).body.data;
    const order = (await manager.post('/orders', { channel: 'DELIVERY', items: [{ productId: 'prod-fries', quantity: 2 }], confirm: true })).body.data;
    expect((await manager.post(`/orders/${order.id}/payments`, { method: 'CASH', tenderedCents: order.totalCents })).status).toBe(201);
    const created = await manager.post(`/delivery/orders/${order.id}`, { destination: PINHEIROS_DESTINATION, payment: { prepaid: true, method: 'CASH', changeForCents: null } });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body.data).toMatchObject({ prepaid: true, feeCents: 700, amountDueCents: 700 });
    expect((await manager.post(`/orders/${order.id}/status`, { status: 'READY' })).status).toBe(200);

    const courier = (await manager.post('/delivery/couriers', { name: 'Zé Motoboy', payPerDeliveryCents: 500 })).body.data;
    const dispatched = await manager.post(`/delivery/deliveries/${created.body.data.id}/dispatch`, { courierId: courier.id });
    expect(dispatched.status, JSON.stringify(dispatched.body)).toBe(200);
    expect(dispatched.body.data.amountDueCents).toBe(700);
    expect((await manager.post(`/delivery/deliveries/${created.body.data.id}/delivered`)).status).toBe(200);
    expect((await manager.post(`/cashier-sessions/${session.id}/close`, { counted: { CASH: order.totalCents } })).status).toBe(200);

    const closed = await manager.post('/business-days/current/close');
    expect(closed.status, JSON.stringify(closed.body)).toBe(200);
    expect((await manager.get('/delivery/settlements?businessDate=2026-11-23')).body.data).toEqual([
      expect.objectContaining({ courierId: courier.id, deliveryCount: 1, cashCollectedCents: 700, otherCollectedCents: 0, courierPayCents: 500, cashDueCents: 200 }),
    ]);
  });

  it('prints the fee to collect on the route slip instead of "nada a cobrar"', () => {
    const destination = { ...PINHEIROS_DESTINATION, postalCode: '05422010', latitude: null, longitude: null };
    const delivery = { id: 'd1', orderId: 'o1', businessDate: '2026-11-23', zoneId: 'z1', feeCents: 700, estimateMinutes: 40, distanceMeters: null, destination, prepaid: true, paymentMethod: 'CASH', amountDueCents: 700, changeForCents: null, status: 'OUT_FOR_DELIVERY', courierId: 'c1', settlementId: null, createdAt: '', dispatchedAt: null, deliveredAt: null, returnedRuns: 0 } as const;
    const order = { number: 12, items: [{ quantity: 1, unit: 'UNIT', name: 'Batata frita', status: 'CONFIRMED' }] } as unknown as Parameters<typeof routeSlip>[1];
    const text = documentText(routeSlip(delivery, order, 'Zé', 'Pinheiros', 'Loja', (key) => key)).join('\n');
    expect(text).toContain('delivery.slip.due');
    expect(text).not.toMatch(/delivery\.slip\.(prepaid|paid)/);
  });
});
