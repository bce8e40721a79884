import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestAppliance } from '../kernel/testing/harness.js';
import { type Api, PINHEIROS_DESTINATION, startDeliveryStore } from './test-support.js';

/**
 * "Troco para R$ 100" is cash handed to the courier at the door. A delivery paid by card on the
 * courier's machine, or already paid, has no change: taken anyway, the route slip would send the
 * courier out with change to give for a card payment. The attendant is told why, in Portuguese.
 */
describe('change for a delivery is for cash at the door only', () => {
  let app: TestAppliance;
  let manager: Api;

  beforeAll(async () => {
    ({ app, manager } = await startDeliveryStore());
  });
  afterAll(() => app.close());

  it('refuses change for a card paid at the door, and takes it for cash', async () => {
    const order = (await manager.post('/orders', { channel: 'DELIVERY', items: [{ productId: 'prod-fries', quantity: 2 }], confirm: true })).body.data;
    const deliver = (payment: unknown) => manager.post(`/delivery/orders/${order.id}`, { destination: PINHEIROS_DESTINATION, payment });

    for (const payment of [{ prepaid: false, method: 'CREDIT', changeForCents: 10_000 }, { prepaid: false, method: 'DEBIT', changeForCents: 10_000 }]) {
      const refused = await deliver(payment);
      expect([payment.method, refused.status, refused.body.error?.code]).toEqual([payment.method, 422, 'DELIVERY_CHANGE_NOT_CASH']);
      expect(refused.body.error.message).toBe('Troco só vale para pagamento em dinheiro na entrega.');
    }
    expect((await manager.get(`/delivery/orders/${order.id}`)).status).toBe(404);

    const cash = await deliver({ prepaid: false, method: 'CASH', changeForCents: 10_000 });
    expect(cash.status, JSON.stringify(cash.body)).toBe(201);
    expect(cash.body.data).toMatchObject({ paymentMethod: 'CASH', changeForCents: 10_000 });
  });

  it('refuses change for a delivery paid before it leaves', async () => {
    const order = (await manager.post('/orders', { channel: 'DELIVERY', items: [{ productId: 'prod-fries', quantity: 2 }], confirm: true })).body.data;
    expect((await manager.post(`/orders/${order.id}/payments`, { method: 'DEBIT', standaloneCard: { brand: 'VISA', nsu: '111222' } })).status).toBe(201);
    const refused = await manager.post(`/delivery/orders/${order.id}`, { destination: PINHEIROS_DESTINATION, payment: { prepaid: true, method: 'CASH', changeForCents: 5_000 } });
    expect([refused.status, refused.body.error?.code]).toEqual([422, 'DELIVERY_CHANGE_NOT_CASH']);
  });
});
