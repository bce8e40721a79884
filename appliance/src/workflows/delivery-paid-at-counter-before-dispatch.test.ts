import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentText } from '../devices/printer/document.js';
import type { TestAppliance } from '../kernel/testing/harness.js';
import { routeSlip } from './delivery-route-slip.js';
import { type Api, PINHEIROS_DESTINATION, startDeliveryStore } from './test-support.js';

const destination = PINHEIROS_DESTINATION;

/**
 * The attendant takes a phone order "em dinheiro na entrega", then the customer pays it before it
 * leaves (stops by the counter with the card, leaves part of it in cash). The courier must collect
 * at the door only what is still owed (the rest of the order, whose total holds the fee): the
 * customer is never charged twice. At the day close the courier hands in what they collected, not
 * the money the counter took.
 */
describe('a delivery paid at the counter before it leaves', () => {
  let app: TestAppliance;
  let manager: Api;
  let session: { id: string };

  beforeAll(async () => {
    ({ app, manager } = await startDeliveryStore());
    session = (await manager.post('/cashier-sessions', { terminalId: 'POS-1', openingFloatCents: 0 })).body.data;
  });
  afterAll(() => app.close());

  const readyForDelivery = async () => {
    const order = (await manager.post('/orders', { channel: 'DELIVERY', items: [{ productId: 'prod-fries', quantity: 2 }], confirm: true })).body.data;
    const created = await manager.post(`/delivery/orders/${order.id}`, { destination, payment: { prepaid: false, method: 'CASH', changeForCents: null } });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body.data.amountDueCents).toBe(order.totalCents + 700);
    expect((await manager.post(`/orders/${order.id}/status`, { status: 'READY' })).status).toBe(200);
    // The zone's fee is in the order's total now: what the counter charges and the courier collects.
    const withFee = (await manager.get(`/orders/${order.id}`)).body.data as { id: string; totalCents: number };
    expect(withFee.totalCents).toBe(order.totalCents + 700);
    return { order: withFee, delivery: created.body.data as { id: string } };
  };

  it('has the courier collect only what is still owed, and settles only the money the courier collected', async () => {
    const courier = (await manager.post('/delivery/couriers', { name: 'Zé Motoboy', payPerDeliveryCents: 500 })).body.data;

    // Paid in full on the card at the counter, fee included: nothing is left to collect at the door.
    const byCard = await readyForDelivery();
    expect((await manager.post(`/orders/${byCard.order.id}/payments`, { method: 'DEBIT', standaloneCard: { brand: 'VISA', nsu: '654321' } })).status).toBe(201);
    const cardRun = await manager.post(`/delivery/deliveries/${byCard.delivery.id}/dispatch`, { courierId: courier.id });
    expect(cardRun.status, JSON.stringify(cardRun.body)).toBe(200);
    expect(cardRun.body.data.amountDueCents).toBe(0);

    // R$ 10,00 left in cash at the counter: the rest (fee included) at the door, which the courier brings to the till.
    const part = await readyForDelivery();
    expect((await manager.post(`/orders/${part.order.id}/payments`, { method: 'CASH', amountCents: 1000, tenderedCents: 1000 })).status).toBe(201);
    const partRun = await manager.post(`/delivery/deliveries/${part.delivery.id}/dispatch`, { courierId: courier.id });
    expect(partRun.status, JSON.stringify(partRun.body)).toBe(200);
    expect(partRun.body.data.amountDueCents).toBe(part.order.totalCents - 1000);

    for (const run of [byCard, part]) expect((await manager.post(`/delivery/deliveries/${run.delivery.id}/delivered`)).status).toBe(200);
    const rest = part.order.totalCents - 1000;
    expect((await manager.post(`/orders/${part.order.id}/payments`, { method: 'CASH', tenderedCents: rest })).status).toBe(201);
    expect((await manager.post(`/cashier-sessions/${session.id}/close`, { counted: { CASH: part.order.totalCents, DEBIT: byCard.order.totalCents } })).status).toBe(200);

    const closed = await manager.post('/business-days/current/close');
    expect(closed.status, JSON.stringify(closed.body)).toBe(200);
    expect((await manager.get('/delivery/settlements?businessDate=2026-11-23')).body.data).toEqual([
      // What the courier collected was handed in at the till: the store owes them the two rides.
      expect.objectContaining({ courierId: courier.id, deliveryCount: 2, cashCollectedCents: rest, cashAtTillCents: rest, otherCollectedCents: 0, courierPayCents: 1000, cashDueCents: -1000 }),
    ]);
  });

  it('prints on the route slip that nothing is to be collected when the counter took it all', () => {
    const destination = { ...PINHEIROS_DESTINATION, postalCode: '05422010', latitude: null, longitude: null };
    const delivery = { id: 'd1', orderId: 'o1', businessDate: '2026-11-23', zoneId: 'z1', feeCents: 700, estimateMinutes: 40, distanceMeters: null, destination, prepaid: false, paymentMethod: 'CASH', amountDueCents: 0, changeForCents: null, status: 'OUT_FOR_DELIVERY', courierId: 'c1', settlementId: null, createdAt: '', dispatchedAt: null, deliveredAt: null, returnedRuns: 0 } as const;
    const order = { number: 12, items: [{ quantity: 1, unit: 'UNIT', name: 'Batata frita', status: 'CONFIRMED' }] } as unknown as Parameters<typeof routeSlip>[1];
    const text = documentText(routeSlip(delivery, order, 'Zé', 'Pinheiros', 'Loja', (key) => key)).join('\n');
    expect(text).toContain('delivery.slip.paid');
    // Neither "A COBRAR R$ 0,00" nor "PAGO ONLINE": it was paid at the counter.
    expect(text).not.toMatch(/delivery\.slip\.(due|prepaid|change)/);
  });
});
