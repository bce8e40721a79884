import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestAppliance } from '../kernel/testing/harness.js';
import { warnNearDeadlines } from '../marketplace/index.js';
import { getOrder } from '../orders/index.js';
import { listPaymentsOfOrder } from '../payments/index.js';
import { marketplaceDriver, platformOrder, startMarketplaceStore } from './marketplace-test-support.js';
import { apiAs, type Api } from './test-support.js';

/**
 * A platform order follows its store order's cancellation, at the POS or by the day close
 * cancelling drafts: it no longer waits for the operator nor nears a deadline, once journaled.
 */
describe('a marketplace order whose store order the store cancels', () => {
  let app: TestAppliance;
  let manager: Api;
  const store = marketplaceDriver(() => app);

  beforeAll(async () => {
    app = await startMarketplaceStore();
    manager = apiAs(app, ['orders.read', 'orders.confirm', 'orders.cancel', 'catalog.write', 'business_day.manage', 'reports.read'], 'MANAGER');
    await store.mapMenu();
  });
  afterAll(() => app.close());

  it('is cancelled with its store order at the POS, once, and a later platform cancellation changes nothing', async () => {
    expect(await store.push('marketplace.order_received', platformOrder('3002'))).toBe('applied');
    const accepted = await manager.post('/marketplace/orders/mo-3002/accept');
    expect(accepted.status).toBe(200);
    const { orderId } = accepted.body.data;

    expect((await manager.post(`/orders/${orderId}/cancel`, { reason: 'cliente desistiu' })).status).toBe(200);
    expect((await manager.get('/marketplace/orders/mo-3002')).body.data).toMatchObject({ status: 'CANCELLED', cancelCode: null });
    // The platform's tender goes back with it: the platform charges the customer nothing.
    const [platformTender] = listPaymentsOfOrder(app.ctx.db, orderId);
    expect(platformTender.refundedCents).toBe(platformTender.amountCents);

    expect(await store.push('marketplace.order_cancelled', { marketplaceOrderId: 'mo-3002', code: 'CAN' })).toBe('applied');
    expect(store.journal('marketplace.order_cancelled').filter((p) => p.marketplaceOrderId === 'mo-3002')).toEqual([
      { marketplaceOrderId: 'mo-3002', orderId, platform: 'IFOOD', code: null, by: 'STORE' },
    ]);
  });

  it('does not leave the platform order waiting (and alerting) once the day close cancelled its draft', async () => {
    // Auto-accept is off: a fully mapped order becomes a DRAFT store order and waits for the operator.
    expect(await store.push('marketplace.order_received', platformOrder('3001'))).toBe('applied');
    const waiting = (await manager.get('/marketplace/orders/mo-3001')).body.data;
    expect(waiting).toMatchObject({ status: 'RECEIVED' });
    expect(getOrder(app.ctx.db, waiting.orderId)!.status).toBe('DRAFT');

    const closed = await manager.post('/business-days/current/close', { resolve: { cancelDrafts: true } });
    expect(closed.status, JSON.stringify(closed.body)).toBe(200);
    expect(getOrder(app.ctx.db, waiting.orderId)!.status).toBe('CANCELLED');

    expect((await manager.get('/marketplace/orders/mo-3001')).body.data.status).toBe('CANCELLED');
    const refused = await manager.post('/marketplace/orders/mo-3001/accept');
    expect([refused.status, refused.body.error.code]).toEqual([422, 'MARKETPLACE_ORDER_NOT_PENDING']);
    const warned = await app.ctx.commands.run('test.warn', (tx) => warnNearDeadlines(tx, 600));
    expect(warned).not.toContain('mo-3001');
  });
});
