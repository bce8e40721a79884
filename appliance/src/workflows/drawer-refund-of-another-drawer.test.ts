import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLE_PERMISSIONS } from '../auth/index.js';
import type { TestAppliance } from '../kernel/testing/harness.js';
import { apiAs, type Api, startTillStore } from './test-support.js';

/**
 * A card or PIX refund gives the money back through the card network or the bank: nothing leaves
 * the refunding drawer. When the sale was taken in another drawer, the refunding drawer holds no
 * slip of it, so its expected card total stays as its own sales made it and it closes balanced;
 * the drawer that took the sale still expects the slip it holds. A cash refund does leave the drawer
 * that pays it, whoever took the sale.
 */
describe('a refund of a sale taken in another drawer', () => {
  let app: TestAppliance;
  let firstCashier: Api;
  let secondCashier: Api;
  let firstDrawerId: string;
  let secondDrawerId: string;

  beforeAll(async () => {
    app = await startTillStore();
    firstCashier = apiAs(app, [...ROLE_PERMISSIONS.CASHIER], 'CASHIER', 'cashier-ana');
    secondCashier = apiAs(app, [...ROLE_PERMISSIONS.CASHIER], 'CASHIER', 'cashier-bia');
    firstDrawerId = (await firstCashier.post('/cashier-sessions', { terminalId: 'POS-A', openingFloatCents: 10_000 })).body.data.id;
    secondDrawerId = (await secondCashier.post('/cashier-sessions', { terminalId: 'POS-B', openingFloatCents: 10_000 })).body.data.id;
  });
  afterAll(() => app.close());

  async function paidOrder(cashier: Api, tender: Record<string, unknown>): Promise<string> {
    const order = (await cashier.post('/orders', { channel: 'COUNTER', items: [{ productId: 'prod-coke', quantity: 1 }], confirm: true })).body.data.id;
    const paid = await cashier.post(`/orders/${order}/payments`, tender);
    expect(paid.status, JSON.stringify(paid.body)).toBe(201);
    return paid.body.data.payment.id;
  }

  async function closeDrawer(cashier: Api, drawerId: string, counted: Record<string, number>) {
    const closed = await cashier.post(`/cashier-sessions/${drawerId}/close`, { counted });
    expect(closed.status, JSON.stringify(closed.body)).toBe(200);
    const report = closed.body.data.report;
    const expectedOf = (method: string) => report.lines.find((l: { method: string }) => l.method === method).expectedCents;
    return { status: report.status, alert: report.alert, expectedOf };
  }

  it('leaves the refunding drawer balanced and the selling drawer expecting its card slip', async () => {
    const debit = await paidOrder(firstCashier, { method: 'DEBIT', standaloneCard: { brand: 'VISA', nsu: '654321' } });
    const cash = await paidOrder(firstCashier, { method: 'CASH', tenderedCents: 690 });
    expect((await secondCashier.post(`/payments/${debit}/refunds`, { amountCents: 690, reason: 'coca quente' })).status).toBe(201);
    expect((await secondCashier.post(`/payments/${cash}/refunds`, { amountCents: 690, reason: 'coca quente' })).status).toBe(201);

    const refunding = await closeDrawer(secondCashier, secondDrawerId, { CASH: 9_310 });
    expect(refunding.expectedOf('DEBIT')).toBe(0);
    expect(refunding.expectedOf('CASH')).toBe(9_310);
    expect(refunding.status).toBe('BALANCED');
    expect(refunding.alert).toBe(false);

    const selling = await closeDrawer(firstCashier, firstDrawerId, { CASH: 10_690, DEBIT: 690 });
    expect(selling.expectedOf('DEBIT')).toBe(690);
    expect(selling.status).toBe('BALANCED');
  });
});
