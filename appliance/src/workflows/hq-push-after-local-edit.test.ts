import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogDownstreamApplier, getProduct } from '../catalog/index.js';
import type { TestAppliance } from '../kernel/testing/harness.js';
import { startDemoStore } from './test-support.js';

/**
 * HQ changes a price for the whole chain while one store is offline. The store's manager, meanwhile,
 * changes that product at the counter (today's price, sold out). When the store is back it receives
 * HQ's older decision: the later decision stands. A change HQ made before the store's own edit does
 * not undo it; one HQ made after it does apply, and so does an older one for what the store left alone.
 */
describe('an HQ change that reaches a store after the store changed the product itself', () => {
  let app: TestAppliance;
  // The menu was set up the day before; the manager's edits are made on 2026-11-23 at 15:00 UTC.
  let now = new Date('2026-11-22T12:00:00.000Z');
  beforeAll(async () => {
    app = await startDemoStore({ clock: { now: () => now } });
    now = new Date('2026-11-23T15:00:00.000Z');
  });
  afterAll(() => app.close());

  /** The back office's quick edit at the counter (today's price, sold out), as the manager. */
  const quickEdit = async (productId: string, body: { priceCents?: number; active?: boolean }) => {
    const response = await fetch(`${app.baseUrl}/api/v1/products/${productId}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', authorization: app.bearer(['catalog.write', 'catalog.read'], { role: 'MANAGER', id: 'user-manager' }) },
      body: JSON.stringify(body),
    });
    return response.status;
  };
  const hqMessage = (id: string, createdAt: string, payload: { productId: string; priceCents: number | null; active: boolean | null }) =>
    app.ctx.commands.run(
      'replication.apply_downstream',
      (tx) => catalogDownstreamApplier.apply(tx, { id, type: 'catalog.product_changed', payload, createdAt }),
      { actor: { type: 'system', id: 'test' } },
    );

  it('keeps the price the store set after HQ decided, and takes one HQ decided later', async () => {
    expect(await quickEdit('prod-fries', { priceCents: 1390 })).toBe(200);
    // Decided at HQ the evening before, delivered now that the store is back online.
    await hqMessage('hq-yesterday-price', '2026-11-22T21:00:00.000Z', { productId: 'prod-fries', priceCents: 1500, active: null });
    expect(getProduct(app.ctx.db, 'prod-fries')?.priceCents).toBe(1390);
    // Decided at HQ after the store's edit.
    await hqMessage('hq-later-price', '2026-11-23T16:00:00.000Z', { productId: 'prod-fries', priceCents: 1600, active: null });
    expect(getProduct(app.ctx.db, 'prod-fries')?.priceCents).toBe(1600);
  });

  it('keeps a dish sold out at the counter when an older HQ push makes it available', async () => {
    expect(await quickEdit('prod-bacon-burger', { active: false })).toBe(200);
    await hqMessage('hq-yesterday-active', '2026-11-22T21:00:00.000Z', { productId: 'prod-bacon-burger', priceCents: null, active: true });
    expect(getProduct(app.ctx.db, 'prod-bacon-burger')?.active).toBe(false);
  });

  it('still applies an older HQ change to a field the store did not touch since', async () => {
    const before = getProduct(app.ctx.db, 'prod-coke');
    expect(before).toBeDefined();
    expect(await quickEdit('prod-coke', { active: !before!.active })).toBe(200);
    await hqMessage('hq-yesterday-soda', '2026-11-22T21:00:00.000Z', { productId: 'prod-coke', priceCents: before!.priceCents + 100, active: null });
    expect(getProduct(app.ctx.db, 'prod-coke')?.priceCents).toBe(before!.priceCents + 100);
  });
});
