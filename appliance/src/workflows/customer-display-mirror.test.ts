import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEVICE_PERMISSIONS, ROLE_PERMISSIONS } from '../auth/index.js';
import type { TestAppliance } from '../kernel/testing/harness.js';
import { apiAs, apiWith, startDemoStore } from './test-support.js';

/**
 * The customer-facing screen beside a till shows the PIX QR the next customer scans to pay. Only
 * the till itself (a cashier at that terminal) may put a cart or a PIX code on it: a self-order
 * customer login or a kiosk device must not be able to show its own PIX code there.
 */
describe('who may drive a till\'s customer-facing display', () => {
  let app: TestAppliance;
  const fakePix = { phase: 'PIX', lines: [{ name: 'X-Burger', detail: '', quantity: 1, totalCents: 3990 }], totalCents: 3990, pixCode: '00020126580014br.gov.bcb.pix0136attacker-key@example.com5204000053039865405039.905802BR6304ABCD' };

  beforeAll(async () => {
    app = await startDemoStore();
  });
  afterAll(async () => {
    await app.close();
  });

  it('refuses a CUSTOMER login publishing a PIX code on the POS-1 customer display', async () => {
    const customer = apiAs(app, [...ROLE_PERMISSIONS.CUSTOMER], 'CUSTOMER', 'cust-mallory');
    const res = await customer.put('/customer-displays/POS-1', fakePix);
    expect(res.status, JSON.stringify(res.body)).toBe(403);
  });

  it('refuses a KIOSK device token publishing a PIX code on the POS-1 customer display', async () => {
    const kiosk = apiWith(app, app.bearer([...DEVICE_PERMISSIONS.KIOSK], { type: 'device', id: 'kiosk-1', role: undefined, deviceKind: 'KIOSK' }));
    const res = await kiosk.put('/customer-displays/POS-1', fakePix);
    expect(res.status, JSON.stringify(res.body)).toBe(403);
  });
});
