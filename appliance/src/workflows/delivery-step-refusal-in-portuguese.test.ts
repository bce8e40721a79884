import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestAppliance } from '../kernel/testing/harness.js';
import { type Api, PINHEIROS_DESTINATION, startDeliveryStore } from './test-support.js';

/**
 * Two people at the Entregas screen tap the same delivery: one sends it out, the other a moment
 * later; or someone reports delivered a delivery still at the store. The refusal the screen shows
 * names where the delivery is in Portuguese ("em rota"), never the system's status code.
 */
describe('a delivery step refused for the delivery\'s state', () => {
  let app: TestAppliance;
  let manager: Api;

  beforeAll(async () => {
    ({ app, manager } = await startDeliveryStore());
  });
  afterAll(() => app.close());

  it('tells in Portuguese where the delivery is', async () => {
    const order = (await manager.post('/orders', { channel: 'DELIVERY', items: [{ productId: 'prod-fries', quantity: 2 }], confirm: true })).body.data;
    const delivery = (await manager.post(`/delivery/orders/${order.id}`, { destination: PINHEIROS_DESTINATION, payment: { prepaid: false, method: 'CASH', changeForCents: null } })).body.data;
    expect((await manager.post(`/orders/${order.id}/status`, { status: 'READY' })).status).toBe(200);
    const courier = (await manager.post('/delivery/couriers', { name: 'Zé Motoboy', payPerDeliveryCents: 500 })).body.data;

    const tooEarly = await manager.post(`/delivery/deliveries/${delivery.id}/delivered`);
    expect([tooEarly.status, tooEarly.body.error?.code, tooEarly.body.error?.message]).toEqual([422, 'DELIVERY_WRONG_STATUS', 'A entrega está aguardando saída e não pode passar para esta etapa.']);

    expect((await manager.post(`/delivery/deliveries/${delivery.id}/dispatch`, { courierId: courier.id })).status).toBe(200);
    const again = await manager.post(`/delivery/deliveries/${delivery.id}/dispatch`, { courierId: courier.id });
    expect([again.status, again.body.error?.code, again.body.error?.message]).toEqual([422, 'DELIVERY_WRONG_STATUS', 'A entrega está em rota e não pode passar para esta etapa.']);
    // The code stays in the details for the software.
    expect(again.body.error.details).toMatchObject({ deliveryId: delivery.id, status: 'OUT_FOR_DELIVERY' });
  });
});
