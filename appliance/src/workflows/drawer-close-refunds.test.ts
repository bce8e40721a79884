import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLE_PERMISSIONS } from '../auth/index.js';
import type { TestAppliance } from '../kernel/testing/harness.js';
import { apiAs, type Api, startTillStore } from './test-support.js';

/**
 * The close slip prints the cash movements (Fundo de troco, Vendas em dinheiro, Troco, Devoluções
 * em dinheiro, Sangrias, Suprimentos) above the expected cash, and they add up to it
 * (docs/money.md: CASH = float + cash tendered − change − cash refunds − withdrawals + deposits):
 * a card refund booked in the drawer is no cash leaving it.
 */
describe('the drawer close report', () => {
  let app: TestAppliance;
  let cashier: Api;
  let drawerId: string;

  beforeAll(async () => {
    app = await startTillStore();
    cashier = apiAs(app, [...ROLE_PERMISSIONS.CASHIER], 'CASHIER');
    const opened = await cashier.post('/cashier-sessions', { terminalId: 'POS-DC', openingFloatCents: 10_000 });
    expect(opened.status, JSON.stringify(opened.body)).toBe(201);
    drawerId = opened.body.data.id;
  });
  afterAll(() => app.close());

  it('its cash movements add up to the expected cash when a card payment was refunded in the drawer', async () => {
    const cashOrder = (await cashier.post('/orders', { channel: 'COUNTER', items: [{ productId: 'prod-fries', quantity: 1 }], confirm: true })).body.data.id;
    expect((await cashier.post(`/orders/${cashOrder}/payments`, { method: 'CASH', tenderedCents: 2_000 })).status).toBe(201);
    const cardOrder = (await cashier.post('/orders', { channel: 'COUNTER', items: [{ productId: 'prod-coke', quantity: 1 }], confirm: true })).body.data.id;
    const card = await cashier.post(`/orders/${cardOrder}/payments`, { method: 'DEBIT', standaloneCard: { brand: 'VISA', nsu: '123456' } });
    expect(card.status, JSON.stringify(card.body)).toBe(201);
    expect((await cashier.post(`/payments/${card.body.data.payment.id}/refunds`, { amountCents: 690, reason: 'coca quente' })).status).toBe(201);

    const closed = await cashier.post(`/cashier-sessions/${drawerId}/close`, { counted: { CASH: 11_290, DEBIT: 0 } });
    expect(closed.status, JSON.stringify(closed.body)).toBe(200);
    const report = closed.body.data.report;
    const expectedCash = report.lines.find((l: { method: string }) => l.method === 'CASH').expectedCents;
    expect(expectedCash).toBe(11_290);
    const t = report.totals;
    const printedCash = report.openingFloatCents + t.cashSalesCents - t.changeCents - t.refundsCents - t.withdrawalsCents + t.depositsCents;
    expect(printedCash).toBe(expectedCash);
  });
});
