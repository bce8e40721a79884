/**
 * The waiter's split by items is computed on the bill as the phone last read it. When the bill
 * changed meanwhile (a manager took a dish off at the till, a colleague sent a round), the split
 * is refused and the waiter reads why in Portuguese, never the rule's English wording.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLE_PERMISSIONS } from '../auth/index.js';
import type { TestAppliance } from '../kernel/testing/harness.js';
import { apiAs, type Api, startDemoStore } from './test-support.js';

const ENGLISH = /\b(every|item|group|exactly|parts|empty)\b/i;

describe('a split by items on a bill that changed meanwhile', () => {
  let app: TestAppliance;
  let waiter: Api;
  let manager: Api;

  beforeAll(async () => {
    app = await startDemoStore();
    waiter = apiAs(app, [...ROLE_PERMISSIONS.WAITER], 'WAITER');
    manager = apiAs(app, [...ROLE_PERMISSIONS.MANAGER], 'MANAGER');
  });
  afterAll(() => app.close());

  it('naming a dish since taken off the bill is refused in Portuguese', async () => {
    const tab = (await waiter.post('/tables/table-3/tab', { guests: 2 })).body.data as { id: string };
    const round = await waiter.post(`/tabs/${tab.id}/rounds`, { items: [{ productId: 'prod-beer', quantity: 1, seat: 1 }, { productId: 'prod-onion-rings', quantity: 1, seat: 2 }, { productId: 'prod-brownie', quantity: 1, seat: 2 }] });
    expect(round.status, JSON.stringify(round.body)).toBe(200);
    const order = round.body.data.order as { id: string; items: { itemId: string }[] };
    const [beer, rings, brownie] = order.items.map((i) => i.itemId);
    const cancelled = await manager.post(`/orders/${order.id}/items/${brownie}/cancel`, { reason: 'desistiu' });
    expect(cancelled.status, JSON.stringify(cancelled.body)).toBe(200);

    const split = await waiter.post(`/tabs/${tab.id}/split`, { method: 'ITEMS', groups: [[beer], [rings, brownie]] });
    expect(split.status).toBe(422);
    expect(split.body.error.code).toBe('SPLIT_INVALID');
    expect(split.body.error.message).not.toMatch(ENGLISH);
    expect(split.body.error.message).toMatch(/conta mudou/i);
  });

  it('a dish new on the bill and left out of the split is refused in Portuguese too', async () => {
    const tab = (await waiter.post('/tables/table-4/tab', { guests: 2 })).body.data as { id: string };
    const first = await waiter.post(`/tabs/${tab.id}/rounds`, { items: [{ productId: 'prod-beer', quantity: 1, seat: 1 }] });
    const [beer] = (first.body.data.order.items as { itemId: string }[]).map((i) => i.itemId);
    expect((await waiter.post(`/tabs/${tab.id}/rounds`, { items: [{ productId: 'prod-brownie', quantity: 1, seat: 2 }] })).status).toBe(200);

    const split = await waiter.post(`/tabs/${tab.id}/split`, { method: 'ITEMS', groups: [[beer]] });
    expect(split.body.error.code).toBe('SPLIT_INVALID');
    expect(split.body.error.message).not.toMatch(ENGLISH);
  });
});
