import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestAppliance } from '../kernel/testing/harness.js';
import { loadPaidOrder } from './fiscal-paid-order.js';
import { type Api, PINHEIROS_DESTINATION, startDeliveryStore } from './test-support.js';

/**
 * A phone order taken at the till for delivery to Pinheiros (taxa de entrega R$ 7,00). The fee is
 * part of what the customer buys: the order's total carries it, so the till charges it, the NFC-e
 * declares it (vFrete) and the Z report counts it among the day's delivery fees; the courier
 * collects at the door what the order still owes, the fee once, never on top of a total that
 * already holds it.
 */
describe('the delivery fee of an order taken at the till', () => {
  let app: TestAppliance;
  let manager: Api;
  let session: { id: string };
  let courier: { id: string };

  beforeAll(async () => {
    ({ app, manager } = await startDeliveryStore());
    session = (await manager.post('/cashier-sessions', { terminalId: 'POS-1', openingFloatCents: 0 })).body.data;
    courier = (await manager.post('/delivery/couriers', { name: 'Zé Motoboy', payPerDeliveryCents: 500 })).body.data;
  });
  afterAll(() => app.close());

  const deliveryOrder = async () => {
    const order = (await manager.post('/orders', { channel: 'DELIVERY', items: [{ productId: 'prod-fries', quantity: 2 }], confirm: true })).body.data;
    const created = await manager.post(`/delivery/orders/${order.id}`, { destination: PINHEIROS_DESTINATION, payment: { prepaid: false, method: 'CASH', changeForCents: null } });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect((await manager.post(`/orders/${order.id}/status`, { status: 'READY' })).status).toBe(200);
    return { goodsCents: order.totalCents as number, orderId: order.id as string, delivery: created.body.data as { id: string; amountDueCents: number } };
  };

  it('puts the zone fee in the order total, charges it once at the counter and counts it in the Z report', async () => {
    const paidAtCounter = await deliveryOrder();
    const order = (await manager.get(`/orders/${paidAtCounter.orderId}`)).body.data;
    expect(order).toMatchObject({ deliveryFeeCents: 700, totalCents: paidAtCounter.goodsCents + 700 });
    expect(paidAtCounter.delivery.amountDueCents).toBe(order.totalCents);

    // The customer pays the order's total at the counter: the fee is in it, the courier collects nothing.
    const paid = await manager.post(`/orders/${order.id}/payments`, { method: 'CASH', tenderedCents: order.totalCents });
    expect(paid.status, JSON.stringify(paid.body)).toBe(201);
    expect(paid.body.data.payment.amountCents).toBe(paidAtCounter.goodsCents + 700);
    // What the NFC-e is made of: the fee as the lines' freight (vFrete), paid with the goods.
    const fiscal = loadPaidOrder(app.ctx.db, order.id)!;
    expect(fiscal.lines.reduce((sum, line) => sum + (line.freightCents ?? 0), 0)).toBe(700);
    expect(fiscal.payments.reduce((sum, p) => sum + p.amountCents, 0)).toBe(order.totalCents);
    expect(fiscal.delivery).toMatchObject({ name: PINHEIROS_DESTINATION.recipientName });
    const run = await manager.post(`/delivery/deliveries/${paidAtCounter.delivery.id}/dispatch`, { courierId: courier.id });
    expect(run.status, JSON.stringify(run.body)).toBe(200);
    expect(run.body.data.amountDueCents).toBe(0);
    expect((await manager.post(`/delivery/deliveries/${paidAtCounter.delivery.id}/delivered`)).status).toBe(200);

    // Paid at the door: the courier collects the order's total (fee included) and hands it in at the till.
    const paidAtDoor = await deliveryOrder();
    const doorRun = await manager.post(`/delivery/deliveries/${paidAtDoor.delivery.id}/dispatch`, { courierId: courier.id });
    expect(doorRun.status, JSON.stringify(doorRun.body)).toBe(200);
    expect(doorRun.body.data.amountDueCents).toBe(paidAtDoor.goodsCents + 700);
    expect((await manager.post(`/delivery/deliveries/${paidAtDoor.delivery.id}/delivered`)).status).toBe(200);
    const handedIn = await manager.post(`/orders/${paidAtDoor.orderId}/payments`, { method: 'CASH', tenderedCents: paidAtDoor.goodsCents + 700 });
    expect(handedIn.status, JSON.stringify(handedIn.body)).toBe(201);
    expect((await manager.get(`/orders/${paidAtDoor.orderId}`)).body.data).toMatchObject({ status: 'COMPLETED', totalCents: paidAtDoor.goodsCents + 700 });

    const cash = paidAtCounter.goodsCents + paidAtDoor.goodsCents + 1400;
    expect((await manager.post(`/cashier-sessions/${session.id}/close`, { counted: { CASH: cash } })).status).toBe(200);
    const closed = await manager.post('/business-days/current/close');
    expect(closed.status, JSON.stringify(closed.body)).toBe(200);
    const report = closed.body.data.report;
    expect(report.sales).toMatchObject({ ordersCount: 2, deliveryFeeCents: 1400, netCents: cash });
    // The courier collected one order's total at the door, handed it in at the till, and is owed their pay.
    expect((await manager.get('/delivery/settlements?businessDate=2026-11-23')).body.data).toEqual([
      expect.objectContaining({ courierId: courier.id, deliveryCount: 2, cashCollectedCents: paidAtDoor.goodsCents + 700, cashAtTillCents: paidAtDoor.goodsCents + 700, courierPayCents: 1000, cashDueCents: -1000 }),
    ]);
  });
});
