/**
 * A manager switches the drinks happy hour off (no promotion this month) and later edits it in the
 * back office, to have next month's hours ready. Editing is not switching on: the promotion stays
 * off, the bar keeps charging full price, until the manager switches it back on.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLE_PERMISSIONS } from '../auth/index.js';
import type { TestAppliance } from '../kernel/testing/harness.js';
import { apiAs, startDemoStore, type Api } from './test-support.js';

describe('editing a promotion that is switched off', () => {
  let app: TestAppliance;
  let manager: Api;
  let cashier: Api;
  beforeAll(async () => {
    // Monday 18:30 in São Paulo: inside the demo happy hour (-30 % on drinks, weekdays 17:00-19:00).
    app = await startDemoStore({ clock: { now: () => new Date('2026-11-23T21:30:00.000Z') } });
    manager = apiAs(app, [...ROLE_PERMISSIONS.MANAGER], 'MANAGER');
    cashier = apiAs(app, [...ROLE_PERMISSIONS.CASHIER], 'CASHIER');
  });
  afterAll(() => app.close());

  const beerDiscount = async () => {
    const order = await cashier.post('/orders', { channel: 'COUNTER', items: [{ productId: 'prod-beer', quantity: 1 }] });
    expect(order.status, JSON.stringify(order.body)).toBe(201);
    return order.body.data.items[0].discountCents as number;
  };
  const stored = async (id: string) => ((await manager.get('/pricing/rules')).body.data as { rule: { id: string; from?: string }; active: boolean }[]).find((r) => r.rule.id === id)!;

  it('keeps it off: the beer is sold at full price inside the new hours', async () => {
    expect(await beerDiscount()).toBe(357);
    expect((await manager.post('/pricing/rules/happy-hour-drinks/active', { active: false })).status).toBe(200);
    expect(await beerDiscount()).toBe(0);

    const edited = await manager.put('/pricing/rules/happy-hour-drinks', {
      kind: 'HAPPY_HOUR', weekdays: [1, 2, 3, 4, 5], from: '18:00', to: '20:00', percentOffBp: 3000, target: { categoryIds: ['cat-drinks'] },
    });
    expect(edited.status, JSON.stringify(edited.body)).toBe(200);
    expect(edited.body.data.active).toBe(false);
    expect(await stored('happy-hour-drinks')).toMatchObject({ rule: { from: '18:00' }, active: false });
    expect(await beerDiscount()).toBe(0);
    const journaled = app.ctx.journal.readAfter(0).filter((e) => e.type === 'pricing.rule_upserted').at(-1);
    expect(journaled?.payload).toMatchObject({ rule: { id: 'happy-hour-drinks', from: '18:00' }, active: false });
  });

  it('a new rule starts on, and one edited while on stays on', async () => {
    const created = await manager.put('/pricing/rules/beer-2-off', { kind: 'FIXED_OFF', amountOffCents: 200, target: { productIds: ['prod-beer'] } });
    expect(created.body.data.active).toBe(true);
    const edited = await manager.put('/pricing/rules/beer-2-off', { kind: 'FIXED_OFF', amountOffCents: 300, target: { productIds: ['prod-beer'] } });
    expect(edited.body.data.active).toBe(true);
    expect(await beerDiscount()).toBe(300);
  });
});
