import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLE_PERMISSIONS } from '../auth/index.js';
import type { TestAppliance } from '../kernel/testing/harness.js';
import { waitUntil } from '../kernel/testing/wait-until.js';
import { apiAs, type Api, startTillStore } from './test-support.js';
import { AsaasGateway, createPaymentsModule } from '../payments/index.js';
import { AsaasSimulator } from '../payments/simulators/asaas-simulator.js';

/**
 * A PIX refunded in full, on the store's books and at the gateway, is no settlement difference:
 * the gateway no longer lists the charge among its received payments, and the store expects no
 * missing settlement, no alert and no difference for money both sides agree went back.
 */
describe('reconciling a day with a PIX refunded in full', () => {
  let app: TestAppliance;
  let cashier: Api;
  let manager: Api;
  let asaas: AsaasSimulator;

  beforeAll(async () => {
    asaas = await new AsaasSimulator({ apiKey: 'k', webhookToken: 'hook' }).start();
    app = await startTillStore(createPaymentsModule({ pixGateways: [new AsaasGateway({ baseUrl: asaas.baseUrl, apiKey: 'k', webhookToken: 'hook', customerId: 'cus_1', timeoutMs: 2000 })] }));
    asaas.webhookUrl = `${app.baseUrl}/api/v1/payments/webhooks/asaas`;
    cashier = apiAs(app, [...ROLE_PERMISSIONS.CASHIER], 'CASHIER', 'cashier-rec');
    manager = apiAs(app, [...ROLE_PERMISSIONS.MANAGER], 'MANAGER', 'manager-rec');
    expect((await cashier.post('/cashier-sessions', { terminalId: 'POS-RC', openingFloatCents: 0 })).status).toBe(201);
  });
  afterAll(async () => {
    await app.close();
    await asaas.close();
  });

  it('raises no difference for a charge both sides refunded', async () => {
    const order = (await cashier.post('/orders', { channel: 'COUNTER', items: [{ productId: 'prod-fries', quantity: 1 }], confirm: true })).body.data;
    const pix = await cashier.post(`/orders/${order.id}/payments`, { method: 'PIX' });
    expect(pix.status, JSON.stringify(pix.body)).toBe(201);
    const payment = pix.body.data.payment;
    expect(await (await asaas.pay(payment.providerRef)).deliver()).toBe(200);
    await waitUntil('the order settled', async () => (await manager.get(`/orders/${order.id}`)).body.data.paidAt, (paidAt) => paidAt !== null);

    const refund = await manager.post(`/payments/${payment.id}/refunds`, { amountCents: payment.amountCents, reason: 'cliente desistiu' });
    expect(refund.status, JSON.stringify(refund.body)).toBe(201);
    expect(refund.body.data.gatewayRefund.status).toBe('DONE');

    const rec = await manager.post('/payments/reconciliations', { gateway: 'ASAAS', from: payment.businessDate, to: '2030-12-31' });
    expect(rec.status, JSON.stringify(rec.body)).toBe(201);
    const result = rec.body.data;
    expect(result.missingInSettlement.map((l: { paymentId: string }) => l.paymentId)).not.toContain(payment.id);
    expect(result.totals.differenceCents).toBe(0);
  });
});
