import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLE_PERMISSIONS } from '../auth/index.js';
import { cashierModule } from '../cashier/index.js';
import { localDate } from '../kernel/clock.js';
import { startTestAppliance, type TestAppliance } from '../kernel/testing/harness.js';
import { waitUntil } from '../kernel/testing/wait-until.js';
import { AsaasGateway, createPaymentsModule } from '../payments/index.js';
import { AsaasSimulator } from '../payments/simulators/asaas-simulator.js';
import { workflowsModule } from './index.js';
import { apiAs, type Api, orderModules } from './test-support.js';

/**
 * A bar's business day of Monday 23/11 runs until 01:00 on Tuesday. A PIX paid at 00:30 belongs
 * to Monday's sales, while the gateway lists it as received on Tuesday, its calendar date.
 * Reconciling Monday finds it settled (not missing), and reconciling Tuesday does not report it
 * as money unknown to the store: the manager sees no difference where there is none.
 */
describe('reconciling a business day that runs past midnight', () => {
  let now = new Date('2026-11-23T22:00:00.000Z'); // Monday 19:00 in São Paulo
  let asaas: AsaasSimulator;
  let app: TestAppliance;
  let cashier: Api;
  let manager: Api;

  beforeAll(async () => {
    asaas = await new AsaasSimulator({ apiKey: 'k', webhookToken: 'hook', today: () => localDate(now, 'America/Sao_Paulo') }).start();
    const payments = createPaymentsModule({ pixGateways: [new AsaasGateway({ baseUrl: asaas.baseUrl, apiKey: 'k', webhookToken: 'hook', customerId: 'cus_1', timeoutMs: 2000 })] });
    app = await startTestAppliance([...orderModules().filter((m) => m !== workflowsModule), cashierModule, payments, workflowsModule], {
      clock: { now: () => now },
      env: { CHEFIA_DEMO: '1' },
    });
    asaas.webhookUrl = `${app.baseUrl}/api/v1/payments/webhooks/asaas`;
    cashier = apiAs(app, [...ROLE_PERMISSIONS.CASHIER], 'CASHIER');
    manager = apiAs(app, [...ROLE_PERMISSIONS.MANAGER], 'MANAGER', 'user-manager');
    expect((await cashier.post('/cashier-sessions', { terminalId: 'POS-N', openingFloatCents: 0 })).status).toBe(201);
  });
  afterAll(async () => {
    await app?.close();
    await asaas?.close();
  });

  async function paidByPix(at: string): Promise<{ id: string; businessDate: string }> {
    now = new Date(at);
    const order = (await cashier.post('/orders', { channel: 'COUNTER', items: [{ productId: 'prod-fries', quantity: 1 }], confirm: true })).body.data;
    const pix = await cashier.post(`/orders/${order.id}/payments`, { method: 'PIX' });
    expect(pix.status, JSON.stringify(pix.body)).toBe(201);
    expect(await (await asaas.pay(pix.body.data.payment.providerRef)).deliver()).toBe(200);
    await waitUntil('the order settled', async () => (await manager.get(`/orders/${order.id}`)).body.data.paidAt, (paidAt) => paidAt !== null);
    return pix.body.data.payment;
  }

  it('matches the PIX paid after midnight to its business day, and to no other', async () => {
    const evening = await paidByPix('2026-11-23T23:00:00.000Z'); // Monday 20:00
    const afterMidnight = await paidByPix('2026-11-24T03:30:00.000Z'); // Tuesday 00:30
    expect([evening.businessDate, afterMidnight.businessDate]).toEqual(['2026-11-23', '2026-11-23']);
    // The day goes on to Tuesday morning, when the manager reconciles.
    now = new Date('2026-11-24T13:00:00.000Z');

    const monday = await manager.post('/payments/reconciliations', { gateway: 'ASAAS', from: '2026-11-23', to: '2026-11-23' });
    expect(monday.status, JSON.stringify(monday.body)).toBe(201);
    expect(monday.body.data.matched.map((l: { paymentId: string }) => l.paymentId).sort()).toEqual([evening.id, afterMidnight.id].sort());
    expect(monday.body.data.missingInSettlement).toEqual([]);
    expect(monday.body.data.unknownToStore).toEqual([]);
    expect(monday.body.data.totals.differenceCents).toBe(0);

    const tuesday = await manager.post('/payments/reconciliations', { gateway: 'ASAAS', from: '2026-11-24', to: '2026-11-24' });
    expect(tuesday.status, JSON.stringify(tuesday.body)).toBe(201);
    expect(tuesday.body.data.unknownToStore).toEqual([]);
    expect(tuesday.body.data.totals.differenceCents).toBe(0);
  });

  it('still reports money the store does not know, on the day the gateway received it', async () => {
    const foreign = asaas.addForeignSettlement(1_500); // received Tuesday
    const tuesday = await manager.post('/payments/reconciliations', { gateway: 'ASAAS', from: '2026-11-24', to: '2026-11-24' });
    expect(tuesday.body.data.unknownToStore.map((l: { gatewayPaymentId: string }) => l.gatewayPaymentId)).toEqual([foreign]);
    const monday = await manager.post('/payments/reconciliations', { gateway: 'ASAAS', from: '2026-11-23', to: '2026-11-23' });
    expect(monday.body.data.unknownToStore).toEqual([]);
  });
});
