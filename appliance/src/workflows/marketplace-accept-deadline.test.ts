import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestAppliance } from '../kernel/testing/harness.js';
import { warnNearDeadlines } from '../marketplace/index.js';
import { marketplaceDriver, platformOrder, startMarketplaceStore } from './marketplace-test-support.js';
import { apiAs, type Api } from './test-support.js';

/**
 * An order that reaches the store after its platform acceptance deadline (the store was offline
 * meanwhile) is not accepted: the platform cancelled it at the deadline. The test clock stands at 15:00Z.
 */
const LATE = { createdAt: '2026-11-23T14:40:00.000Z', confirmDeadline: '2026-11-23T14:48:00.000Z' };

describe('a marketplace order past its acceptance deadline', () => {
  let app: TestAppliance;
  let manager: Api;
  const store = marketplaceDriver(() => app);

  beforeAll(async () => {
    app = await startMarketplaceStore();
    manager = apiAs(app, ['orders.read', 'orders.confirm', 'catalog.write'], 'MANAGER');
    await store.mapMenu();
  });
  afterAll(() => app.close());

  it('is refused by the operator with MARKETPLACE_ORDER_EXPIRED, and not announced as near its deadline', async () => {
    expect(await store.push('marketplace.order_received', platformOrder('4002', LATE))).toBe('applied');
    expect((await manager.get('/marketplace/orders/mo-4002')).body.data).toMatchObject({ status: 'RECEIVED', orderId: null });
    const refused = await manager.post('/marketplace/orders/mo-4002/accept');
    expect([refused.status, refused.body.error.code]).toEqual([422, 'MARKETPLACE_ORDER_EXPIRED']);
    expect(refused.body.error.message).toBe('O prazo do aplicativo para aceitar o pedido 4002 terminou: pedidos não confirmados a tempo são cancelados pelo aplicativo.');
    expect(await app.ctx.commands.run('test.warn', (tx) => warnNearDeadlines(tx, 180))).toEqual([]);
  });

  it('is not auto-accepted into the kitchen: the platform cancelled it at its deadline', async () => {
    await store.autoAccept();
    // Placed at 14:40, iFood cancels unconfirmed orders 8 minutes later (14:48); the store was offline until 15:00.
    expect(await store.push('marketplace.order_received', platformOrder('4001', LATE))).toBe('applied');
    const received = (await manager.get('/marketplace/orders/mo-4001')).body.data;
    expect(received).toMatchObject({ status: 'RECEIVED', orderId: null });
    expect(await store.push('marketplace.order_cancelled', { marketplaceOrderId: 'mo-4001', code: 'CAN' })).toBe('applied');
    expect((await manager.get('/marketplace/orders/mo-4001')).body.data).toMatchObject({ status: 'CANCELLED', cancelCode: 'CAN' });
  });
});
