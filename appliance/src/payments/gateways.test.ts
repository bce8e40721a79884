import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { businessDayModule, findOpenBusinessDay, openBusinessDay } from '../business-day/index.js';
import { startTestAppliance, type TestAppliance } from '../kernel/testing/harness.js';
import { AsaasGateway } from './gateways/asaas.js';
import { MercadoPagoGateway } from './gateways/mercado-pago.js';
import { createPaymentsModule, findPayment, listPaymentsOfOrder, paymentsRuntimeOf } from './index.js';
import { createPixChargeFor, recordPixCharge } from './pix-flow.js';
import { AsaasSimulator } from './simulators/asaas-simulator.js';
import { MercadoPagoSimulator } from './simulators/mercado-pago-simulator.js';
import { qrPngBase64 } from './simulators/sim-http.js';

const actor = { type: 'user' as const, id: 'cashier-1', role: 'CASHIER' };

describe('PIX gateways against their loopback simulators', () => {
  let app: TestAppliance;
  let asaas: AsaasSimulator;
  let mp: MercadoPagoSimulator;
  let day: { id: string; date: string };
  let orderSeq = 0;

  beforeAll(async () => {
    // The first QR PNG pays for loading the encoder; keep that out of the gateway timeouts below.
    await qrPngBase64('warm-up');
    asaas = await new AsaasSimulator({ apiKey: 'asaas-key', webhookToken: 'asaas-hook-token' }).start();
    mp = await new MercadoPagoSimulator({ accessToken: 'mp-access', webhookSecret: 'mp-secret' }).start();
    const gateways = [
      new AsaasGateway({ baseUrl: asaas.baseUrl, apiKey: 'asaas-key', webhookToken: 'asaas-hook-token', customerId: 'cus_store', timeoutMs: 1500 }),
      new MercadoPagoGateway({ baseUrl: mp.baseUrl, accessToken: 'mp-access', webhookSecret: 'mp-secret', payerEmail: 'caixa@loja.test', timeoutMs: 1500 }),
    ];
    app = await startTestAppliance([businessDayModule, createPaymentsModule({ pixGateways: gateways })]);
    asaas.webhookUrl = `${app.baseUrl}/api/v1/payments/webhooks/asaas`;
    mp.webhookUrl = `${app.baseUrl}/api/v1/payments/webhooks/mercado-pago`;
    await app.ctx.commands.run('open', (tx) => openBusinessDay(tx, { timeZone: app.ctx.config.timeZone }), { actor });
    day = findOpenBusinessDay(app.ctx.db)!;
  });
  afterAll(async () => {
    await app.close();
    await asaas.close();
    await mp.close();
  });
  beforeEach(() => {
    asaas.server.mode = 'ok';
    mp.server.mode = 'ok';
  });

  async function startPix(orderTotalCents: number, amountCents = orderTotalCents, splitRules: { accountId: string; amountCents: number }[] = []) {
    const orderId = `order-${++orderSeq}`;
    const created = await createPixChargeFor(paymentsRuntimeOf(app.ctx).pix, { amountCents, description: `Pedido ${orderSeq}`, dueDate: day.date, splitRules });
    const result = await app.ctx.commands.run(
      'pix',
      (tx) => recordPixCharge(tx, { orderId, orderTotalCents, businessDayId: day.id, businessDate: day.date, amountCents, splitRules }, created),
      { actor },
    );
    return { orderId, created, result };
  }

  const capturedEvents = (paymentId: string) =>
    app.ctx.journal
      .readAfter(0, 100_000)
      .filter((e) => e.type === 'payment.captured')
      .filter((e) => e.aggregateId === paymentId);

  it('charges on the primary (Asaas) with its documented request shape and returns the QR code', async () => {
    const { created, result } = await startPix(4590);
    expect(created.charge.gateway).toBe('ASAAS');
    const post = asaas.server.requests.find((r) => r.method === 'POST' && r.path === '/v3/payments')!;
    expect(post.headers['access_token']).toBe('asaas-key');
    expect(post.body).toContain('"value":45.90');
    expect(JSON.parse(post.body)).toMatchObject({ billingType: 'PIX', customer: 'cus_store', externalReference: created.paymentId, dueDate: day.date });
    expect(asaas.server.requests.some((r) => r.path === `/v3/payments/${created.charge.gatewayPaymentId}/pixQrCode`)).toBe(true);
    expect(result.payment.status).toBe('PENDING');
    expect(result.payment.pix!.qrPayload).toMatch(/^000201/);
    expect(Buffer.from(result.payment.pix!.qrImageBase64!, 'base64').subarray(1, 4).toString()).toBe('PNG');
    expect(result.balance.remainingCents).toBe(0);
  });

  it('falls back to Mercado Pago when Asaas fails, recording exactly one payment', async () => {
    asaas.server.mode = 'fail';
    const asaasBefore = asaas.payments.size;
    const { orderId, created } = await startPix(1234);
    expect(created.charge.gateway).toBe('MERCADO_PAGO');
    expect(created.attempts.map((a) => [a.gateway, a.ok])).toEqual([['ASAAS', false], ['MERCADO_PAGO', true]]);
    const post = mp.server.requests.filter((r) => r.method === 'POST' && r.path === '/v1/payments').at(-1)!;
    expect(post.headers['x-idempotency-key']).toBe(created.paymentId);
    expect(post.body).toContain('"transaction_amount":12.34');
    expect(JSON.parse(post.body)).toMatchObject({ payment_method_id: 'pix', external_reference: created.paymentId });
    expect(listPaymentsOfOrder(app.ctx.db, orderId)).toHaveLength(1);
    expect(asaas.payments.size).toBe(asaasBefore);
  });

  it('falls back when Asaas times out', async () => {
    asaas.server.mode = 'hang';
    const started = Date.now();
    const { orderId, created } = await startPix(990);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1400);
    expect(created.charge.gateway).toBe('MERCADO_PAGO');
    expect(created.attempts[0].error).toMatch(/failed/);
    const payments = listPaymentsOfOrder(app.ctx.db, orderId);
    expect(payments.map((p) => [p.provider, p.amountCents, p.status])).toEqual([['MERCADO_PAGO', 990, 'PENDING']]);
  });

  it('cancels the charge a timed-out primary created anyway, so only the recorded QR code can be paid', async () => {
    asaas.server.mode = 'slow';
    asaas.server.slowMs = 2_500;
    const { orderId, created } = await startPix(4321);
    expect(created.charge.gateway).toBe('MERCADO_PAGO');
    await paymentsRuntimeOf(app.ctx).pix.cleanupsSettled();
    const orphan = [...asaas.payments.values()].find((p) => p.externalReference === created.paymentId)!;
    expect(orphan.deleted).toBe(true);
    expect(listPaymentsOfOrder(app.ctx.db, orderId)).toHaveLength(1);
  });

  it('refuses when no gateway answers, recording nothing', async () => {
    asaas.server.mode = 'fail';
    mp.server.mode = 'fail';
    await expect(createPixChargeFor(paymentsRuntimeOf(app.ctx).pix, { amountCents: 100, description: 'x', dueDate: day.date })).rejects.toMatchObject({ code: 'PAYMENT_GATEWAY_UNAVAILABLE' });
  });

  it('captures on a verified Asaas webhook once, however often it is delivered', async () => {
    const { created } = await startPix(2500);
    const delivery = await asaas.pay(created.charge.gatewayPaymentId);
    expect(findPayment(app.ctx.db, created.paymentId)!.status).toBe('CAPTURED');
    expect(await delivery.deliver()).toBe(200);
    expect(await delivery.deliver()).toBe(200);
    expect(capturedEvents(created.paymentId)).toHaveLength(1);
    const forged = await asaas.deliver({ id: 'evt_forged', event: 'PAYMENT_RECEIVED', payment: { id: created.charge.gatewayPaymentId } }, 'wrong-token');
    expect(forged).toBe(401);
  });

  it('captures on a Mercado Pago webhook with a valid x-signature only, once', async () => {
    mp.server.mode = 'ok';
    asaas.server.mode = 'fail';
    const { created } = await startPix(7777);
    expect(created.charge.gateway).toBe('MERCADO_PAGO');
    const lastSeq = app.ctx.journal.lastSeq();
    const forged = await mp.deliver(mp.webhookUrl, { data: { id: created.charge.gatewayPaymentId } }, 'req-1', 'not-the-secret');
    expect(forged).toBe(401);
    expect(app.ctx.journal.lastSeq()).toBe(lastSeq);
    const delivery = await mp.pay(created.charge.gatewayPaymentId);
    expect(findPayment(app.ctx.db, created.paymentId)!.status).toBe('CAPTURED');
    await delivery.deliver();
    await delivery.deliver();
    expect(capturedEvents(created.paymentId)).toHaveLength(1);
  });

  it('reconciles captured payments with the gateway settlement API and with a report file', async () => {
    const { created } = await startPix(3100);
    await asaas.pay(created.charge.gatewayPaymentId);
    const foreign = asaas.addForeignSettlement(999);
    const dates = [day.date, new Date().toISOString().slice(0, 10)].sort();
    const auth = app.bearer(['reports.read']);
    const res = await fetch(`${app.baseUrl}/api/v1/payments/reconciliations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: auth },
      body: JSON.stringify({ gateway: 'ASAAS', from: dates[0], to: dates[1] }),
    });
    expect(res.status).toBe(201);
    const result = (await res.json()).data;
    const capturedAsaas = app.ctx.db.prepare("SELECT COALESCE(SUM(amount_cents),0) FROM payments WHERE provider='ASAAS' AND status='CAPTURED'").pluck().get() as number;
    expect(result.matched.length).toBeGreaterThanOrEqual(1);
    expect(result.unknownToStore.map((l: { gatewayPaymentId: string }) => l.gatewayPaymentId)).toEqual([foreign]);
    expect(result.totals.recordedCents).toBe(capturedAsaas);
    expect(result.totals.settledCents).toBe(capturedAsaas + 999);
    expect(result.totals.differenceCents).toBe(999);

    const csv = ['gateway_payment_id,external_reference,amount,net_amount,settled_on', `${created.charge.gatewayPaymentId},${created.paymentId},31.01,30.70,${day.date}`].join('\n');
    const fromFile = await (
      await fetch(`${app.baseUrl}/api/v1/payments/reconciliations`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: auth },
        body: JSON.stringify({ gateway: 'ASAAS', from: dates[0], to: dates[1], report: csv }),
      })
    ).json();
    expect(fromFile.data.amountMismatch.map((l: { paymentId: string }) => l.paymentId)).toEqual([created.paymentId]);
    expect(fromFile.data.totals.settledCents).toBe(3101);
    // The daily schedule also reconciles yesterday at start; these two are the ones asked for here.
    const reconciled = app.ctx.journal.readAfter(0, 100_000).filter((e) => e.type === 'payment.reconciled').map((e) => e.aggregateId);
    expect(reconciled).toEqual(expect.arrayContaining([result.id, fromFile.data.id]));
  });

  it('records split rules and sends them to each gateway in its own terms', async () => {
    const rules = [{ accountId: 'wallet-parceiro-1', amountCents: 500 }];
    const { created } = await startPix(2000, 2000, rules);
    const post = asaas.server.requests.filter((r) => r.method === 'POST' && r.path === '/v3/payments').at(-1)!;
    expect(post.body).toContain('"split":[{"walletId":"wallet-parceiro-1","fixedValue":5.00}]');
    await asaas.pay(created.charge.gatewayPaymentId);
    const captured = capturedEvents(created.paymentId)[0];
    expect(captured.payload.splitRules).toEqual(rules);
    asaas.server.mode = 'fail';
    const viaMp = await startPix(3000, 3000, rules);
    const mpPost = mp.server.requests.filter((r) => r.method === 'POST' && r.path === '/v1/payments').at(-1)!;
    expect(JSON.parse(mpPost.body).application_fee).toBe(5);
    expect(viaMp.created.charge.gateway).toBe('MERCADO_PAGO');
    asaas.server.mode = 'ok';
    const tooMuch = await createPixChargeFor(paymentsRuntimeOf(app.ctx).pix, { amountCents: 100, description: 'x', dueDate: day.date });
    await expect(
      app.ctx.commands.run('pix', (tx) => recordPixCharge(tx, { orderId: 'split-over', orderTotalCents: 100, businessDayId: day.id, businessDate: day.date, amountCents: 100, splitRules: [{ accountId: 'w', amountCents: 101 }] }, tooMuch), { actor }),
    ).rejects.toMatchObject({ code: 'PAYMENT_SPLIT_EXCEEDS' });
  });

  it('refunds through each gateway API', async () => {
    const { created } = await startPix(5000);
    await asaas.pay(created.charge.gatewayPaymentId);
    const refund = await paymentsRuntimeOf(app.ctx).pix.byName('ASAAS')!.refund(created.charge.gatewayPaymentId, 2000);
    expect(refund.refundRef).toMatch(/^ref_/);
    expect(asaas.payments.get(created.charge.gatewayPaymentId)!.refundedCents).toBe(2000);
  });
});
