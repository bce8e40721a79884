import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestAppliance } from '../kernel/testing/harness.js';
import { apiAs, startDemoStore, type Api } from './test-support.js';

const ORDER_PERMS = ['orders.create', 'orders.read'];

describe('a rule targeting a category reaches the products of its subcategories', () => {
  let app: TestAppliance;
  let cashier: Api;
  beforeAll(async () => {
    // Monday 18:30 in São Paulo: inside the demo happy hour "-30 % em Bebidas" (target cat-drinks).
    app = await startDemoStore({ clock: { now: () => new Date('2026-11-23T21:30:00.000Z') } });
    cashier = apiAs(app, ORDER_PERMS, 'CASHIER');
  });
  afterAll(() => app.close());

  it('the drinks happy hour takes 30 % off a Coca-Cola, filed under Bebidas > Refrigerantes, as it does a beer', async () => {
    const res = await cashier.post('/orders', {
      channel: 'COUNTER',
      items: [
        { productId: 'prod-beer', quantity: 1 },
        { productId: 'prod-coke', quantity: 2 },
      ],
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const [beer, coke] = res.body.data.items;
    expect([beer.grossCents, beer.discountCents, beer.appliedRules]).toEqual([1190, 357, ['HAPPY_HOUR:happy-hour-drinks']]);
    // 2 × 6,90 = 13,80; 30 % = 4,14. The Coca is a drink (cat-soft-drinks has parent cat-drinks).
    expect([coke.grossCents, coke.discountCents, coke.totalCents, coke.appliedRules]).toEqual([1380, 414, 966, ['HAPPY_HOUR:happy-hour-drinks']]);
  });
});
