import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestAppliance } from '../kernel/testing/harness.js';
import { AsaasGateway, createPaymentsModule, MercadoPagoGateway } from '../payments/index.js';
import { apiAs, type Api, startTillStore } from './test-support.js';

const PERMS = ['orders.create', 'orders.read', 'cashier.operate', 'payments.capture', 'payments.refund', 'reports.read', 'business_day.manage', 'stock.manage', 'stock.read'];

/** Bad input to the money routes gets a stable 4xx code, never a 500. */
describe('money routes refuse bad input clearly', () => {
  let app: TestAppliance;
  let api: Api;

  beforeAll(async () => {
    const payments = createPaymentsModule({
      pixGateways: [
        new AsaasGateway({ baseUrl: 'http://127.0.0.1:9', apiKey: 'k', webhookToken: 'hook', customerId: 'c', timeoutMs: 200 }),
        new MercadoPagoGateway({ baseUrl: 'http://127.0.0.1:9', accessToken: 't', webhookSecret: 's', payerEmail: 'a@b.c', timeoutMs: 200 }),
      ],
    });
    app = await startTillStore(payments);
    api = apiAs(app, PERMS, 'CASHIER');
  });
  afterAll(() => app.close());

  const raw = (path: string, body: string, headers: Record<string, string> = {}) =>
    fetch(`${app.baseUrl}/api/v1${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body }).then(async (r) => ({ status: r.status, body: await r.json() }));

  it.each([
    ['/orders/nope/payments', { method: 'BITCOIN' }, 400, 'VALIDATION_FAILED'],
    ['/orders/nope/payments', { method: 'CASH', amountCents: 10.5 }, 400, 'VALIDATION_FAILED'],
    ['/orders/nope/payments', { method: 'CASH', tenderedCents: 100 }, 404, 'ORDER_NOT_FOUND'],
    ['/orders/nope/payments', { method: 'CREDIT' }, 404, 'ORDER_NOT_FOUND'],
    ['/payments/nope/refunds', { amountCents: 100, reason: 'x' }, 404, 'PAYMENT_NOT_FOUND'],
    ['/payments/nope/refunds', { amountCents: -1, reason: 'x' }, 400, 'VALIDATION_FAILED'],
    ['/cashier-sessions', { terminalId: '', openingFloatCents: 0 }, 400, 'VALIDATION_FAILED'],
    ['/cashier-sessions/nope/operations', { type: 'SALE', amountCents: 100 }, 400, 'VALIDATION_FAILED'],
    ['/cashier-sessions/nope/operations', { type: 'DEPOSIT', amountCents: 100 }, 404, 'CASHIER_SESSION_NOT_FOUND'],
    ['/cashier-sessions/nope/close', { counted: { GOLD: 1 } }, 400, 'VALIDATION_FAILED'],
    ['/payments/reconciliations', { gateway: 'ASAAS', from: '2026-11-23', to: '2026-11-22' }, 400, 'VALIDATION_FAILED'],
    ['/payments/reconciliations', { gateway: 'ASAAS', from: '2026-11-23', to: '2026-11-23', report: 'a,b\n1,2' }, 400, 'RECONCILIATION_REPORT_INVALID'],
    ['/payments/reconciliations', { gateway: 'ASAAS', from: '2026-11-23', to: '2026-11-23' }, 503, 'PAYMENT_GATEWAY_UNAVAILABLE'],
    ['/stock/movements', { type: 'LOSS', stockItemId: 'nope', quantity: 1, reason: 'quebra' }, 404, 'STOCK_ITEM_NOT_FOUND'],
    ['/stock/movements', { type: 'ADJUSTMENT', stockItemId: 'nope', delta: 0, reason: 'x' }, 400, 'VALIDATION_FAILED'],
  ])('POST %s %j → %i %s', async (path, body, status, code) => {
    const res = await api.post(path, body);
    expect([res.status, res.body.error?.code]).toEqual([status, code]);
  });

  it('refuses unsigned, forged or malformed webhooks', async () => {
    expect((await raw('/payments/webhooks/asaas', '{"event":"PAYMENT_RECEIVED","payment":{"id":"pay_1"}}')).status).toBe(401);
    expect((await raw('/payments/webhooks/asaas', '{not json', { 'asaas-access-token': 'hook' })).body.error.code).toBe('VALIDATION_FAILED');
    expect((await raw('/payments/webhooks/mercado-pago?data.id=1&type=payment', '{}', { 'x-signature': 'ts=1,v1=00', 'x-request-id': 'r' })).body.error.code).toBe('WEBHOOK_SIGNATURE_INVALID');
    expect((await raw('/payments/webhooks/mercado-pago', '{', {})).status).toBe(400);
    expect((await raw('/payments/webhooks/pagseguro', '{}')).status).toBe(404);
    const ignored = await raw('/payments/webhooks/asaas', '{"id":"evt_1","event":"PAYMENT_CREATED","payment":{"id":"pay_unknown"}}', { 'asaas-access-token': 'hook' });
    expect(ignored).toMatchObject({ status: 200, body: { data: { received: true, applied: false } } });
  });
});
