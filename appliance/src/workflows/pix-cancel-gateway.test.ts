import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLE_PERMISSIONS } from '../auth/index.js';
import type { TestAppliance } from '../kernel/testing/harness.js';
import { waitUntil } from '../kernel/testing/wait-until.js';
import { AsaasGateway, createPaymentsModule } from '../payments/index.js';
import { AsaasSimulator } from '../payments/simulators/asaas-simulator.js';
import { apiAs, type Api, startTillStore } from './test-support.js';

/** Asaas answering the status query but dropping the cancel (a network blip, a 5xx): the charge stays payable there. */
class CancelFailingAsaas extends AsaasGateway {
  /** Off: Asaas acknowledges the cancel while the customer's payment is already on its way. */
  failCancel = true;
  override async cancelCharge(): Promise<void> {
    if (this.failCancel) throw new Error('fetch failed: ECONNRESET');
  }
}

/**
 * Withdrawing a PIX charge ("o cliente vai pagar no cartão") only when the gateway cancelled it.
 * While the gateway has not cancelled the charge its QR code can still be paid, so the store keeps
 * the payment pending and answers 503: a customer who pays it later is booked on the order and in
 * the drawer. Money the gateway confirms for a charge the store had already withdrawn is never
 * dropped: it is journaled for a manager to refund or book.
 */
describe('withdrawing a PIX charge the gateway may still collect', () => {
  let app: TestAppliance;
  let cashier: Api;
  let manager: Api;
  let asaas: AsaasSimulator;
  let gateway: CancelFailingAsaas;

  beforeAll(async () => {
    asaas = await new AsaasSimulator({ apiKey: 'k', webhookToken: 'hook' }).start();
    gateway = new CancelFailingAsaas({ baseUrl: asaas.baseUrl, apiKey: 'k', webhookToken: 'hook', customerId: 'cus_1', timeoutMs: 2000 });
    const payments = createPaymentsModule({ pixGateways: [gateway] });
    app = await startTillStore(payments);
    asaas.webhookUrl = `${app.baseUrl}/api/v1/payments/webhooks/asaas`;
    cashier = apiAs(app, [...ROLE_PERMISSIONS.CASHIER], 'CASHIER', 'cashier-pix');
    manager = apiAs(app, [...ROLE_PERMISSIONS.MANAGER], 'MANAGER', 'manager-pix');
    expect((await cashier.post('/cashier-sessions', { terminalId: 'POS-PX', openingFloatCents: 0 })).status).toBe(201);
  });
  afterAll(async () => {
    await app.close();
    await asaas.close();
  });

  it('keeps the charge pending, so the customer paying the still-valid QR code is booked', async () => {
    const order = (await cashier.post('/orders', { channel: 'COUNTER', items: [{ productId: 'prod-fries', quantity: 1 }], confirm: true })).body.data;
    const pix = await cashier.post(`/orders/${order.id}/payments`, { method: 'PIX' });
    expect(pix.status, JSON.stringify(pix.body)).toBe(201);
    const payment = pix.body.data.payment;

    // The gateway never cancelled the charge: the till must not write it off as withdrawn.
    const cancel = await cashier.post(`/payments/${payment.id}/cancel`, {});
    expect(cancel.status, JSON.stringify(cancel.body)).toBe(503);
    expect(cancel.body.error.code).toBe('PAYMENT_GATEWAY_UNAVAILABLE');

    // The QR code is still valid at Asaas: the customer pays it and the webhook arrives.
    const paid = await asaas.pay(payment.providerRef);
    expect(await paid.deliver()).toBe(200);
    await waitUntil('the order settled', async () => (await manager.get(`/orders/${order.id}`)).body.data.paidAt, (paidAt) => paidAt !== null, { timeoutMs: 3000 });
    const payments = (await manager.get(`/orders/${order.id}/payments`)).body.data.payments;
    expect(payments.find((p: { id: string }) => p.id === payment.id).status).toBe('CAPTURED');
  });

  it('flags for a manager the money paid for a charge the store had already withdrawn', async () => {
    const order = (await cashier.post('/orders', { channel: 'COUNTER', items: [{ productId: 'prod-fries', quantity: 1 }], confirm: true })).body.data;
    const payment = (await cashier.post(`/orders/${order.id}/payments`, { method: 'PIX' })).body.data.payment;
    gateway.failCancel = false;
    expect((await cashier.post(`/payments/${payment.id}/cancel`, {})).body.data.status).toBe('CANCELLED');

    const paid = await asaas.pay(payment.providerRef);
    expect(await paid.deliver()).toBe(200);
    const unbooked = app.ctx.journal.readAfter(0, 100_000).filter((e) => e.type === 'payment.confirmation_unbooked');
    expect(unbooked.map((e) => e.payload)).toEqual([
      expect.objectContaining({ paymentId: payment.id, kind: 'PAID_AFTER_CANCEL', amountCents: payment.amountCents, receivedCents: payment.amountCents }),
    ]);
    const booked = (await manager.get(`/orders/${order.id}/payments`)).body.data.payments;
    expect(booked.find((p: { id: string }) => p.id === payment.id).status).toBe('CANCELLED');
  });
});
