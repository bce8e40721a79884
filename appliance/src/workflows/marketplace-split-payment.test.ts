import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLE_PERMISSIONS } from '../auth/index.js';
import type { TestAppliance } from '../kernel/testing/harness.js';
import { getOrder } from '../orders/index.js';
import { listPaymentsOfOrder, orderBalance } from '../payments/index.js';
import { marketplaceDriver, platformOrder, startMarketplaceStore } from './marketplace-test-support.js';
import { apiAs, type Api } from './test-support.js';

/**
 * An order the customer paid partly in the app and partly on delivery (iFood and Open Delivery send
 * both `payments.prepaid` and `payments.pending`, e.g. R$ 20,00 online and R$ 42,70 in cash): on
 * acceptance the part paid online is the platform's tender, and the till settles the order with the
 * cash the courier collected.
 */
describe('a marketplace order paid partly online, partly on delivery', () => {
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
});
