import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLE_PERMISSIONS } from '../auth/index.js';
import type { TestAppliance } from '../kernel/testing/harness.js';
import { apiAs, type Api, startTillStore } from './test-support.js';

const MANAGER_PIN = { 'x-manager-override': 'gerente:1234' };

/**
 * Money taken on an order goes back to the customer before the order is cancelled: a cancel never
 * leaves captured payments on a cancelled order, in no report and with no refund, and the day
 * close's "cancel the drafts" skips a draft someone already paid for.
 */
describe('cancelling an order that holds money', () => {
  let app: TestAppliance;
  let cashier: Api;
  let manager: Api;
  let drawerId: string;

  beforeAll(async () => {
    app = await startTillStore();
    cashier = apiAs(app, [...ROLE_PERMISSIONS.CASHIER], 'CASHIER');
    manager = apiAs(app, [...ROLE_PERMISSIONS.MANAGER], 'MANAGER');
    const opened = await cashier.post('/cashier-sessions', { terminalId: 'POS-C', openingFloatCents: 10_000 });
    expect(opened.status, JSON.stringify(opened.body)).toBe(201);
    drawerId = opened.body.data.id;
  });
  afterAll(() => app.close());

  const orderPaidInCash = async (confirm: boolean, amountCents?: number) => {
    const created = await cashier.post('/orders', { channel: 'COUNTER', items: [{ productId: 'prod-fries', quantity: 1 }], confirm });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const id = created.body.data.id as string;
    const paid = await cashier.post(`/orders/${id}/payments`, { method: 'CASH', tenderedCents: 2000, ...(amountCents ? { amountCents } : {}) });
    expect(paid.status, JSON.stringify(paid.body)).toBe(201);
    return { id, paymentId: paid.body.data.payment.id as string, amountCents: paid.body.data.payment.amountCents as number };
  };

  it('refuses to cancel a paid order until its payments are refunded, even with a manager', async () => {
    const { id, paymentId, amountCents } = await orderPaidInCash(true);
    const refused = await manager.post(`/orders/${id}/cancel`, { reason: 'cliente desistiu' }, MANAGER_PIN);
    expect([refused.status, refused.body.error?.code]).toEqual([422, 'ORDER_HAS_PAYMENTS']);
    expect(refused.body.error.details.paidCents).toBe(amountCents);
    expect(refused.body.error.message).toContain('12,90');
    expect((await cashier.get(`/orders/${id}`)).body.data.status).not.toBe('CANCELLED');

    // A partial refund still leaves money on the order.
    expect((await cashier.post(`/payments/${paymentId}/refunds`, { amountCents: 290, reason: 'batata fria' })).status).toBe(201);
    const still = await manager.post(`/orders/${id}/cancel`, { reason: 'cliente desistiu' }, MANAGER_PIN);
    expect([still.body.error?.code, still.body.error?.details.paidCents]).toEqual(['ORDER_HAS_PAYMENTS', amountCents - 290]);

    expect((await cashier.post(`/payments/${paymentId}/refunds`, { amountCents: amountCents - 290, reason: 'cliente desistiu' })).status).toBe(201);
    const cancelled = await manager.post(`/orders/${id}/cancel`, { reason: 'cliente desistiu' }, MANAGER_PIN);
    expect(cancelled.status, JSON.stringify(cancelled.body)).toBe(200);
    expect(cancelled.body.data.status).toBe('CANCELLED');
  });

  it('a draft paid in part is no draft to the day close: "cancel the drafts" leaves it for someone to settle', async () => {
    const paidDraft = await orderPaidInCash(false, 500);
    const unpaidDraft = (await cashier.post('/orders', { channel: 'COUNTER', items: [{ productId: 'prod-coke', quantity: 1 }] })).body.data.id as string;
    const refusedCancel = await cashier.post(`/orders/${paidDraft.id}/cancel`, { reason: 'desistiu' });
    expect(refusedCancel.body.error?.code).toBe('ORDER_HAS_PAYMENTS');

    const close = await manager.post('/business-days/current/close', { resolve: { cancelDrafts: true } });
    expect([close.status, close.body.error?.code]).toEqual([422, 'BUSINESS_DAY_CLOSE_BLOCKED']);
    const left = close.body.error.details.openOrders as { orderId: string; code: string; resolution: string | null }[];
    expect(left.find((o) => o.orderId === paidDraft.id)).toMatchObject({ code: 'ORDER_PAID_DRAFT', resolution: null });
    // The unpaid draft was cancelled by the resolution, and the refused close took that back too (all or nothing).
    expect(left.map((o) => o.orderId)).toEqual([paidDraft.id]);
    for (const id of [paidDraft.id, unpaidDraft]) expect((await cashier.get(`/orders/${id}`)).body.data.status).toBe('DRAFT');

    // Refunded, it cancels; then the close cancels the draft nobody paid for.
    expect((await cashier.post(`/payments/${paidDraft.paymentId}/refunds`, { amountCents: 500, reason: 'desistiu' })).status).toBe(201);
    expect((await cashier.post(`/orders/${paidDraft.id}/cancel`, { reason: 'desistiu' })).status).toBe(200);
    expect((await cashier.post(`/cashier-sessions/${drawerId}/close`, { counted: { CASH: 10_000 } })).status).toBe(200);
    const closed = await manager.post('/business-days/current/close', { resolve: { cancelDrafts: true } });
    expect(closed.status, JSON.stringify(closed.body)).toBe(200);
    expect((await cashier.get(`/orders/${unpaidDraft}`)).body.data.status).toBe('CANCELLED');
  });
});
