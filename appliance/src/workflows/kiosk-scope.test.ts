import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEVICE_PERMISSIONS, ROLE_PERMISSIONS } from '../auth/index.js';
import type { TestAppliance } from '../kernel/testing/harness.js';
import { AsaasGateway, createPaymentsModule } from '../payments/index.js';
import { AsaasSimulator } from '../payments/simulators/asaas-simulator.js';
import { apiAs, apiWith, type Api, startTillStore } from './test-support.js';

/**
 * A KIOSK device pays its own orders and nothing else: it holds `payments.self_service`, which
 * opens only its orders' payment routes, not `payments.capture` (a PIX charge withdrawn, a
 * payment read), and changes only the orders it created (the CPF on the receipt included).
 */
describe('a kiosk device token and the orders it did not create', () => {
  let app: TestAppliance;
  let asaas: AsaasSimulator;
  let kiosk: Api;
  let cashier: Api;

  beforeAll(async () => {
    asaas = await new AsaasSimulator({ apiKey: 'k', webhookToken: 'hook' }).start();
    const payments = createPaymentsModule({ pixGateways: [new AsaasGateway({ baseUrl: asaas.baseUrl, apiKey: 'k', webhookToken: 'hook', customerId: 'cus_1', timeoutMs: 10_000 })] });
    app = await startTillStore(payments);
    asaas.webhookUrl = `${app.baseUrl}/api/v1/payments/webhooks/asaas`;
    kiosk = apiWith(app, app.bearer([...DEVICE_PERMISSIONS.KIOSK], { type: 'device', id: 'kiosk-1', role: undefined, deviceKind: 'KIOSK' }));
    cashier = apiAs(app, [...ROLE_PERMISSIONS.CASHIER], 'CASHIER');
    expect((await cashier.post('/cashier-sessions', { terminalId: 'POS-1', openingFloatCents: 10_000 })).status).toBe(201);
  });
  afterAll(async () => {
    await app.close();
    await asaas.close();
  });

  const counterOrder = async () => {
    const created = await cashier.post('/orders', { channel: 'COUNTER', items: [{ productId: 'prod-fries', quantity: 1 }], confirm: true });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    return created.body.data.id as string;
  };

  it('refuses the kiosk cancelling a PIX charge of an order the till created', async () => {
    const orderId = await counterOrder();
    const pix = await cashier.post(`/orders/${orderId}/payments`, { method: 'PIX' });
    expect(pix.status, JSON.stringify(pix.body)).toBe(201);
    const paymentId = pix.body.data.payment.id as string;

    // The kiosk may not even list that order's payments...
    expect((await kiosk.get(`/orders/${orderId}/payments`)).status).toBe(403);
    // ...so it must not withdraw one of them either.
    const cancelled = await kiosk.post(`/payments/${paymentId}/cancel`);
    expect(cancelled.status, JSON.stringify(cancelled.body)).toBe(403);
  });

  it('refuses the kiosk changing the CPF na nota of an order the till created', async () => {
    const orderId = await counterOrder();
    const res = await kiosk.post(`/orders/${orderId}/consumer-tax-id`, { taxId: '529.982.247-25' });
    expect(res.status, JSON.stringify(res.body)).toBe(403);
  });
});
