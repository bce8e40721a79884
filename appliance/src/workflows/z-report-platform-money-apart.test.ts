import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLE_PERMISSIONS } from '../auth/index.js';
import type { TestAppliance } from '../kernel/testing/harness.js';
import { marketplaceDriver, platformOrder, startMarketplaceStore } from './marketplace-test-support.js';
import { apiAs, type Api } from './test-support.js';

interface MethodRow { method: string; count: number; capturedCents: number; refundedCents: number; netCents: number }

/**
 * An iFood order paid online is money the platform pays the store later, never money the till
 * took. The manager checks the X/Z's credit line against the card machine's and the acquirer's
 * totals, and the operator lines against each cashier's takings: the platform's money has its own
 * line under the tenders and under the operators, named as the store names it, and is neither
 * credit card money nor anybody's at the till.
 */
describe('the X/Z report and a marketplace order paid online', () => {
  let app: TestAppliance;
  let cashier: Api;
  let manager: Api;
  const store = marketplaceDriver(() => app);

  beforeAll(async () => {
    app = await startMarketplaceStore();
    cashier = apiAs(app, [...ROLE_PERMISSIONS.CASHIER], 'CASHIER', 'cashier-ana');
    manager = apiAs(app, [...ROLE_PERMISSIONS.MANAGER], 'MANAGER', 'user-manager');
    await store.mapMenu();
    await store.autoAccept();
    expect((await cashier.post('/cashier-sessions', { terminalId: 'POS-1', openingFloatCents: 10_000 })).status).toBe(201);
  });
  afterAll(() => app.close());

  it('keeps the platform\'s money apart from the credit cards the till took and from the cashiers', async () => {
    // The customer paid R$ 62,70 by credit card in the iFood app; the store accepted it automatically.
    expect(await store.push('marketplace.order_received', platformOrder('7001'))).toBe('applied');
    // At the counter, a credit card on the store's own machine.
    const order = (await cashier.post('/orders', { channel: 'COUNTER', items: [{ productId: 'prod-fries', quantity: 1 }], confirm: true })).body.data;
    const paid = await cashier.post(`/orders/${order.id}/payments`, { method: 'CREDIT', standaloneCard: { brand: 'VISA', nsu: '123456' } });
    expect(paid.status, JSON.stringify(paid.body)).toBe(201);

    const x = await manager.get('/business-days/current/x-report');
    expect(x.status, JSON.stringify(x.body)).toBe(200);
    const byMethod = x.body.data.report.payments.byMethod as MethodRow[];
    const row = (method: string) => byMethod.find((m) => m.method === method);
    expect(row('CREDIT')).toEqual({ method: 'CREDIT', count: 1, capturedCents: order.totalCents, refundedCents: 0, netCents: order.totalCents });
    expect(row('MARKETPLACE')).toEqual({ method: 'MARKETPLACE', count: 1, capturedCents: 6270, refundedCents: 0, netCents: 6270 });
    expect(x.body.data.report.payments.capturedCents).toBe(order.totalCents + 6270);

    const operators = x.body.data.report.byOperator as { operatorId: string; name: string | null; amountCents: number }[];
    expect(operators.map((o) => [o.name, o.amountCents]).sort()).toEqual([['Teste', order.totalCents], ['iFood', 6270]].sort());

    const text: string = x.body.data.text;
    expect(text).toMatch(/ {2}Crédito \(1\) +R\$ 12,90\n/);
    expect(text).toMatch(/ {2}Pago no app de entrega \(1\) +R\$ 62,70\n/);
    expect(text).toMatch(/ {2}iFood \(1\) +R\$ 62,70\n/);
    expect(text).not.toContain('hq-relay');
  });

  it('takes a platform\'s cancellation off the platform\'s line, not off the credit cards', async () => {
    expect(await store.push('marketplace.order_received', platformOrder('7002'))).toBe('applied');
    expect(await store.push('marketplace.order_cancelled', { marketplaceOrderId: 'mo-7002', code: 'CAN' })).toBe('applied');

    const report = (await manager.get('/business-days/current/x-report')).body.data.report;
    const row = (method: string) => (report.payments.byMethod as MethodRow[]).find((m) => m.method === method);
    expect(row('MARKETPLACE')).toEqual({ method: 'MARKETPLACE', count: 2, capturedCents: 12_540, refundedCents: 6270, netCents: 6270 });
    expect(row('CREDIT')).toMatchObject({ count: 1, refundedCents: 0 });
  });
});
