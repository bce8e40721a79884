import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLE_PERMISSIONS } from '../auth/index.js';
import type { TestAppliance } from '../kernel/testing/harness.js';
import { AsaasGateway, createPaymentsModule } from '../payments/index.js';
import { AsaasSimulator } from '../payments/simulators/asaas-simulator.js';
import { apiAs, type Api, startTillStore } from './test-support.js';

/**
 * A PIX charge withdrawn at the till while the gateway's webhook is late: the customer may have
 * paid the QR code already. The gateway is asked first, and a charge it reports paid is captured
 * on the order (the money is in the store's gateway account) instead of being cancelled.
 */
describe('cancelling a PIX charge the customer has just paid', () => {
  let app: TestAppliance;
  let cashier: Api;
  let asaas: AsaasSimulator;
  let webhookUrl: string;

  beforeAll(async () => {
    asaas = await new AsaasSimulator({ apiKey: 'k', webhookToken: 'hook' }).start();
    const payments = createPaymentsModule({ pixGateways: [new AsaasGateway({ baseUrl: asaas.baseUrl, apiKey: 'k', webhookToken: 'hook', customerId: 'cus_1', timeoutMs: 2000 })] });
    app = await startTillStore(payments);
    webhookUrl = `${app.baseUrl}/api/v1/payments/webhooks/asaas`;
    cashier = apiAs(app, [...ROLE_PERMISSIONS.CASHIER], 'CASHIER');
    expect((await cashier.post('/cashier-sessions', { terminalId: 'POS-PX', openingFloatCents: 0 })).status).toBe(201);
  });
  afterAll(async () => {
    await app.close();
    await asaas.close();
  });

  it('does not lose the payment: a charge paid at the gateway ends captured on the order', async () => {
    const created = await cashier.post('/orders', { channel: 'COUNTER', items: [{ productId: 'prod-fries', quantity: 1 }], confirm: true });
    const id = created.body.data.id as string;
    const pix = await cashier.post(`/orders/${id}/payments`, { method: 'PIX' });
    expect(pix.status, JSON.stringify(pix.body)).toBe(201);
    const paymentId = pix.body.data.payment.id as string;
    const gatewayId = pix.body.data.payment.providerRef as string;

    // The customer pays the QR code; the gateway's webhook is delayed (unreachable for now).
    asaas.webhookUrl = 'http://127.0.0.1:9/unreachable';
    const paid = await asaas.pay(gatewayId).catch(() => null);
    expect(paid).toBeNull();

    // "It did not work", says the customer: the cashier tries to withdraw the charge.
    const cancel = await cashier.post(`/payments/${paymentId}/cancel`);
    expect([cancel.status, cancel.body.error?.code]).toEqual([422, 'PAYMENT_PIX_ALREADY_PAID']);
    expect(cancel.body.error.message).toMatch(/já pagou/);

    // The gateway's PAYMENT_RECEIVED now arrives.
    asaas.webhookUrl = webhookUrl;
    const status = await asaas.deliver({ id: 'evt_late_1', event: 'PAYMENT_RECEIVED', payment: { object: 'payment', id: gatewayId, status: 'RECEIVED', value: 12.9, billingType: 'PIX' } });
    expect(status).toBe(200);

    // The customer's R$ 12,90 is at the gateway: the store's books must hold it.
    const { payments, balance } = (await cashier.get(`/orders/${id}/payments`)).body.data;
    expect(payments.find((p: { id: string }) => p.id === paymentId).status).toBe('CAPTURED');
    expect(balance.remainingCents).toBe(0);
    expect((await cashier.get(`/orders/${id}`)).body.data.paidAt).not.toBeNull();
  });

  it('withdraws nothing while the gateway cannot say whether the charge was paid; withdraws it once it answers', async () => {
    const created = await cashier.post('/orders', { channel: 'COUNTER', items: [{ productId: 'prod-fries', quantity: 1 }], confirm: true });
    const pix = await cashier.post(`/orders/${created.body.data.id}/payments`, { method: 'PIX' });
    const paymentId = pix.body.data.payment.id as string;
    asaas.server.mode = 'fail';
    const unknown = await cashier.post(`/payments/${paymentId}/cancel`);
    asaas.server.mode = 'ok';
    expect([unknown.status, unknown.body.error?.code]).toEqual([503, 'PAYMENT_GATEWAY_UNAVAILABLE']);
    expect((await cashier.get(`/payments/${paymentId}`)).body.data.status).toBe('PENDING');
    const withdrawn = await cashier.post(`/payments/${paymentId}/cancel`);
    expect(withdrawn.status, JSON.stringify(withdrawn.body)).toBe(200);
    expect(withdrawn.body.data.status).toBe('CANCELLED');
  });
});
