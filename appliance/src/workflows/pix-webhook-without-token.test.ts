import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEVICE_PERMISSIONS } from '../auth/index.js';
import type { TestAppliance } from '../kernel/testing/harness.js';
import { AsaasGateway, createPaymentsModule } from '../payments/index.js';
import { AsaasSimulator } from '../payments/simulators/asaas-simulator.js';
import { apiAs, apiWith, type Api, startTillStore } from './test-support.js';

/**
 * CHEFIA_ASAAS_WEBHOOK_TOKEN defaults to '' (kernel/config.ts). The webhook route is open to the
 * whole LAN (no bearer): with no token configured, a request with no `asaas-access-token` header
 * is refused, never read as the gateway saying "paid".
 */
describe('an Asaas PIX webhook with no token configured', () => {
  let app: TestAppliance;
  let asaas: AsaasSimulator;
  let kiosk: Api;
  let staff: Api;

  beforeAll(async () => {
    asaas = await new AsaasSimulator({ apiKey: 'k', webhookToken: 'hook' }).start();
    // As pixGatewaysFromConfig builds it from an environment without CHEFIA_ASAAS_WEBHOOK_TOKEN.
    const payments = createPaymentsModule({ pixGateways: [new AsaasGateway({ baseUrl: asaas.baseUrl, apiKey: 'k', webhookToken: '', customerId: 'cus_1', timeoutMs: 10_000 })] });
    app = await startTillStore(payments);
    kiosk = apiWith(app, app.bearer([...DEVICE_PERMISSIONS.KIOSK], { type: 'device', id: 'kiosk-1', role: undefined, deviceKind: 'KIOSK' }));
    staff = apiAs(app, ['orders.read'], 'MANAGER');
  });
  afterAll(async () => {
    await app.close();
    await asaas.close();
  });

  it('refuses an unsigned "PAYMENT_RECEIVED" and leaves the kiosk order unpaid', async () => {
    const created = await kiosk.post('/orders', { channel: 'KIOSK', items: [{ productId: 'prod-fries', quantity: 1 }] });
    expect(created.status).toBe(201);
    const orderId = created.body.data.id as string;
    const pix = await kiosk.post(`/orders/${orderId}/payments`, { method: 'PIX' });
    expect(pix.status, JSON.stringify(pix.body)).toBe(201);
    const providerRef = pix.body.data.payment.providerRef as string;

    // Nobody paid: a LAN caller forges the gateway's notification, with no token header.
    const forged = await fetch(`${app.baseUrl}/api/v1/payments/webhooks/asaas`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ id: 'evt_forged', event: 'PAYMENT_RECEIVED', payment: { id: providerRef } }),
    });
    const answer = await forged.json();
    await new Promise((r) => setTimeout(r, 300));
    const order = (await staff.get(`/orders/${orderId}`)).body.data;
    expect({ status: forged.status, applied: answer.data?.applied ?? false, paidAt: order.paidAt, orderStatus: order.status }, JSON.stringify(answer)).toEqual({ status: 401, applied: false, paidAt: null, orderStatus: 'DRAFT' });
  });
});
