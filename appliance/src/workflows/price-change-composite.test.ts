import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestAppliance } from '../kernel/testing/harness.js';
import { apiAs, startDemoStore, type Api } from './test-support.js';

describe('a category price change (reajuste) reaches what half-and-half pizzas are sold for', () => {
  let app: TestAppliance;
  let manager: Api;
  let cashier: Api;
  beforeAll(async () => {
    app = await startDemoStore();
    manager = apiAs(app, ['catalog.read', 'catalog.write'], 'MANAGER');
    cashier = apiAs(app, ['orders.create', 'orders.read'], 'CASHIER');
  });
  afterAll(() => app.close());

  it('+10 % on Pizzas: the preview promises R$ 50,49 for the pizza, and a Mussarela pizza is then sold for R$ 50,49, not the old R$ 45,90', async () => {
    const before = await cashier.post('/orders', { channel: 'COUNTER', items: [{ productId: 'prod-pizza-half', quantity: 1, options: ['mozzarella'] }] });
    expect(before.body.data.items[0].totalCents).toBe(4590);

    const change = await manager.post('/catalog/price-changes', { categoryId: 'cat-pizzas', percentBp: 1000, apply: true });
    expect(change.status, JSON.stringify(change.body)).toBe(200);
    expect(change.body.data.changes).toContainEqual({ productId: 'prod-pizza-half', name: 'Pizza grande meio a meio', fromCents: 4590, toCents: 5049 });
    // Each flavour is listed with its own new price: they are what a half-and-half pizza is charged by.
    expect(change.body.data.changes).toContainEqual({ productId: 'prod-pizza-half', optionId: 'mozzarella', name: 'Pizza grande meio a meio · Mussarela', fromCents: 4590, toCents: 5049 });

    const after = await cashier.post('/orders', { channel: 'COUNTER', items: [{ productId: 'prod-pizza-half', quantity: 1, options: ['mozzarella'] }] });
    expect(after.status).toBe(201);
    // The flavour prices (the only prices a COMPOSITE line is charged by) changed with it.
    expect(after.body.data.items[0].totalCents).toBe(5049);
  });
});
