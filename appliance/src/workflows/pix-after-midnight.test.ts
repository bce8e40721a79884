import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLE_PERMISSIONS } from '../auth/index.js';
import { cashierModule } from '../cashier/index.js';
import { localDate } from '../kernel/clock.js';
import { startTestAppliance, type TestAppliance } from '../kernel/testing/harness.js';
import { AsaasGateway, createPaymentsModule } from '../payments/index.js';
import { AsaasSimulator } from '../payments/simulators/asaas-simulator.js';
import { workflowsModule } from './index.js';
import { apiAs, type Api, orderModules } from './test-support.js';

/**
 * A bar's business day opened Monday evening (São Paulo) is still selling at 00:30 on Tuesday.
 * A customer paying by PIX then gets a charge due today, Tuesday, as the gateway's calendar is:
 * a charge due "Monday" is refused by the gateway (the till could take no PIX until the close),
 * and its QR code would have expired before the customer scanned it.
 */
describe('a PIX charge after midnight on a business day that runs past it', () => {
  let now = new Date('2026-11-23T22:00:00.000Z'); // Monday 19:00 in São Paulo
  let asaas: AsaasSimulator;
  let app: TestAppliance;
  let cashier: Api;

  beforeAll(async () => {
    asaas = await new AsaasSimulator({ apiKey: 'k', webhookToken: 'hook', today: () => localDate(now, 'America/Sao_Paulo') }).start();
    const payments = createPaymentsModule({ pixGateways: [new AsaasGateway({ baseUrl: asaas.baseUrl, apiKey: 'k', webhookToken: 'hook', customerId: 'cus_1', timeoutMs: 2000 })] });
    app = await startTestAppliance([...orderModules().filter((m) => m !== workflowsModule), cashierModule, payments, workflowsModule], {
      clock: { now: () => now },
      env: { CHEFIA_DEMO: '1' },
    });
    asaas.webhookUrl = `${app.baseUrl}/api/v1/payments/webhooks/asaas`;
    cashier = apiAs(app, [...ROLE_PERMISSIONS.CASHIER], 'CASHIER');
    expect((await cashier.post('/cashier-sessions', { terminalId: 'POS-N', openingFloatCents: 0 })).status).toBe(201);
  });
  afterAll(async () => {
    await app?.close();
    await asaas?.close();
  });

  it('is due today, and the customer pays it', async () => {
    expect((await cashier.get('/business-days/current')).body.data.date).toBe('2026-11-23');
    now = new Date('2026-11-24T03:30:00.000Z'); // 00:30 Tuesday
    const order = (await cashier.post('/orders', { channel: 'COUNTER', items: [{ productId: 'prod-fries', quantity: 1 }], confirm: true })).body.data;
    expect(order.businessDate).toBe('2026-11-23');

    const pix = await cashier.post(`/orders/${order.id}/payments`, { method: 'PIX' });
    expect(pix.status, JSON.stringify(pix.body)).toBe(201);
    const charge = asaas.payments.get(pix.body.data.payment.providerRef)!;
    expect(charge.dueDate).toBe('2026-11-24');
    // The QR code the customer scans is still valid now.
    expect(pix.body.data.payment.details.expiresAt >= '2026-11-24').toBe(true);

    await (await asaas.pay(charge.id)).deliver();
    const paid = await cashier.get(`/orders/${order.id}/payments`);
    expect(paid.body.data.balance.remainingCents).toBe(0);
    expect(paid.body.data.payments[0].status).toBe('CAPTURED');
  });
});
