import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLE_PERMISSIONS } from '../auth/index.js';
import type { TestAppliance } from '../kernel/testing/harness.js';
import { waitUntil } from '../kernel/testing/wait-until.js';
import { AsaasGateway, createPaymentsModule } from '../payments/index.js';
import { AsaasSimulator } from '../payments/simulators/asaas-simulator.js';
import { apiAs, type Api, startTillStore } from './test-support.js';

/**
 * Shift handover with a PIX charge still on the screen: Alice started a PIX charge at her drawer,
 * the customer is still typing it into the bank app, and Alice closes her drawer (blind count) and
 * hands POS-1 to the next cashier. The customer pays; the gateway's webhook captures the payment.
 *
 * docs/money.md: "PIX captures arrive outside any request: the durable consumer
 * workflows/payment-completion.ts books them in the drawer they started on". Were that drawer closed,
 * the capture would be in no drawer's count: not in Alice's close (already taken, PIX expected 0),
 * nor in the next cashier's. So the close waits for the drawer's pending PIX charge (received or withdrawn).
 */
describe('a PIX charge pending when its drawer is closed', () => {
  let app: TestAppliance;
  let alice: Api;
  let manager: Api;
  let asaas: AsaasSimulator;

  beforeAll(async () => {
    asaas = await new AsaasSimulator({ apiKey: 'k', webhookToken: 'hook' }).start();
    const payments = createPaymentsModule({ pixGateways: [new AsaasGateway({ baseUrl: asaas.baseUrl, apiKey: 'k', webhookToken: 'hook', customerId: 'cus_1', timeoutMs: 2000 })] });
    app = await startTillStore(payments);
    asaas.webhookUrl = `${app.baseUrl}/api/v1/payments/webhooks/asaas`;
    alice = apiAs(app, [...ROLE_PERMISSIONS.CASHIER], 'CASHIER', 'cashier-alice');
    manager = apiAs(app, [...ROLE_PERMISSIONS.MANAGER], 'MANAGER', 'manager-1');
  });
  afterAll(async () => {
    await app.close();
    await asaas.close();
  });

  it('refuses the close while the drawer\'s PIX is pending, and closes with it once paid', async () => {
    const aliceDrawer = (await alice.post('/cashier-sessions', { terminalId: 'POS-1', openingFloatCents: 10_000 })).body.data.id as string;
    const order = (await alice.post('/orders', { channel: 'COUNTER', items: [{ productId: 'prod-fries', quantity: 1 }], confirm: true })).body.data;
    const pix = await alice.post(`/orders/${order.id}/payments`, { method: 'PIX' });
    expect(pix.status, JSON.stringify(pix.body)).toBe(201);
    const payment = pix.body.data.payment;
    expect(payment.cashierSessionId).toBe(aliceDrawer);

    // The close waits: the PIX started on this drawer is received or withdrawn first.
    const refused = await alice.post(`/cashier-sessions/${aliceDrawer}/close`, { counted: { CASH: 10_000 } });
    expect([refused.status, refused.body.error?.code]).toEqual([422, 'CASHIER_PAYMENT_PENDING']);
    expect(refused.body.error.message).toContain(`pedido ${order.number}`);

    // The customer pays the QR code; the gateway's webhook books it in Alice's drawer, which then closes with it.
    const paid = await asaas.pay(payment.providerRef);
    expect(await paid.deliver()).toBe(200);
    await waitUntil('the order settled', async () => (await manager.get(`/orders/${order.id}`)).body.data.paidAt, (paidAt) => paidAt !== null);
    const closed = await alice.post(`/cashier-sessions/${aliceDrawer}/close`, { counted: { CASH: 10_000, PIX: order.totalCents } });
    expect(closed.status, JSON.stringify(closed.body)).toBe(200);
    const detail = (await manager.get(`/cashier-sessions/${aliceDrawer}`)).body.data;
    expect(detail.operations.filter((op: { reference: string | null }) => op.reference === payment.id)).toHaveLength(1);
    expect(detail.expectedByMethod.PIX).toBe(order.totalCents);
  });
});
