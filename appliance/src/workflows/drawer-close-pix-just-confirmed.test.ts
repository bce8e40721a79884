import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLE_PERMISSIONS } from '../auth/index.js';
import type { TestAppliance } from '../kernel/testing/harness.js';
import { waitUntil } from '../kernel/testing/wait-until.js';
import { AsaasGateway, createPaymentsModule } from '../payments/index.js';
import { AsaasSimulator } from '../payments/simulators/asaas-simulator.js';
import { apiAs, type Api, startTillStore } from './test-support.js';

/**
 * A PIX confirmed just as its drawer closes: the drawer's close waits for the drawer's pending PIX,
 * and once the gateway has confirmed one it is captured at once and booked in the drawer a moment
 * later. A close landing in that moment still counts it: the store expects a PIX started on a
 * drawer to be in that drawer's close (its PIX line expects it, booked once), or the close to wait
 * for it; never a PIX received and settled that no drawer holds.
 */
describe('closing a drawer as its PIX is confirmed', () => {
  let app: TestAppliance;
  let cashier: Api;
  let manager: Api;
  let asaas: AsaasSimulator;

  beforeAll(async () => {
    asaas = await new AsaasSimulator({ apiKey: 'k', webhookToken: 'hook' }).start();
    app = await startTillStore(createPaymentsModule({ pixGateways: [new AsaasGateway({ baseUrl: asaas.baseUrl, apiKey: 'k', webhookToken: 'hook', customerId: 'cus_1', timeoutMs: 2000 })] }));
    asaas.webhookUrl = `${app.baseUrl}/api/v1/payments/webhooks/asaas`;
    cashier = apiAs(app, [...ROLE_PERMISSIONS.CASHIER], 'CASHIER', 'cashier-race');
    manager = apiAs(app, [...ROLE_PERMISSIONS.MANAGER], 'MANAGER', 'manager-race');
  });
  afterAll(async () => {
    await app.close();
    await asaas.close();
  });

  it('books the PIX in the drawer it was started on, or the close waits for it', async () => {
    const drawerId = (await cashier.post('/cashier-sessions', { terminalId: 'POS-RA', openingFloatCents: 0 })).body.data.id as string;
    const order = (await cashier.post('/orders', { channel: 'COUNTER', items: [{ productId: 'prod-fries', quantity: 1 }], confirm: true })).body.data;
    const pix = await cashier.post(`/orders/${order.id}/payments`, { method: 'PIX' });
    expect(pix.status, JSON.stringify(pix.body)).toBe(201);
    const payment = pix.body.data.payment;

    // The customer pays as the cashier closes the drawer (counting the PIX the screen shows as paid).
    const paid = asaas.pay(payment.providerRef);
    await waitUntil('the PIX captured', () => (app.ctx.db.prepare('SELECT status FROM payments WHERE id = ?').pluck().get(payment.id) as string), (s) => s === 'CAPTURED', { intervalMs: 1 });
    const closed = await cashier.post(`/cashier-sessions/${drawerId}/close`, { counted: { PIX: payment.amountCents } });
    await paid;
    await waitUntil('the order settled', async () => (await manager.get(`/orders/${order.id}`)).body.data.paidAt, (paidAt) => paidAt !== null);

    if (closed.status === 200) {
      const detail = (await manager.get(`/cashier-sessions/${drawerId}`)).body.data;
      expect(detail.operations.filter((op: { reference: string | null }) => op.reference === payment.id)).toHaveLength(1);
      expect(closed.body.data.report.lines.find((l: { method: string }) => l.method === 'PIX').expectedCents).toBe(payment.amountCents);
    }
  });
});
