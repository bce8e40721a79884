import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestAppliance } from '../kernel/testing/harness.js';
import { type Api, PINHEIROS_DESTINATION, startDeliveryStore } from './test-support.js';

const destination = PINHEIROS_DESTINATION;

/**
 * The motoboy comes back and hands the cash to the cashier, who takes it on the order at the till
 * (which completes it: paying an order out for delivery completes it) without also tapping
 * "entregue". The run happened: the day close reports it delivered and settles it with the
 * courier (their pay, the cash they collected). While the order is still unpaid with the courier,
 * the cash is on the street: the close refuses, and offers no write-off for it.
 */
describe('a run paid at the till before it was reported delivered', () => {
  let app: TestAppliance;
  let manager: Api;

  beforeAll(async () => {
    ({ app, manager } = await startDeliveryStore());
  });
  afterAll(() => app.close());

  it('blocks the close while the unpaid order is out, then settles the courier\'s run once its cash is taken at the till', async () => {
    const order = (await manager.post('/orders', { channel: 'DELIVERY', items: [{ productId: 'prod-fries', quantity: 2 }], confirm: true })).body.data;
    const delivery = (await manager.post(`/delivery/orders/${order.id}`, { destination, payment: { prepaid: false, method: 'CASH', changeForCents: null } })).body.data;
    expect((await manager.post(`/orders/${order.id}/status`, { status: 'READY' })).status).toBe(200);
    const courier = (await manager.post('/delivery/couriers', { name: 'Zé Motoboy', payPerDeliveryCents: 500 })).body.data;
    expect((await manager.post(`/delivery/deliveries/${delivery.id}/dispatch`, { courierId: courier.id })).status).toBe(200);

    const blocked = await manager.post('/business-days/current/close', { resolve: { writeOffUnpaid: { kind: 'LOSS', reason: 'entregador não voltou' } } });
    expect([blocked.status, blocked.body.error?.code]).toEqual([422, 'BUSINESS_DAY_CLOSE_BLOCKED']);
    expect(blocked.body.error.details.openOrders).toEqual([expect.objectContaining({ orderId: order.id, status: 'DELIVERING', code: 'ORDER_OUT_FOR_DELIVERY', resolution: null })]);
    expect((await manager.get(`/orders/${order.id}`)).body.data).toMatchObject({ status: 'DELIVERING', writeOff: null });

    const session = (await manager.post('/cashier-sessions', { terminalId: 'POS-1', openingFloatCents: 0 })).body.data;
    // The order's total holds the zone's fee: the courier collected it with the goods.
    const dueCents = order.totalCents + 700;
    const paid = await manager.post(`/orders/${order.id}/payments`, { method: 'CASH', tenderedCents: dueCents });
    expect(paid.status, JSON.stringify(paid.body)).toBe(201);
    expect(paid.body.data.order.status).toBe('COMPLETED');
    expect((await manager.post(`/cashier-sessions/${session.id}/close`, { counted: { CASH: dueCents } })).status).toBe(200);

    const closed = await manager.post('/business-days/current/close');
    expect(closed.status, JSON.stringify(closed.body)).toBe(200);
    expect((await manager.get(`/delivery/deliveries/${delivery.id}`)).body.data).toMatchObject({ status: 'DELIVERED', settlementId: expect.any(String) });
    expect((await manager.get('/delivery/settlements?businessDate=2026-11-23')).body.data).toEqual([
      // The order's cash, fee included, is in the drawer already: the store owes the courier their pay.
      expect.objectContaining({ courierId: courier.id, deliveryCount: 1, cashCollectedCents: dueCents, cashAtTillCents: dueCents, courierPayCents: 500, cashDueCents: -500 }),
    ]);
  });
});
