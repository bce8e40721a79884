import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestAppliance, type TestAppliance } from '../kernel/testing/harness.js';
import { marketplaceModule, warnNearDeadlines } from '../marketplace/index.js';
import { getOrder } from '../orders/index.js';
import { createPaymentsModule, listPaymentsOfOrder } from '../payments/index.js';
import { loadPaidOrder } from './fiscal-paid-order.js';
import { marketplaceOrderApplier } from './marketplace-orders.js';
import { apiAs, NOON_MONDAY, orderModules, type Api } from './test-support.js';

/** A platform order as the relay pushes it (`marketplace.order_received`). */
function platformOrder(id: string, overrides: Record<string, unknown> = {}) {
  return {
    marketplaceOrderId: `mo-${id}`,
    platform: 'IFOOD',
    platformOrderId: `ifood-${id}`,
    displayId: id,
    merchantId: 'merchant-1',
    createdAt: '2026-11-23T14:58:00.000Z',
    confirmDeadline: '2026-11-23T15:06:00.000Z',
    customerName: 'Maria Oliveira',
    customerPhone: '0800 123 4567',
    deliveryAddress: { formatted: 'Rua Augusta, 1500, apto 42', street: 'Rua Augusta', number: '1500', complement: 'apto 42', neighborhood: 'Consolação', city: 'São Paulo', state: 'SP', postalCode: '01304001', reference: null },
    items: [
      { externalCode: 'IF-XBURGER', name: 'X-Burger', quantity: 2, unitPriceCents: 2490, totalCents: 4980, notes: 'sem cebola', options: [] },
      { externalCode: 'IF-FRIES', name: 'Batata frita', quantity: 1, unitPriceCents: 1290, totalCents: 1290, notes: null, options: [] },
    ],
    notes: 'Entregar na portaria',
    subtotalCents: 6270,
    deliveryFeeCents: 799,
    discounts: [{ amountCents: 200, sponsor: 'MERCHANT' }],
    totalCents: 6869,
    payment: { prepaid: false, method: 'CASH', pendingCents: 6869, changeForCents: 10_000 },
    ...overrides,
  };
}

