import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getProduct } from '../catalog/index.js';
import type { TestAppliance } from '../kernel/testing/harness.js';
import { downstreamAppliers } from '../modules.js';
import { startDemoStore } from './test-support.js';

/**
 * HQ changes a price from the catalog the store last replicated. When the store no longer has that
 * product (it dropped it since), or set the price again itself after HQ decided, the change is not
 * taken: the store says so in its journal, naming the product and why, and that event goes up to
 * the relay, which shows HQ the push as refused. A change taken is journaled as taken.
 */
describe('an HQ price push the store cannot take', () => {
  let app: TestAppliance;
  let now = new Date('2026-11-22T12:00:00.000Z');
  beforeAll(async () => {
    app = await startDemoStore({ clock: { now: () => now } });
    now = new Date('2026-11-23T15:00:00.000Z');
  });
  afterAll(() => app.close());

  let sequence = 0;
  const hqPush = (payload: unknown, createdAt = now.toISOString()) => {
    sequence += 1;
    const message = { cursor: sequence, id: `00000000-0000-4000-8000-${String(sequence).padStart(12, '0')}`, type: 'catalog.product_changed', payload, createdAt };
    const applier = downstreamAppliers(app.ctx).find((a) => a.types.includes(message.type))!;
    return app.ctx.commands.run('replication.apply_downstream', (tx) => ({ outcome: applier.apply(tx, message), messageId: message.id }), { actor: { type: 'system', id: 'test' } });
  };
  const journaledAbout = (messageId: string) =>
    (app.ctx.db.prepare("SELECT type, aggregate_id, payload FROM journal WHERE type LIKE 'configuration.%' AND payload LIKE '%' || ? || '%' ORDER BY seq").all(messageId) as { type: string; aggregate_id: string; payload: string }[])
      .map((e) => ({ type: e.type, aggregateId: e.aggregate_id, payload: JSON.parse(e.payload) }));

  it('journals a rejection naming the product when the store does not have it', async () => {
    const { outcome, messageId } = await hqPush({ productId: 'prod-xburger-antigo', priceCents: 2990, active: null });
    expect(outcome).toBe('ignored');
    expect(journaledAbout(messageId)).toEqual([
      { type: 'configuration.product_change_rejected', aggregateId: 'prod-xburger-antigo', payload: { messageId, productId: 'prod-xburger-antigo', reason: 'PRODUCT_NOT_FOUND' } },
    ]);
  });

  it('journals a rejection when the store set the price itself after HQ decided', async () => {
    const response = await fetch(`${app.baseUrl}/api/v1/products/prod-fries`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', authorization: app.bearer(['catalog.write', 'catalog.read'], { role: 'MANAGER', id: 'user-manager' }) },
      body: JSON.stringify({ priceCents: 1390 }),
    });
    expect(response.status).toBe(200);
    const { outcome, messageId } = await hqPush({ productId: 'prod-fries', priceCents: 1500, active: null }, '2026-11-22T21:00:00.000Z');
    expect(outcome).toBe('ignored');
    expect(getProduct(app.ctx.db, 'prod-fries')?.priceCents).toBe(1390);
    expect(journaledAbout(messageId)).toEqual([
      { type: 'configuration.product_change_rejected', aggregateId: 'prod-fries', payload: { messageId, productId: 'prod-fries', reason: 'DECIDED_AT_STORE' } },
    ]);
  });

  it('journals an unreadable push as rejected, and a change taken as applied', async () => {
    const unreadable = await hqPush({ productId: 'prod-coke', priceCents: -5, active: null });
    expect(unreadable.outcome).toBe('ignored');
    expect(journaledAbout(unreadable.messageId)).toEqual([
      { type: 'configuration.product_change_rejected', aggregateId: 'prod-coke', payload: { messageId: unreadable.messageId, productId: 'prod-coke', reason: 'INVALID_MESSAGE' } },
    ]);
    const taken = await hqPush({ productId: 'prod-coke', priceCents: 790, active: null });
    expect(taken.outcome).toBe('applied');
    expect(getProduct(app.ctx.db, 'prod-coke')?.priceCents).toBe(790);
    expect(journaledAbout(taken.messageId)).toEqual([
      { type: 'configuration.product_change_applied', aggregateId: 'prod-coke', payload: { messageId: taken.messageId, productId: 'prod-coke' } },
    ]);
  });
});
