import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestAppliance } from '../kernel/testing/harness.js';
import { getMarketplaceOrder } from '../marketplace/index.js';
import { getOrder } from '../orders/index.js';
import { createStockItem, findStockItem, recordManualMovement } from '../stock/index.js';
import { marketplaceDriver, platformOrder, startMarketplaceStore } from './marketplace-test-support.js';

/**
 * A store that auto-accepts iFood orders runs out of a BLOCK item (the last fries went to a
 * table). The next platform order asking for fries cannot be accepted: it must still reach the
 * store and wait for the operator (who calls the customer, rejects it or swaps the item), as it
 * would in a store that accepts by hand. Refusing the whole platform message instead loses the
 * order: nothing on the operator's screen, no deadline warning, the platform cancels it unseen.
 */
describe('an auto-accepted platform order asking for goods out of stock', () => {
  let app: TestAppliance;
  const store = marketplaceDriver(() => app);

  beforeAll(async () => {
    app = await startMarketplaceStore();
    await store.mapMenu();
    await store.autoAccept();
  });
  afterAll(() => app.close());

  it('waits for the operator instead of being lost, and holds no stock', async () => {
    const fries = await app.ctx.commands.run('test.stock', (tx) =>
      createStockItem(tx, { productId: 'prod-fries', name: 'Batata frita (porção)', kind: 'PRODUCT', unit: 'MILLIUNIT', availabilityPolicy: 'BLOCK', initialQuantity: 0 }),
    );

    expect(await store.push('marketplace.order_received', platformOrder('2001'))).toBe('applied');

    const waiting = getMarketplaceOrder(app.ctx.db, 'mo-2001');
    expect(waiting?.status).toBe('RECEIVED');
    expect(getOrder(app.ctx.db, waiting!.orderId!)?.status).toBe('DRAFT');
    expect(findStockItem(app.ctx.db, fries.id)).toMatchObject({ onHand: 0, reserved: 0 });
    expect(store.journal('order.confirmed')).toEqual([]);

    // Fries arrive; the operator accepts it by hand, and it goes to the kitchen with its stock held.
    await app.ctx.commands.run('test.stock', (tx) => recordManualMovement(tx, { type: 'PURCHASE', stockItemId: fries.id, quantity: 5000 }));
    const accept = await fetch(`${app.baseUrl}/api/v1/marketplace/orders/mo-2001/accept`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: app.bearer(['orders.read', 'orders.confirm'], { role: 'MANAGER', id: 'user-manager' }) },
      body: '{}',
    });
    expect(accept.status, await accept.clone().text()).toBe(200);
    expect(getMarketplaceOrder(app.ctx.db, 'mo-2001')?.status).toBe('ACCEPTED');
    expect(findStockItem(app.ctx.db, fries.id)).toMatchObject({ onHand: 5000, reserved: 1000 });
  });
});
