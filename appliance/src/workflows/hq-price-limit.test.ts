import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogDownstreamApplier, getProduct } from '../catalog/index.js';
import type { TestAppliance } from '../kernel/testing/harness.js';
import { startDemoStore } from './test-support.js';

describe('an HQ price push above the unit price limit', () => {
  let app: TestAppliance;
  beforeAll(async () => {
    app = await startDemoStore();
  });
  afterAll(() => app.close());

  const apply = (id: string, payload: unknown) =>
    app.ctx.commands.run('replication.apply_downstream', (tx) => catalogDownstreamApplier.apply(tx, { id, type: 'catalog.product_changed', payload }), { actor: { type: 'system', id: 'test' } });

  it('is recorded as ignored (like a negative price) instead of failing the command, which would block every message queued behind it forever', async () => {
    // The relay accepts any non-negative integer (cloud-relay hq-api-routes: z.number().int().nonnegative()).
    // A typo at HQ, R$ 2.000.000,00 for a burger, is past MAX_UNIT_PRICE_CENTS (R$ 1.000.000,00).
    await expect(apply('msg-negative', { productId: 'prod-fries', priceCents: -1, active: null })).resolves.toBe('ignored');
    await expect(apply('msg-too-dear', { productId: 'prod-fries', priceCents: 200_000_000, active: null })).resolves.toBe('ignored');
    expect(getProduct(app.ctx.db, 'prod-fries')?.priceCents).toBe(1290);
    // The next message of the queue still applies.
    await expect(apply('msg-next', { productId: 'prod-fries', priceCents: 1390, active: null })).resolves.toBe('applied');
    expect(getProduct(app.ctx.db, 'prod-fries')?.priceCents).toBe(1390);
  });
});
