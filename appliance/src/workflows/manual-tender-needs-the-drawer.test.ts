import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLE_PERMISSIONS } from '../auth/index.js';
import type { TestAppliance } from '../kernel/testing/harness.js';
import { apiAs, type Api, startTillStore } from './test-support.js';

/**
 * A card on the standalone machine ("maquininha") or an "outros" tender is typed by the cashier:
 * nothing but the drawer's count checks that its slip or voucher exists. A cashier with no drawer
 * open (closed at 23:50, or never opened) could otherwise settle any order that way and keep the
 * customer's cash, with no count ever missing it. The till asks for the cashier's drawer, as for
 * cash; once it is open the tender is booked there and expected at its close.
 */
describe('a standalone card or "outros" tender at the till', () => {
  let app: TestAppliance;
  let cashier: Api;
  let manager: Api;

  beforeAll(async () => {
    app = await startTillStore();
    cashier = apiAs(app, [...ROLE_PERMISSIONS.CASHIER], 'CASHIER', 'cashier-ana');
    manager = apiAs(app, [...ROLE_PERMISSIONS.MANAGER], 'MANAGER', 'manager-1');
  });
  afterAll(() => app.close());

  const counterOrder = async () => (await cashier.post('/orders', { channel: 'COUNTER', items: [{ productId: 'prod-fries', quantity: 1 }], confirm: true })).body.data as { id: string; totalCents: number };

  it('needs the cashier\'s open drawer, and is then expected at its close', async () => {
    const order = await counterOrder();
    for (const tender of [{ method: 'DEBIT', standaloneCard: { brand: 'VISA', nsu: '445566' } }, { method: 'OTHER' }]) {
      const refused = await cashier.post(`/orders/${order.id}/payments`, tender);
      expect([refused.status, refused.body.error?.code], JSON.stringify(refused.body)).toEqual([422, 'CASHIER_SESSION_REQUIRED']);
      expect(refused.body.error.message).toMatch(/^Abra o seu caixa/);
      expect(refused.body.error.message).not.toContain('dinheiro');
    }
    const balance = (await cashier.get(`/orders/${order.id}/payments`)).body.data.balance;
    expect(balance.paidCents).toBe(0);

    const drawer = (await cashier.post('/cashier-sessions', { terminalId: 'POS-1', openingFloatCents: 0 })).body.data.id as string;
    const paid = await cashier.post(`/orders/${order.id}/payments`, { method: 'OTHER' });
    expect(paid.status, JSON.stringify(paid.body)).toBe(201);
    expect(paid.body.data.payment.cashierSessionId).toBe(drawer);
    const closed = await cashier.post(`/cashier-sessions/${drawer}/close`, { counted: {} });
    expect(closed.body.data.report.lines.find((l: { method: string }) => l.method === 'OTHER').expectedCents).toBe(order.totalCents);
    expect(closed.body.data.report.status).toBe('SHORT');
  });

  it('is still taken by a manager without a drawer, as a manager refunds without one', async () => {
    const order = await counterOrder();
    const paid = await manager.post(`/orders/${order.id}/payments`, { method: 'OTHER' });
    expect(paid.status, JSON.stringify(paid.body)).toBe(201);
    expect(paid.body.data.payment.cashierSessionId).toBeNull();
  });
});
