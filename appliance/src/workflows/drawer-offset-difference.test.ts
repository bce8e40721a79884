import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLE_PERMISSIONS } from '../auth/index.js';
import type { TestAppliance } from '../kernel/testing/harness.js';
import { apiAs, type Api, startTillStore } from './test-support.js';

/**
 * Blind count (fechamento cego): R$ 50,00 of cash is missing from the drawer, and the card total is
 * declared R$ 50,00 above the card slips. Cash and card are different things to count: a cash
 * shortage is not "made up" by typing a larger card figure. The close must say the drawer did not
 * balance and raise the difference alert (limit R$ 10,00), as a R$ 50,00 cash shortage alone does.
 */
describe('a drawer close whose cash shortage is offset by a card overage', () => {
  let app: TestAppliance;
  let cashier: Api;

  beforeAll(async () => {
    app = await startTillStore();
    cashier = apiAs(app, [...ROLE_PERMISSIONS.CASHIER], 'CASHIER');
  });
  afterAll(() => app.close());

  it('is not BALANCED and raises the alert', async () => {
    const drawer = (await cashier.post('/cashier-sessions', { terminalId: 'POS-D', openingFloatCents: 10_000 })).body.data.id as string;
    const cashOrder = (await cashier.post('/orders', { channel: 'COUNTER', items: [{ productId: 'prod-fries', quantity: 1 }], confirm: true })).body.data.id;
    expect((await cashier.post(`/orders/${cashOrder}/payments`, { method: 'CASH', tenderedCents: 1_290 })).status).toBe(201);
    const cardOrder = (await cashier.post('/orders', { channel: 'COUNTER', items: [{ productId: 'prod-fries', quantity: 1 }], confirm: true })).body.data.id;
    expect((await cashier.post(`/orders/${cardOrder}/payments`, { method: 'DEBIT', standaloneCard: { brand: 'VISA' } })).status).toBe(201);

    // Expected: cash 100,00 + 12,90 = 112,90; debit 12,90. Counted: cash 62,90 (R$ 50 short), debit 62,90.
    const closed = await cashier.post(`/cashier-sessions/${drawer}/close`, { counted: { CASH: 6_290, DEBIT: 6_290 } });
    expect(closed.status, JSON.stringify(closed.body)).toBe(200);
    const report = closed.body.data.report;
    expect(report.lines.find((l: { method: string }) => l.method === 'CASH').differenceCents).toBe(-5_000);
    expect({ balanced: report.status === 'BALANCED', alert: report.alert }).toEqual({ balanced: false, alert: true });
  });
});
