import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLE_PERMISSIONS } from '../auth/index.js';
import type { TestAppliance } from '../kernel/testing/harness.js';
import { apiAs, startTillStore } from './test-support.js';

/**
 * The customer-facing screen beside a till (`/cliente`) shows the PIX code the customer at
 * that till scans to pay: only the till itself (the cashier whose drawer is open there, or a
 * manager) may put a cart or a PIX code on it, not any holder of `cashier.operate`.
 *
 * Harm: a cashier working POS-2 (drawer open there) puts a PIX code of their own (their personal
 * key) on the display of POS-1, where another cashier is charging a customer: the customer scans
 * the QR shown at POS-1 and pays the cashier instead of the store. It also lets one till's cart
 * (or a stale one) replace the sale another customer is watching.
 */
describe('a till publishes only on its own customer display', () => {
  let app: TestAppliance;

  beforeAll(async () => {
    app = await startTillStore();
  });
  afterAll(() => app.close());

  it("refuses a cashier whose drawer is open on POS-2 publishing a PIX code on POS-1's display", async () => {
    const ana = apiAs(app, [...ROLE_PERMISSIONS.CASHIER], 'CASHIER', 'cashier-ana');
    const bruno = apiAs(app, [...ROLE_PERMISSIONS.CASHIER], 'CASHIER', 'cashier-bruno');
    expect((await ana.post('/cashier-sessions', { terminalId: 'POS-1', openingFloatCents: 10_000 })).status).toBe(201);
    expect((await bruno.post('/cashier-sessions', { terminalId: 'POS-2', openingFloatCents: 10_000 })).status).toBe(201);

    // Bruno's own display: fine.
    const own = await bruno.put('/customer-displays/POS-2', { phase: 'CART', lines: [{ name: 'Batata frita', detail: '', quantity: 1, totalCents: 1290 }], totalCents: 1290 });
    expect(own.status, JSON.stringify(own.body)).toBe(200);

    // Ana's display, from Bruno's session: must be refused.
    const foreign = await bruno.put('/customer-displays/POS-1', {
      phase: 'PIX',
      lines: [],
      totalCents: 3990,
      pixCode: '00020126580014br.gov.bcb.pix0136bruno-pessoal@example.com5204000053039865405039.905802BR6304ABCD',
    });
    expect(foreign.status, JSON.stringify(foreign.body)).toBe(403);
  });
});
