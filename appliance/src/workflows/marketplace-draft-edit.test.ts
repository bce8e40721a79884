import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLE_PERMISSIONS } from '../auth/index.js';
import type { TestAppliance } from '../kernel/testing/harness.js';
import { getMarketplaceOrder } from '../marketplace/index.js';
import { getOrder } from '../orders/index.js';
import { listPaymentsOfOrder, orderBalance } from '../payments/index.js';
import { marketplaceDriver, platformOrder, startMarketplaceStore } from './marketplace-test-support.js';
import { apiAs, type Api } from './test-support.js';

/**
 * An iFood order paid online waits for the operator as a draft store order, and items can be added
 * to it at the POS. On acceptance iFood's tender is what iFood charged the customer for the order;
 * whatever was added at the store stays owed at the till.
 */
describe('a waiting marketplace order edited at the POS', () => {
  let app: TestAppliance;
  let manager: Api;
  let cashier: Api;
  const store = marketplaceDriver(() => app);

  beforeAll(async () => {
    app = await startMarketplaceStore();
    manager = apiAs(app, ['orders.read', 'orders.confirm', 'catalog.write'], 'MANAGER');
    cashier = apiAs(app, [...ROLE_PERMISSIONS.CASHIER], 'CASHIER');
    await store.mapMenu();
  });
  afterAll(() => app.close());

  it('books as paid by iFood only what iFood charged, not items added at the store', async () => {
    expect(await store.push('marketplace.order_received', platformOrder('8001'))).toBe('applied');
    const waiting = getMarketplaceOrder(app.ctx.db, 'mo-8001')!;
    expect(waiting.status).toBe('RECEIVED');
    expect(waiting.orderId).not.toBeNull();

    // Five more portions of fries land on the waiting draft at the POS.
    await cashier.post(`/orders/${waiting.orderId}/items`, { items: [{ productId: 'prod-fries', quantity: 5 }] });

    const accepted = await manager.post('/marketplace/orders/mo-8001/accept', {});
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(200);
    const order = getOrder(app.ctx.db, waiting.orderId!)!;
    const platformPaid = listPaymentsOfOrder(app.ctx.db, order.id).filter((p) => p.provider === 'MARKETPLACE').reduce((sum, p) => sum + p.amountCents, 0);
    // iFood charged the customer R$ 62,70 for this order: that is all iFood pays the store.
    expect(platformPaid).toBe(6270);
    expect(orderBalance(app.ctx.db, order.id, order.totalCents).remainingCents).toBe(order.totalCents - 6270);
  });
});
