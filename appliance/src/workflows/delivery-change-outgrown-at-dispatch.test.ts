import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestAppliance } from '../kernel/testing/harness.js';
import { formatBrl } from '../kernel/money.js';
import { type Api, PINHEIROS_DESTINATION, startDeliveryStore } from './test-support.js';

/**
 * The customer asked for "troco para" a note, then added drinks: the order now costs as much as
 * the note, or more. The dispatcher is told before the courier leaves (the slip would send them
 * with no change, or a negative one): the run goes out once they give the new note the customer
 * will pay with, or say there is no change to take.
 */
describe('a change-for the order outgrew before it left', () => {
  let app: TestAppliance;
  let manager: Api;
  let courier: { id: string };

  beforeAll(async () => {
    ({ app, manager } = await startDeliveryStore());
    courier = (await manager.post('/delivery/couriers', { name: 'Dona Rita', payPerDeliveryCents: 500 })).body.data;
  });
  afterAll(() => app.close());

  /** A cash order "troco para" R$ 1,00 over what it cost, then grown by two drinks; ready to leave. */
  const outgrownChange = async () => {
    const order = (await manager.post('/orders', { channel: 'DELIVERY', items: [{ productId: 'prod-fries', quantity: 1 }] })).body.data;
    const changeForCents = order.totalCents + 700 + 100;
    const created = await manager.post(`/delivery/orders/${order.id}`, { destination: PINHEIROS_DESTINATION, payment: { prepaid: false, method: 'CASH', changeForCents } });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect((await manager.post(`/orders/${order.id}/items`, { items: [{ productId: 'prod-coke', quantity: 2 }] })).status).toBe(200);
    expect((await manager.post(`/orders/${order.id}/confirm`)).status).toBe(200);
    expect((await manager.post(`/orders/${order.id}/status`, { status: 'READY' })).status).toBe(200);
    const dueCents = (await manager.get(`/orders/${order.id}`)).body.data.totalCents as number;
    expect(dueCents).toBeGreaterThanOrEqual(changeForCents);
    return { orderId: order.id as string, deliveryId: created.body.data.id as string, changeForCents, dueCents };
  };

  it('refuses the dispatch, telling the amount due and the change asked for', async () => {
    const run = await outgrownChange();
    const refused = await manager.post(`/delivery/deliveries/${run.deliveryId}/dispatch`, { courierId: courier.id });
    expect([refused.status, refused.body.error?.code]).toEqual([422, 'DELIVERY_CHANGE_OUTGROWN']);
    expect(refused.body.error.message).toBe(
      `O total a cobrar na entrega passou para ${formatBrl(run.dueCents)} e o troco foi pedido para ${formatBrl(run.changeForCents)}: informe o novo valor do troco ou retire o troco antes de despachar.`,
    );
    expect(refused.body.error.details).toMatchObject({ deliveryId: run.deliveryId, amountDueCents: run.dueCents, changeForCents: run.changeForCents });
    // Nothing moved: the delivery waits and the order is still at the counter.
    expect((await manager.get(`/delivery/deliveries/${run.deliveryId}`)).body.data).toMatchObject({ status: 'PENDING', changeForCents: run.changeForCents });
    expect((await manager.get(`/orders/${run.orderId}`)).body.data.status).toBe('READY');
  });

  it('goes out with the new note the dispatcher gives, refusing one that still does not cover the order', async () => {
    const run = await outgrownChange();
    const tooSmall = await manager.post(`/delivery/deliveries/${run.deliveryId}/dispatch`, { courierId: courier.id, changeForCents: run.dueCents });
    expect([tooSmall.status, tooSmall.body.error?.code]).toEqual([422, 'DELIVERY_CHANGE_TOO_SMALL']);

    const newNote = run.dueCents + 5_000;
    const dispatched = await manager.post(`/delivery/deliveries/${run.deliveryId}/dispatch`, { courierId: courier.id, changeForCents: newNote });
    expect(dispatched.status, JSON.stringify(dispatched.body)).toBe(200);
    expect(dispatched.body.data).toMatchObject({ status: 'OUT_FOR_DELIVERY', amountDueCents: run.dueCents, changeForCents: newNote });
    // The journal keeps who changed the change, and to what.
    const event = app.ctx.journal.readAfter(0).find((e) => e.type === 'delivery.dispatched' && e.aggregateId === run.deliveryId);
    expect(event?.payload).toMatchObject({ amountDueCents: run.dueCents, changeForCents: newNote });
  });

  it('goes out without change when the dispatcher clears it', async () => {
    const run = await outgrownChange();
    const dispatched = await manager.post(`/delivery/deliveries/${run.deliveryId}/dispatch`, { courierId: courier.id, changeForCents: null });
    expect(dispatched.status, JSON.stringify(dispatched.body)).toBe(200);
    expect(dispatched.body.data).toMatchObject({ status: 'OUT_FOR_DELIVERY', amountDueCents: run.dueCents, changeForCents: null });
  });

  it('corrects the change while the delivery waits, journaled, and then leaves without a question', async () => {
    const run = await outgrownChange();
    const tooSmall = await manager.put(`/delivery/deliveries/${run.deliveryId}/change`, { changeForCents: run.dueCents - 1 });
    expect([tooSmall.status, tooSmall.body.error?.code]).toEqual([422, 'DELIVERY_CHANGE_TOO_SMALL']);

    const newNote = run.dueCents + 2_000;
    const corrected = await manager.put(`/delivery/deliveries/${run.deliveryId}/change`, { changeForCents: newNote });
    expect(corrected.status, JSON.stringify(corrected.body)).toBe(200);
    expect(corrected.body.data).toMatchObject({ status: 'PENDING', amountDueCents: run.dueCents, changeForCents: newNote });
    const event = app.ctx.journal.readAfter(0).find((e) => e.type === 'delivery.change_for_set' && e.aggregateId === run.deliveryId);
    expect(event?.payload).toMatchObject({ deliveryId: run.deliveryId, orderId: run.orderId, amountDueCents: run.dueCents, changeForCents: newNote, previousChangeForCents: run.changeForCents });

    const dispatched = await manager.post(`/delivery/deliveries/${run.deliveryId}/dispatch`, { courierId: courier.id });
    expect(dispatched.status, JSON.stringify(dispatched.body)).toBe(200);
    expect(dispatched.body.data).toMatchObject({ amountDueCents: run.dueCents, changeForCents: newNote });
  });
});
