import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLE_PERMISSIONS } from '../auth/index.js';
import type { TestAppliance } from '../kernel/testing/harness.js';
import { apiAs, type Api, startTillStore } from './test-support.js';

/**
 * The close is blind, so a cashier never learns the cash the drawer should hold. A sangria above
 * the manager limit sent without a manager is refused for the missing manager, whatever the drawer
 * holds: were it refused as "not enough cash" when it exceeds the drawer, a cashier could find the
 * drawer's exact cash by halving amounts over a dozen refused tries, and pocket any overage before
 * the count. Whether the drawer covers the amount is answered only once a manager authorizes it.
 * The same holds for a cash refund above the refund limit.
 */
describe('sangrias refused for lack of a manager', () => {
  let app: TestAppliance;
  let cashier: Api;
  let drawerId: string;

  beforeAll(async () => {
    app = await startTillStore();
    cashier = apiAs(app, [...ROLE_PERMISSIONS.CASHIER], 'CASHIER', 'cashier-blind');
    const opened = await cashier.post('/cashier-sessions', { terminalId: 'POS-BL', openingFloatCents: 37_345 });
    expect(opened.status, JSON.stringify(opened.body)).toBe(201);
    drawerId = opened.body.data.id;
  });
  afterAll(() => app.close());

  it('do not reveal whether the drawer holds the amount asked', async () => {
    const covered = await cashier.post(`/cashier-sessions/${drawerId}/operations`, { type: 'WITHDRAWAL', amountCents: 37_345, reason: 'sangria' });
    const notCovered = await cashier.post(`/cashier-sessions/${drawerId}/operations`, { type: 'WITHDRAWAL', amountCents: 37_346, reason: 'sangria' });
    // Neither moved any money (no manager); the two answers must not tell R$ 373,45 from R$ 373,46.
    expect(covered.status).not.toBe(201);
    expect(notCovered.status).not.toBe(201);
    expect([notCovered.status, notCovered.body.error?.code]).toEqual([covered.status, covered.body.error?.code]);
  });

  it('nor do cash refunds above the manager limit', async () => {
    const seller = apiAs(app, [...ROLE_PERMISSIONS.CASHIER], 'CASHIER', 'cashier-blind-refund');
    const drawer = (await seller.post('/cashier-sessions', { terminalId: 'POS-BR', openingFloatCents: 0 })).body.data.id;
    const order = (await seller.post('/orders', { channel: 'COUNTER', items: [{ productId: 'prod-fries', quantity: 20 }], confirm: true })).body.data;
    const paid = await seller.post(`/orders/${order.id}/payments`, { method: 'CASH', tenderedCents: order.totalCents });
    expect(paid.status, JSON.stringify(paid.body)).toBe(201);
    // A sangria within the limit leaves the drawer holding the sale less R$ 100,00, still above the refund limit.
    expect((await seller.post(`/cashier-sessions/${drawer}/operations`, { type: 'WITHDRAWAL', amountCents: 10_000 })).status).toBe(201);
    const inDrawer = order.totalCents - 10_000;
    const refund = (amountCents: number) => seller.post(`/payments/${paid.body.data.payment.id}/refunds`, { amountCents, reason: 'devolução' });
    const covered = await refund(inDrawer);
    const notCovered = await refund(inDrawer + 1);
    expect(covered.body.error?.code).toBe('MANAGER_OVERRIDE_REQUIRED');
    expect([notCovered.status, notCovered.body.error?.code]).toEqual([covered.status, covered.body.error?.code]);
  });
});
