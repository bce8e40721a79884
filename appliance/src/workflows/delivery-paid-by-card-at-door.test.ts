import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestAppliance } from '../kernel/testing/harness.js';
import { type Api, PINHEIROS_DESTINATION, startDeliveryStore } from './test-support.js';

const destination = PINHEIROS_DESTINATION;

/**
 * The customer said "dinheiro" on the phone, then paid the motoboy on the card machine he carries.
 * Back at the store the cashier records the debit slip on the order. The day's courier settlement
 * must count what the courier took (a card slip, no cash), not what the customer said: else it
 * asks the courier to hand in cash he never had.
 */
describe('a delivery declared cash and paid by card at the door', () => {
  let app: TestAppliance;
  let manager: Api;

  beforeAll(async () => {
    ({ app, manager } = await startDeliveryStore());
  });
  afterAll(() => app.close());

  it('settles the courier by the payments taken: card slip, no cash, part cash when split', async () => {
    const courier = (await manager.post('/delivery/couriers', { name: 'Zé Motoboy', payPerDeliveryCents: 500 })).body.data;
    const deliver = async () => {
      const order = (await manager.post('/orders', { channel: 'DELIVERY', items: [{ productId: 'prod-fries', quantity: 2 }], confirm: true })).body.data;
      const delivery = (await manager.post(`/delivery/orders/${order.id}`, { destination, payment: { prepaid: false, method: 'CASH', changeForCents: null } })).body.data;
      expect((await manager.post(`/orders/${order.id}/status`, { status: 'READY' })).status).toBe(200);
      expect((await manager.post(`/delivery/deliveries/${delivery.id}/dispatch`, { courierId: courier.id })).status).toBe(200);
      expect((await manager.post(`/delivery/deliveries/${delivery.id}/delivered`)).status).toBe(200);
      const due = (await manager.get(`/delivery/deliveries/${delivery.id}`)).body.data.amountDueCents as number;
      // The zone's fee is collected at the door beside the order (not inside it): by the declared method.
      const feeOutside = due - ((await manager.get(`/orders/${order.id}`)).body.data.totalCents as number);
      return { order, due, feeOutside };
    };
    const session = (await manager.post('/cashier-sessions', { terminalId: 'POS-1', openingFloatCents: 0 })).body.data;
    const byCard = await deliver();
    expect((await manager.post(`/orders/${byCard.order.id}/payments`, { method: 'DEBIT', standaloneCard: { brand: 'VISA', nsu: '123456' } })).status).toBe(201);
    const split = await deliver();
    expect((await manager.post(`/orders/${split.order.id}/payments`, { method: 'CASH', amountCents: 1000, tenderedCents: 1000 })).status).toBe(201);
    expect((await manager.post(`/orders/${split.order.id}/payments`, { method: 'CREDIT', standaloneCard: { brand: 'ELO' } })).status).toBe(201);
    expect((await manager.post(`/cashier-sessions/${session.id}/close`, { counted: { CASH: 1000, DEBIT: byCard.due - byCard.feeOutside, CREDIT: split.due - split.feeOutside - 1000 } })).status).toBe(200);

    const closed = await manager.post('/business-days/current/close');
    expect(closed.status, JSON.stringify(closed.body)).toBe(200);
    expect((await manager.get('/delivery/settlements?businessDate=2026-11-23')).body.data).toEqual([
      expect.objectContaining({
        courierId: courier.id,
        deliveryCount: 2,
        cashCollectedCents: 1000 + byCard.feeOutside + split.feeOutside,
        otherCollectedCents: byCard.due + split.due - 1000 - byCard.feeOutside - split.feeOutside,
        courierPayCents: 1000,
      }),
    ]);
  });
});
