import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLE_PERMISSIONS } from '../auth/index.js';
import type { TestAppliance } from '../kernel/testing/harness.js';
import { getOrder } from '../orders/index.js';
import { listPaymentsOfOrder, orderBalance } from '../payments/index.js';
import { loadPaidOrder } from './fiscal-paid-order.js';
import { marketplaceDriver, platformOrder, startMarketplaceStore } from './marketplace-test-support.js';
import { apiAs, type Api } from './test-support.js';

/**
 * A marketplace order's money at the store: the store order, the platform's tender, the till and
 * the NFC-e agree to the centavo with what the platform charged the customer.
 */

/** What the NFC-e declares: vProd = qCom × vUnCom per line, less its discount, plus its freight; and what its tenders settle. */
function nfceOf(app: TestAppliance, orderId: string) {
  const paid = loadPaidOrder(app.ctx.db, orderId)!;
  return {
    declared: paid.lines.reduce((sum, line) => sum + line.quantity * line.unitPriceCents - (line.discountCents ?? 0) + (line.freightCents ?? 0), 0),
    settled: paid.payments.reduce((sum, p) => sum + p.amountCents, 0),
  };
}

describe('marketplace order money', () => {
  let app: TestAppliance;
  let manager: Api;
  let cashier: Api;
  const store = marketplaceDriver(() => app);

  beforeAll(async () => {
    app = await startMarketplaceStore();
    manager = apiAs(app, ['orders.read', 'orders.confirm', 'catalog.write'], 'MANAGER');
    cashier = apiAs(app, [...ROLE_PERMISSIONS.CASHIER], 'CASHIER');
    await store.mapMenu();
    await store.autoAccept();
    expect((await cashier.post('/cashier-sessions', { terminalId: 'POS-1', openingFloatCents: 10_000 })).status).toBe(201);
  });
  afterAll(() => app.close());

  it('declares on the NFC-e what the platform charged for a line whose total does not divide by its quantity (an extra on one of three burgers)', async () => {
    // Three X-Burgers at R$ 24,90, one of them with bacon (R$ 5,00): the platform's line total is R$ 79,70.
    const items = [{ externalCode: 'IF-XBURGER', name: 'X-Burger', quantity: 3, unitPriceCents: 2490, totalCents: 7970, notes: null, options: [{ externalCode: 'IF-BACON', name: 'Bacon', quantity: 1, priceCents: 500 }] }];
    expect(await store.push('marketplace.order_received', platformOrder('2001', { items, subtotalCents: 7970, totalCents: 7970 }))).toBe('applied');
    const accepted = (await manager.get('/marketplace/orders/mo-2001')).body.data;
    expect(accepted.status).toBe('ACCEPTED');
    const order = getOrder(app.ctx.db, accepted.orderId)!;
    // R$ 26,57 × 3 = R$ 79,71, less the centavo the unit price rounded over.
    expect(order.items.map((i) => [i.quantity, i.unitPriceCents, i.grossCents, i.discountCents, i.totalCents])).toEqual([[3, 2657, 7971, 1, 7970]]);
    expect(order.totalCents).toBe(7970);
    expect(listPaymentsOfOrder(app.ctx.db, order.id).map((p) => p.amountCents)).toEqual([7970]);
    expect(nfceOf(app, order.id)).toEqual({ declared: 7970, settled: 7970 });
  });

  it('settles a cash-on-delivery order at the till with the cash the courier collected: the platform\'s voucher is the platform\'s tender', async () => {
    // Goods R$ 62,70, an iFood-paid voucher of R$ 10,00: the customer pays R$ 52,70 in cash to the courier.
    const payment = { prepaid: false, method: 'CASH', pendingCents: 5270, changeForCents: null };
    expect(await store.push('marketplace.order_received', platformOrder('5001', { discounts: [{ amountCents: 1000, sponsor: 'IFOOD' }], totalCents: 5270, payment }))).toBe('applied');
    const accepted = (await manager.get('/marketplace/orders/mo-5001')).body.data;
    expect(accepted.status).toBe('ACCEPTED');
    expect(listPaymentsOfOrder(app.ctx.db, accepted.orderId)).toEqual([
      expect.objectContaining({ method: 'OTHER', amountCents: 1000, provider: 'MARKETPLACE', payerLabel: 'iFood', cashierSessionId: null }),
    ]);

    const paid = await cashier.post(`/orders/${accepted.orderId}/payments`, { method: 'CASH', amountCents: 5270, tenderedCents: 5270 });
    expect(paid.status, JSON.stringify(paid.body)).toBe(201);
    const order = getOrder(app.ctx.db, accepted.orderId)!;
    expect(order.totalCents).toBe(6270);
    expect(orderBalance(app.ctx.db, order.id, order.totalCents).remainingCents).toBe(0);
    expect(order.paidAt).not.toBeNull();
    expect(nfceOf(app, order.id)).toEqual({ declared: 6270, settled: 6270 });
  });

  it('declares and books the goods net of a discount the store sponsors (the platform never pays the store that part)', async () => {
    // Goods R$ 62,70 with a R$ 2,00 coupon the store pays (sponsor MERCHANT): the customer paid R$ 60,70 for the goods.
    expect(await store.push('marketplace.order_received', platformOrder('6001', { discounts: [{ amountCents: 200, sponsor: 'MERCHANT' }], totalCents: 6070 }))).toBe('applied');
    const accepted = (await manager.get('/marketplace/orders/mo-6001')).body.data;
    expect(accepted.status).toBe('ACCEPTED');
    const order = getOrder(app.ctx.db, accepted.orderId)!;
    expect({ orderTotal: order.totalCents, platformTender: listPaymentsOfOrder(app.ctx.db, order.id)[0].amountCents, nfce: nfceOf(app, order.id) }).toEqual({
      orderTotal: 6070,
      platformTender: 6070,
      nfce: { declared: 6070, settled: 6070 },
    });
  });

  /**
   * Paid partly in the app and partly on delivery (iFood and Open Delivery send both
   * `payments.prepaid` and `payments.pending`): on acceptance the part paid online is the platform's
   * tender, and the till settles the order with the cash the courier collected.
   */
  it('books the online part as the platform\'s tender and settles with the cash the courier collected', async () => {
    // Goods R$ 62,70, no delivery fee, no discount: R$ 20,00 paid in the app, R$ 42,70 due in cash.
    const payment = { prepaid: false, method: 'CASH', pendingCents: 4270, changeForCents: null };
    expect(await store.push('marketplace.order_received', platformOrder('9001', { payment }))).toBe('applied');
    const accepted = (await manager.get('/marketplace/orders/mo-9001')).body.data;
    expect(accepted.status).toBe('ACCEPTED');

    const platformPaid = listPaymentsOfOrder(app.ctx.db, accepted.orderId).filter((p) => p.provider === 'MARKETPLACE').reduce((sum, p) => sum + p.amountCents, 0);
    expect(platformPaid).toBe(2000);

    const paid = await cashier.post(`/orders/${accepted.orderId}/payments`, { method: 'CASH', amountCents: 4270, tenderedCents: 4270 });
    expect(paid.status, JSON.stringify(paid.body)).toBe(201);
    const order = getOrder(app.ctx.db, accepted.orderId)!;
    expect(orderBalance(app.ctx.db, order.id, order.totalCents).remainingCents).toBe(0);
    expect(order.paidAt).not.toBeNull();
  });

  /**
   * The platform's tender is booked on acceptance and is what the platform charged: a manager's
   * discount on the waiting store order would have lowered it (the store then books less than the
   * platform pays it). A discount at the door, on what the courier collects, still comes off.
   */
  it('refuses a discount on a platform order not yet accepted; after acceptance it comes off what the courier collects only', async () => {
    const boss = apiAs(app, [...ROLE_PERMISSIONS.MANAGER], 'MANAGER');
    const pin = { 'x-manager-override': 'gerente:1234' };
    await store.put('/marketplace/settings/auto-accept', { IFOOD: false });
    try {
      const payment = { prepaid: false, method: 'CASH', pendingCents: 4270, changeForCents: null };
      expect(await store.push('marketplace.order_received', platformOrder('9101', { payment }))).toBe('applied');
      const waiting = (await manager.get('/marketplace/orders/mo-9101')).body.data;
      expect(waiting.status).toBe('RECEIVED');
      const early = await boss.post(`/orders/${waiting.orderId}/discount`, { amountCents: 3000, reason: 'atraso' }, pin);
      expect([early.status, early.body.error?.code]).toEqual([422, 'ORDER_DISCOUNT_NOT_ACCEPTED']);
      expect(early.body.error.message).toMatch(/aceite/i);
      expect(getOrder(app.ctx.db, waiting.orderId)!.totalCents).toBe(6270);

      expect((await boss.post('/marketplace/orders/mo-9101/accept', {})).status).toBe(200);
      const platformTender = () => listPaymentsOfOrder(app.ctx.db, waiting.orderId).filter((p) => p.provider === 'MARKETPLACE').map((p) => p.amountCents);
      expect(platformTender()).toEqual([2000]);
      const atDoor = await boss.post(`/orders/${waiting.orderId}/discount`, { amountCents: 270, reason: 'atraso na entrega' }, pin);
      expect(atDoor.status, JSON.stringify(atDoor.body)).toBe(200);
      expect(atDoor.body.data.totalCents).toBe(6000);
      expect(platformTender()).toEqual([2000]);
    } finally {
      await store.put('/marketplace/settings/auto-accept', { IFOOD: true });
    }
  });
});
