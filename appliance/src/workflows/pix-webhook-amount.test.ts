import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLE_PERMISSIONS } from '../auth/index.js';
import type { TestAppliance } from '../kernel/testing/harness.js';
import { apiAs, type Api, startTillStore } from './test-support.js';
import { AsaasGateway, createPaymentsModule } from '../payments/index.js';
import { AsaasSimulator } from '../payments/simulators/asaas-simulator.js';

/**
 * A PIX confirmation settles the bill only for the amount charged. When the gateway received
 * another amount (the charge was edited in its panel before the customer paid), the payment stays
 * pending, so neither the order, the drawer's PIX line nor the Z report count money the store never
 * received, and the difference is journaled (AMOUNT_MISMATCH) for a manager to settle. Its QR code
 * cannot be paid again, so the cashier may then withdraw the charge and take another tender.
 */
describe('a PIX webhook for a different amount than the charge', () => {
  let app: TestAppliance;
  let cashier: Api;
  let asaas: AsaasSimulator;

  beforeAll(async () => {
    asaas = await new AsaasSimulator({ apiKey: 'k', webhookToken: 'hook' }).start();
    app = await startTillStore(createPaymentsModule({ pixGateways: [new AsaasGateway({ baseUrl: asaas.baseUrl, apiKey: 'k', webhookToken: 'hook', customerId: 'cus_1', timeoutMs: 2000 })] }));
    asaas.webhookUrl = `${app.baseUrl}/api/v1/payments/webhooks/asaas`;
    cashier = apiAs(app, [...ROLE_PERMISSIONS.CASHIER], 'CASHIER', 'cashier-amt');
    expect((await cashier.post('/cashier-sessions', { terminalId: 'POS-AM', openingFloatCents: 0 })).status).toBe(201);
  });
  afterAll(async () => {
    await app.close();
    await asaas.close();
  });

  it('does not capture the full charge when the gateway received less', async () => {
    const order = (await cashier.post('/orders', { channel: 'COUNTER', items: [{ productId: 'prod-fries', quantity: 1 }], confirm: true })).body.data;
    const pix = await cashier.post(`/orders/${order.id}/payments`, { method: 'PIX' });
    expect(pix.status, JSON.stringify(pix.body)).toBe(201);
    const payment = pix.body.data.payment;
    expect(payment.amountCents).toBeGreaterThan(100);

    asaas.payments.get(payment.providerRef)!.valueCents = 100;
    expect(await (await asaas.pay(payment.providerRef)).deliver()).toBe(200);

    const after = (await cashier.get(`/orders/${order.id}/payments`)).body.data;
    const booked = after.payments.find((p: { id: string }) => p.id === payment.id);
    // R$ 1,00 received at the gateway is not R$ 12,90 paid.
    expect(booked.status === 'CAPTURED' && booked.amountCents !== 100, `${booked.status} ${booked.amountCents}`).toBe(false);
    expect(booked.status).toBe('PENDING');
    const unbooked = app.ctx.journal.readAfter(0, 100_000).filter((e) => e.type === 'payment.confirmation_unbooked');
    expect(unbooked.map((e) => e.payload)).toEqual([
      expect.objectContaining({ paymentId: payment.id, kind: 'AMOUNT_MISMATCH', amountCents: payment.amountCents, receivedCents: 100 }),
    ]);

    // The QR code was paid and cannot be paid again: the cashier withdraws the charge, flagged once.
    const withdrawn = await cashier.post(`/payments/${payment.id}/cancel`, {});
    expect([withdrawn.status, withdrawn.body.data?.status]).toEqual([200, 'CANCELLED']);
    expect(app.ctx.journal.readAfter(0, 100_000).filter((e) => e.type === 'payment.confirmation_unbooked')).toHaveLength(1);
  });
});
