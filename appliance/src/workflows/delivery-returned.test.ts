import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestAppliance } from '../kernel/testing/harness.js';
import { waitUntil } from '../kernel/testing/wait-until.js';
import { type Api, PINHEIROS_DESTINATION, startDeliveryStore } from './test-support.js';

const destination = PINHEIROS_DESTINATION;

/**
 * The motoboy comes back with the bag: nobody at the door, a wrong number, the street closed. The
 * order is not lost: the store marks the run returned, the order waits at the counter again (READY)
 * and goes out once more, with the same courier or another, or is cancelled after a call to the
 * customer. Each ride is the courier's to be paid for; only the run that delivered collects money.
 */
describe('a delivery the courier brought back', () => {
  let app: TestAppliance;
  let manager: Api;

  beforeAll(async () => {
    ({ app, manager } = await startDeliveryStore());
  });
  afterAll(() => app.close());

  async function outForDelivery(courierName: string) {
    const order = (await manager.post('/orders', { channel: 'DELIVERY', items: [{ productId: 'prod-fries', quantity: 2 }], confirm: true })).body.data;
    const delivery = (await manager.post(`/delivery/orders/${order.id}`, { destination, payment: { prepaid: false, method: 'CASH', changeForCents: null } })).body.data;
    expect((await manager.post(`/orders/${order.id}/status`, { status: 'READY' })).status).toBe(200);
    const courier = (await manager.post('/delivery/couriers', { name: courierName, payPerDeliveryCents: 500 })).body.data;
    expect((await manager.post(`/delivery/deliveries/${delivery.id}/dispatch`, { courierId: courier.id })).status).toBe(200);
    return { order, delivery, courier };
  }

  it('waits at the counter again, goes out with another courier, and pays both rides', async () => {
    const { order, delivery, courier: ze } = await outForDelivery('Zé Motoboy');
    const returned = await manager.post(`/delivery/deliveries/${delivery.id}/returned`, { reason: 'ninguém atendeu' });
    expect(returned.status, JSON.stringify(returned.body)).toBe(200);
    expect(returned.body.data).toMatchObject({ status: 'PENDING', courierId: null, returnedRuns: 1 });
    expect((await manager.get(`/orders/${order.id}`)).body.data.status).toBe('READY');
    // Returned twice is refused: it is at the store now.
    const again = await manager.post(`/delivery/deliveries/${delivery.id}/returned`, { reason: 'de novo' });
    expect([again.status, again.body.error?.code]).toEqual([422, 'DELIVERY_WRONG_STATUS']);

    const bia = (await manager.post('/delivery/couriers', { name: 'Bia Entregas', payPerDeliveryCents: 600 })).body.data;
    expect((await manager.post(`/delivery/deliveries/${delivery.id}/dispatch`, { courierId: bia.id })).status).toBe(200);
    expect((await manager.get(`/orders/${order.id}`)).body.data.status).toBe('DELIVERING');
    expect((await manager.post(`/delivery/deliveries/${delivery.id}/delivered`)).status).toBe(200);
    // Bia hands the cash in at the till.
    const session = (await manager.post('/cashier-sessions', { terminalId: 'POS-1', openingFloatCents: 0 })).body.data;
    const due = (await manager.get(`/orders/${order.id}`)).body.data.totalCents as number;
    const paid = await manager.post(`/orders/${order.id}/payments`, { method: 'CASH', tenderedCents: due });
    expect(paid.status, JSON.stringify(paid.body)).toBe(201);
    expect((await manager.post(`/cashier-sessions/${session.id}/close`, { counted: { CASH: due } })).status).toBe(200);

    const types = app.ctx.db.prepare("SELECT type FROM journal WHERE aggregate_id = ? ORDER BY seq").pluck().all(delivery.id);
    expect(types).toEqual(['delivery.created', 'delivery.dispatched', 'delivery.returned', 'delivery.dispatched', 'delivery.delivered']);

    const closed = await manager.post('/business-days/current/close');
    expect(closed.status, JSON.stringify(closed.body)).toBe(200);
    const settlements = (await manager.get('/delivery/settlements?businessDate=2026-11-23')).body.data as { courierId: string }[];
    const of = (id: string) => settlements.find((s) => s.courierId === id);
    // Zé rode and came back: paid for the ride, collected nothing.
    expect(of(ze.id)).toMatchObject({ deliveryCount: 0, returnedCount: 1, cashCollectedCents: 0, courierPayCents: 500, cashDueCents: -500 });
    // Bia delivered and collected the order, the zone's fee in its total, once.
    expect(due).toBe(order.totalCents + 700);
    expect(of(bia.id)).toMatchObject({ deliveryCount: 1, returnedCount: 0, cashCollectedCents: due, courierPayCents: 600 });
  });
});

describe('a delivery that came back and is then cancelled', () => {
  let app: TestAppliance;
  let manager: Api;

  beforeAll(async () => {
    ({ app, manager } = await startDeliveryStore());
  });
  afterAll(() => app.close());

  it('cancels the delivery with the order and still pays the courier for the ride', async () => {
    const order = (await manager.post('/orders', { channel: 'DELIVERY', items: [{ productId: 'prod-fries', quantity: 1 }], confirm: true })).body.data;
    const delivery = (await manager.post(`/delivery/orders/${order.id}`, { destination, payment: { prepaid: false, method: 'CASH', changeForCents: null } })).body.data;
    expect((await manager.post(`/orders/${order.id}/status`, { status: 'READY' })).status).toBe(200);
    const ze = (await manager.post('/delivery/couriers', { name: 'Zé Motoboy', payPerDeliveryCents: 500 })).body.data;
    expect((await manager.post(`/delivery/deliveries/${delivery.id}/dispatch`, { courierId: ze.id })).status).toBe(200);
    expect((await manager.post(`/delivery/deliveries/${delivery.id}/returned`, { reason: 'endereço não existe' })).status).toBe(200);

    const cancelled = await manager.post(`/orders/${order.id}/cancel`, { reason: 'cliente não atende' });
    expect(cancelled.status, JSON.stringify(cancelled.body)).toBe(200);
    await waitUntil('the delivery to follow the cancel', async () => (await manager.get(`/delivery/deliveries/${delivery.id}`)).body.data.status, (status) => status === 'CANCELLED');

    expect((await manager.post('/business-days/current/close')).status).toBe(200);
    expect((await manager.get('/delivery/settlements?businessDate=2026-11-23')).body.data).toEqual([
      expect.objectContaining({ courierId: ze.id, deliveryCount: 0, returnedCount: 1, cashCollectedCents: 0, courierPayCents: 500, cashDueCents: -500 }),
    ]);
  });
});