describe('marketplace orders at the store', () => {
  let app: TestAppliance;
  let manager: Api;
  let cursor = 0;
  const push = (type: string, payload: unknown) => {
    cursor += 1;
    const message = { cursor, id: `00000000-0000-4000-8000-${String(cursor).padStart(12, '0')}`, type, payload, createdAt: new Date().toISOString() };
    return app.ctx.commands.run('test.downstream', (tx) => marketplaceOrderApplier.apply(tx, message), { actor: { type: 'system', id: 'hq-relay' } });
  };
  const ticketsOf = (orderId: string) => app.ctx.db.prepare('SELECT table_label AS label, status FROM kitchen_tickets WHERE order_id = ?').all(orderId) as { label: string; status: string }[];
  const journal = (type: string) => (app.ctx.db.prepare('SELECT payload FROM journal WHERE type = ? ORDER BY seq').pluck().all(type) as string[]).map((p) => JSON.parse(p));
  const put = (path: string, body: unknown) =>
    fetch(`${app.baseUrl}/api/v1${path}`, { method: 'PUT', headers: { 'content-type': 'application/json', authorization: app.bearer(['catalog.write', 'business_day.manage'], { role: 'MANAGER', id: 'user-manager' }) }, body: JSON.stringify(body) });

  beforeAll(async () => {
    const modules = orderModules();
    modules.splice(modules.length - 1, 0, createPaymentsModule(), marketplaceModule);
    app = await startTestAppliance(modules, { clock: NOON_MONDAY, env: { CHEFIA_DEMO: '1' } });
    manager = apiAs(app, ['orders.read', 'orders.confirm', 'catalog.write'], 'MANAGER');
  });
  afterAll(() => app.close());

  it('flags an order whose items have no store product, and the operator accepts it once they are mapped', async () => {
    expect(await push('marketplace.order_received', platformOrder('1001'))).toBe('applied');
    const waiting = (await manager.get('/marketplace/orders/mo-1001')).body.data;
    expect(waiting).toMatchObject({ status: 'RECEIVED', attention: 'UNMAPPED_ITEMS', orderId: null, deliveryFeeCents: 799, customerName: 'Maria Oliveira', payment: { prepaid: false, changeForCents: 10_000 } });
    expect((await manager.get('/marketplace/orders?attention=true')).body.data.map((o: { id: string }) => o.id)).toEqual(['mo-1001']);
    const refused = await manager.post('/marketplace/orders/mo-1001/accept');
    expect(refused.status).toBe(422);
    expect(refused.body.error.code).toBe('MARKETPLACE_ITEMS_UNMAPPED');

    expect((await put('/marketplace/mappings', { platform: 'IFOOD', externalCode: 'IF-XBURGER', productId: 'prod-classic-burger' })).status).toBe(200);
    expect((await put('/marketplace/mappings', { platform: 'IFOOD', externalCode: 'IF-FRIES', productId: 'prod-fries' })).status).toBe(200);
    expect((await put('/marketplace/mappings', { platform: 'IFOOD', externalCode: 'IF-X', productId: 'no-such-product' })).status).toBe(422);
    const accepted = await manager.post('/marketplace/orders/mo-1001/accept');
    expect(accepted.status).toBe(200);
    expect(accepted.body.data).toMatchObject({ status: 'ACCEPTED', attention: null });
    const order = getOrder(app.ctx.db, accepted.body.data.orderId)!;
    // Goods R$ 62,70 less the R$ 2,00 the store sponsors, shared by the lines in proportion.
    expect(order).toMatchObject({ channel: 'MARKETPLACE', status: 'CONFIRMED', totalCents: 6070, notes: 'Entregar na portaria' });
    expect(order.items.map((i) => [i.productId, i.quantity, i.unitPriceCents, i.discountCents, i.totalCents, i.notes])).toEqual([
      ['prod-classic-burger', 2, 2490, 159, 4821, 'sem cebola'],
      ['prod-fries', 1, 1290, 41, 1249, null],
    ]);
    expect(ticketsOf(order.id).map((t) => [t.label, t.status])).toContainEqual(['iFood #1001', 'OPEN']);
  });

  it('auto-accepts a fully mapped order when the platform is set so, journaling no personal data and keeping it sealed', async () => {
    expect((await put('/marketplace/settings/auto-accept', { IFOOD: true })).status).toBe(200);
    expect(await push('marketplace.order_received', platformOrder('1002'))).toBe('applied');
    expect(await push('marketplace.order_received', platformOrder('1002'))).toBe('applied');
    const received = (await manager.get('/marketplace/orders/mo-1002')).body.data;
    expect(received).toMatchObject({ status: 'ACCEPTED' });
    expect(getOrder(app.ctx.db, received.orderId)!.status).toBe('CONFIRMED');
    expect(journal('marketplace.order_received').filter((p) => p.marketplaceOrderId === 'mo-1002')).toHaveLength(1);
    expect(journal('marketplace.order_linked').find((p) => p.marketplaceOrderId === 'mo-1002')).toEqual({ marketplaceOrderId: 'mo-1002', orderId: received.orderId, platform: 'IFOOD', platformOrderId: 'ifood-1002' });
    const everything = app.ctx.db.prepare("SELECT group_concat(payload) FROM journal WHERE type LIKE 'marketplace.%' OR type LIKE 'order.%'").pluck().get() as string;
    expect(everything).not.toContain('Maria');
    expect(everything).not.toContain('Augusta');
    const stored = app.ctx.db.prepare("SELECT customer_name || customer_phone || delivery_address FROM marketplace_orders WHERE id = 'mo-1002'").pluck().get() as string;
    expect(stored).not.toContain('Maria');
    expect(stored).not.toContain('Augusta');
    expect(stored).not.toContain('0800');
  });

  it('a platform cancellation cancels the store order and voids its kitchen tickets; a malformed order is refused and journaled', async () => {
    const orderId = (await manager.get('/marketplace/orders/mo-1002')).body.data.orderId;
    expect(await push('marketplace.order_cancelled', { marketplaceOrderId: 'mo-1002', code: 'CAN' })).toBe('applied');
    expect(getOrder(app.ctx.db, orderId)!.status).toBe('CANCELLED');
    expect(ticketsOf(orderId).length).toBeGreaterThan(0);
    expect(ticketsOf(orderId).every((t) => t.status === 'VOIDED')).toBe(true);
    expect((await manager.get('/marketplace/orders/mo-1002')).body.data).toMatchObject({ status: 'CANCELLED', cancelCode: 'CAN' });

    expect(await push('marketplace.order_received', { ...platformOrder('1003'), items: [] })).toBe('ignored');
    expect(journal('marketplace.order_refused')).toHaveLength(1);
  });

  it('settles an order paid online with the platform as its tender, leaves one due on delivery to the till, and books the platform\'s refund when it is cancelled', async () => {
    const prepaid = { prepaid: true, method: 'CREDIT', pendingCents: 0, changeForCents: null };
    expect(await push('marketplace.order_received', platformOrder('1006', { payment: prepaid }))).toBe('applied');
    const accepted = (await manager.get('/marketplace/orders/mo-1006')).body.data;
    const order = getOrder(app.ctx.db, accepted.orderId)!;
    expect(order.paidAt).not.toBeNull();
    expect(listPaymentsOfOrder(app.ctx.db, order.id)).toEqual([
      expect.objectContaining({ method: 'CREDIT', status: 'CAPTURED', amountCents: order.totalCents, provider: 'MARKETPLACE', providerRef: 'IFOOD:ifood-1006', payerLabel: 'iFood', cashierSessionId: null }),
    ]);
    expect(loadPaidOrder(app.ctx.db, order.id)!.payments).toEqual([{ method: 'CREDIT', amountCents: order.totalCents, changeCents: 0, description: 'iFood' }]);
    // Cash on delivery (1002, cancelled above) was never paid at the store: the courier's money is taken at the till.
    const cashOrder = (await manager.get('/marketplace/orders/mo-1002')).body.data;
    expect(cashOrder.payment).toEqual({ prepaid: false, method: 'CASH', pendingCents: 6869, changeForCents: 10_000 });
    expect(listPaymentsOfOrder(app.ctx.db, cashOrder.orderId)).toEqual([]);

    expect(await push('marketplace.order_cancelled', { marketplaceOrderId: 'mo-1006', code: 'CAN' })).toBe('applied');
    const [payment] = listPaymentsOfOrder(app.ctx.db, order.id);
    expect(payment.refundedCents).toBe(order.totalCents);
    expect(journal('payment.refunded').filter((p) => p.orderId === order.id)).toHaveLength(1);
  });

  it('refunds an order paid online only through its platform, never from a drawer at the till', async () => {
    const prepaid = { prepaid: true, method: 'CREDIT', pendingCents: 0, changeForCents: null };
    expect(await push('marketplace.order_received', platformOrder('1010', { payment: prepaid }))).toBe('applied');
    const { orderId } = (await manager.get('/marketplace/orders/mo-1010')).body.data;
    const [payment] = listPaymentsOfOrder(app.ctx.db, orderId);
    const supervisor = apiAs(app, ['payments.refund'], 'MANAGER');
    const refund = await supervisor.post(`/payments/${payment.id}/refunds`, { amountCents: 500, reason: 'item faltando' }, { 'x-manager-override': 'gerente:1234' });
    expect([refund.status, refund.body.error?.code]).toEqual([422, 'PAYMENT_REFUND_BY_PLATFORM']);
    expect(refund.body.error.message).toMatch(/iFood/);
    expect(listPaymentsOfOrder(app.ctx.db, orderId)[0].refundedCents).toBe(0);
  });

  it('warns once about an order waiting for the operator three minutes before the platform would cancel it', async () => {
    // The test clock stands at 15:00Z: this order's deadline is two minutes away, the flagged 1001 was accepted.
    await push('marketplace.order_received', platformOrder('1004', { items: [{ externalCode: 'IF-NEW', name: 'Novo', quantity: 1, unitPriceCents: 100, totalCents: 100, notes: null, options: [] }], confirmDeadline: '2026-11-23T15:02:00.000Z' }));
    await push('marketplace.order_received', platformOrder('1005', { items: [{ externalCode: 'IF-NEW', name: 'Novo', quantity: 1, unitPriceCents: 100, totalCents: 100, notes: null, options: [] }], confirmDeadline: '2026-11-23T15:07:00.000Z' }));
    const warn = () => app.ctx.commands.run('test.warn', (tx) => warnNearDeadlines(tx, 180));
    expect(await warn()).toEqual(['mo-1004']);
    expect(await warn()).toEqual([]);
    expect(journal('marketplace.order_deadline_near')).toEqual([{ marketplaceOrderId: 'mo-1004', platform: 'IFOOD', displayId: '1004', confirmDeadline: '2026-11-23T15:02:00.000Z', secondsLeft: 120 }]);
  });
});
