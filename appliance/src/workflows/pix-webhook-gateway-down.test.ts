import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLE_PERMISSIONS } from '../auth/index.js';
import type { TestAppliance } from '../kernel/testing/harness.js';
import { createPaymentsModule, MercadoPagoGateway } from '../payments/index.js';
import { MercadoPagoSimulator } from '../payments/simulators/mercado-pago-simulator.js';
import { apiAs, type Api, startTillStore } from './test-support.js';

/**
 * Mercado Pago's notification says only "payment 123 changed": the store asks its API what was
 * paid. When that API does not answer, the notification is refused as "gateway unavailable" (503),
 * which Mercado Pago delivers again later, not as an internal error of the store; the delivery
 * again, once the API answers, settles the order.
 */
describe('a PIX notification while the gateway API is down', () => {
  let mp: MercadoPagoSimulator;
  let app: TestAppliance;
  let cashier: Api;

  beforeAll(async () => {
    mp = await new MercadoPagoSimulator({ accessToken: 't', webhookSecret: 's' }).start();
    app = await startTillStore(
      createPaymentsModule({ pixGateways: [new MercadoPagoGateway({ baseUrl: mp.baseUrl, accessToken: 't', webhookSecret: 's', payerEmail: 'caixa@loja.test', timeoutMs: 2000 })] }),
    );
    mp.webhookUrl = `${app.baseUrl}/api/v1/payments/webhooks/mercado-pago`;
    cashier = apiAs(app, [...ROLE_PERMISSIONS.CASHIER], 'CASHIER');
    expect((await cashier.post('/cashier-sessions', { terminalId: 'POS-MP', openingFloatCents: 0 })).status).toBe(201);
  });
  afterAll(async () => {
    await app?.close();
    await mp?.close();
  });

  it('is refused as gateway unavailable, and settles the order when delivered again', async () => {
    const order = (await cashier.post('/orders', { channel: 'COUNTER', items: [{ productId: 'prod-fries', quantity: 1 }], confirm: true })).body.data;
    const pix = await cashier.post(`/orders/${order.id}/payments`, { method: 'PIX' });
    expect(pix.status, JSON.stringify(pix.body)).toBe(201);

    // The customer pays while Mercado Pago's API is down: its notification cannot be checked.
    mp.server.mode = 'fail';
    const paid = await mp.pay(pix.body.data.payment.providerRef);
    expect(await paid.deliver()).toBe(503);
    expect((await cashier.get(`/orders/${order.id}/payments`)).body.data.payments[0].status).toBe('PENDING');
    mp.server.mode = 'ok';

    expect(await paid.deliver()).toBe(200);
    const after = await cashier.get(`/orders/${order.id}/payments`);
    expect(after.body.data.payments[0].status).toBe('CAPTURED');
    expect(after.body.data.balance.remainingCents).toBe(0);
  });
});
