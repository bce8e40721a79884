import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLE_PERMISSIONS } from '../auth/index.js';
import type { TestAppliance } from '../kernel/testing/harness.js';
import { AsaasGateway, createPaymentsModule } from '../payments/index.js';
import { AsaasSimulator } from '../payments/simulators/asaas-simulator.js';
import { apiAs, type Api, startTillStore } from './test-support.js';

/**
 * Money a PIX gateway received that the store did not book (another amount than charged, a charge
 * already withdrawn) is listed for a manager, newest first with its order's number, until the
 * manager says what was done with it. The resolution is journaled with the row's change, a retry
 * changes nothing, and only managers see or resolve them.
 */
describe('resolving money a PIX gateway received outside an order', () => {
  let app: TestAppliance;
  let cashier: Api;
  let manager: Api;
  let asaas: AsaasSimulator;
  const resolvedEvents = () => app.ctx.journal.readAfter(0, 100_000).filter((e) => e.type === 'payment.confirmation_resolved');

  beforeAll(async () => {
    asaas = await new AsaasSimulator({ apiKey: 'k', webhookToken: 'hook' }).start();
    app = await startTillStore(createPaymentsModule({ pixGateways: [new AsaasGateway({ baseUrl: asaas.baseUrl, apiKey: 'k', webhookToken: 'hook', customerId: 'cus_1', timeoutMs: 2000 })] }));
    asaas.webhookUrl = `${app.baseUrl}/api/v1/payments/webhooks/asaas`;
    cashier = apiAs(app, [...ROLE_PERMISSIONS.CASHIER], 'CASHIER', 'cashier-unb');
    manager = apiAs(app, [...ROLE_PERMISSIONS.MANAGER], 'MANAGER', 'manager-unb');
    expect((await cashier.post('/cashier-sessions', { terminalId: 'POS-UN', openingFloatCents: 0 })).status).toBe(201);
  });
  afterAll(async () => {
    await app.close();
    await asaas.close();
  });

  async function pixCharge() {
    const order = (await cashier.post('/orders', { channel: 'COUNTER', items: [{ productId: 'prod-fries', quantity: 1 }], confirm: true })).body.data;
    const pix = await cashier.post(`/orders/${order.id}/payments`, { method: 'PIX' });
    expect(pix.status, JSON.stringify(pix.body)).toBe(201);
    return { order, payment: pix.body.data.payment };
  }

  it('lists the open ones for a manager and closes each once, journaled', async () => {
    // R$ 1,00 paid for a R$ 12,90 charge.
    const short = await pixCharge();
    asaas.payments.get(short.payment.providerRef)!.valueCents = 100;
    expect(await (await asaas.pay(short.payment.providerRef)).deliver()).toBe(200);
    // The customer pays a charge the cashier had already withdrawn.
    const late = await pixCharge();
    expect((await cashier.post(`/payments/${late.payment.id}/cancel`, {})).status).toBe(200);
    await asaas.pay(late.payment.providerRef);

    const open = await manager.get('/payments/unbooked-confirmations/open');
    expect(open.status, JSON.stringify(open.body)).toBe(200);
    expect(open.body.data).toEqual([
      expect.objectContaining({ paymentId: late.payment.id, orderId: late.order.id, orderNumber: late.order.number, kind: 'PAID_AFTER_CANCEL', provider: 'ASAAS', providerRef: late.payment.providerRef, chargedCents: late.payment.amountCents, receivedCents: late.payment.amountCents, resolution: null }),
      expect.objectContaining({ paymentId: short.payment.id, orderNumber: short.order.number, kind: 'AMOUNT_MISMATCH', chargedCents: short.payment.amountCents, receivedCents: 100, resolution: null }),
    ]);

    // A cashier neither sees nor resolves them.
    const [lateId, shortId] = open.body.data.map((u: { id: string }) => u.id);
    expect((await cashier.get('/payments/unbooked-confirmations/open')).status).toBe(403);
    expect((await cashier.post(`/payments/unbooked-confirmations/${lateId}/resolution`, { resolution: 'REFUNDED_AT_GATEWAY' })).status).toBe(403);

    // "Other" must say what was done; unknown ids and unsafe text are refused with stable codes.
    const noNote = await manager.post(`/payments/unbooked-confirmations/${shortId}/resolution`, { resolution: 'OTHER' });
    expect([noNote.status, noNote.body.error.code]).toEqual([422, 'PAYMENT_UNBOOKED_NOTE_REQUIRED']);
    expect(noNote.body.error.message).toBe('Escreva o que foi feito com o dinheiro.');
    const unknown = await manager.post('/payments/unbooked-confirmations/nope/resolution', { resolution: 'REFUNDED_AT_GATEWAY' });
    expect([unknown.status, unknown.body.error.code]).toEqual([404, 'PAYMENT_UNBOOKED_NOT_FOUND']);
    const hidden = await manager.post(`/payments/unbooked-confirmations/${shortId}/resolution`, { resolution: 'OTHER', note: 'ok\u202Egnp.exe' });
    expect(hidden.status).toBe(400);
    expect(resolvedEvents()).toEqual([]);

    const refunded = await manager.post(`/payments/unbooked-confirmations/${lateId}/resolution`, { resolution: 'REFUNDED_AT_GATEWAY', note: 'Devolvido pelo painel do Asaas' });
    expect(refunded.status, JSON.stringify(refunded.body)).toBe(200);
    expect(refunded.body.data).toMatchObject({ id: lateId, orderNumber: late.order.number, resolution: 'REFUNDED_AT_GATEWAY', resolutionNote: 'Devolvido pelo painel do Asaas', resolvedBy: 'manager-unb' });
    expect(refunded.body.data.resolvedAt).toEqual(expect.any(String));

    // The same request again (a retry after a lost answer) changes nothing; another answer is refused.
    const again = await manager.post(`/payments/unbooked-confirmations/${lateId}/resolution`, { resolution: 'REFUNDED_AT_GATEWAY', note: 'Devolvido pelo painel do Asaas' });
    expect([again.status, again.body.data.resolvedAt]).toEqual([200, refunded.body.data.resolvedAt]);
    const other = await manager.post(`/payments/unbooked-confirmations/${lateId}/resolution`, { resolution: 'BOOKED_ON_ANOTHER_SALE' });
    expect([other.status, other.body.error.code]).toEqual([409, 'PAYMENT_UNBOOKED_ALREADY_RESOLVED']);

    // With an Idempotency-Key the retry gets the first answer back.
    const key = { 'idempotency-key': 'resolve-short-1' };
    const booked = await manager.post(`/payments/unbooked-confirmations/${shortId}/resolution`, { resolution: 'BOOKED_ON_ANOTHER_SALE', note: 'Pedido 12' }, key);
    const replay = await manager.post(`/payments/unbooked-confirmations/${shortId}/resolution`, { resolution: 'BOOKED_ON_ANOTHER_SALE', note: 'Pedido 12' }, key);
    expect([booked.status, replay.status, replay.headers.get('idempotent-replayed')]).toEqual([200, 200, 'true']);
    expect(replay.body).toEqual(booked.body);

    expect(resolvedEvents().map((e) => [e.aggregateId, e.actor?.id, e.payload])).toEqual([
      [late.payment.id, 'manager-unb', expect.objectContaining({ confirmationId: lateId, kind: 'PAID_AFTER_CANCEL', resolution: 'REFUNDED_AT_GATEWAY', note: 'Devolvido pelo painel do Asaas', resolvedBy: 'manager-unb', chargedCents: late.payment.amountCents })],
      [short.payment.id, 'manager-unb', expect.objectContaining({ confirmationId: shortId, kind: 'AMOUNT_MISMATCH', resolution: 'BOOKED_ON_ANOTHER_SALE', note: 'Pedido 12', receivedCents: 100 })],
    ]);
    // Nothing left for the manager to check; the row and its event committed together.
    expect((await manager.get('/payments/unbooked-confirmations/open')).body.data).toEqual([]);
    const row = app.ctx.db.prepare('SELECT resolution, resolved_by FROM payment_unbooked_confirmations WHERE id = ?').get(shortId);
    expect(row).toEqual({ resolution: 'BOOKED_ON_ANOTHER_SALE', resolved_by: 'manager-unb' });
  });
});
