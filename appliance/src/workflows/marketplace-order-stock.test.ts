import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLE_PERMISSIONS } from '../auth/index.js';
import { waitUntil } from '../kernel/testing/wait-until.js';
import type { TestAppliance } from '../kernel/testing/harness.js';
import { getMarketplaceOrder, setItemMapping } from '../marketplace/index.js';
import { createStockItem, findStockItem, type StockItem } from '../stock/index.js';
import { marketplaceDriver, platformOrder, startMarketplaceStore } from './marketplace-test-support.js';
import { apiAs, type Api } from './test-support.js';

/**
 * Stock taken by orders from the ordering apps, as by the same sale at the counter: a combo takes
 * out its burger, and the side and drink the customer chose in the app (options whose codes are
 * mapped to the combo's choices), and an extra asked on a burger whose code is mapped to a store
 * product (its fries) takes that product out too. A product sold by weight cannot be mapped: an app line counts
 * units, never grams, so the store maps the app's portion to a product sold by the unit, with its
 * recipe (it used to take a whole kilogram's recipe per portion).
 */
describe('stock taken by marketplace orders', () => {
  let app: TestAppliance;
  let manager: Api;
  const store = marketplaceDriver(() => app);
  const items: Record<string, StockItem> = {};
  const levels = () => Object.fromEntries(Object.entries(items).map(([name, item]) => [name, findStockItem(app.ctx.db, item.id)!]));

  beforeAll(async () => {
    app = await startMarketplaceStore();
    manager = apiAs(app, [...ROLE_PERMISSIONS.MANAGER], 'MANAGER');
    await store.mapMenu();
    await store.put('/marketplace/mappings', { platform: 'IFOOD', externalCode: 'IF-COMBO', productId: 'prod-combo-classic' });
    await store.put('/marketplace/mappings', { platform: 'IFOOD', externalCode: 'IF-COKE', productId: 'prod-coke' });
    await store.autoAccept();
    await app.ctx.commands.run('test.stock', (tx) => {
      items.burger = createStockItem(tx, { productId: 'prod-classic-burger', name: 'X-Burger', kind: 'PRODUCT', unit: 'MILLIUNIT', initialQuantity: 20_000 });
      items.fries = createStockItem(tx, { productId: 'prod-fries', name: 'Batata frita (porção)', kind: 'PRODUCT', unit: 'MILLIUNIT', initialQuantity: 20_000 });
      items.coke = createStockItem(tx, { productId: 'prod-coke', name: 'Coca lata', kind: 'PRODUCT', unit: 'MILLIUNIT', initialQuantity: 20_000 });
      items.lettuce = createStockItem(tx, { name: 'Alface', kind: 'INGREDIENT', unit: 'GRAM', initialQuantity: 10_000 });
    });
  });
  afterAll(() => app.close());

  it('a combo takes out its parts as the same combo sold at the counter does', async () => {
    const comboLine = {
      externalCode: 'IF-COMBO', name: 'Combo X-Burger', quantity: 2, unitPriceCents: 3990, totalCents: 7980, notes: null,
      options: [{ externalCode: 'IF-FRIES', name: 'Batata frita', quantity: 1, priceCents: 0 }, { externalCode: 'IF-COKE', name: 'Coca-Cola', quantity: 1, priceCents: 0 }],
    };
    expect(await store.push('marketplace.order_received', platformOrder('3001', { items: [comboLine], subtotalCents: 7980, totalCents: 7980 }))).toBe('applied');
    const accepted = getMarketplaceOrder(app.ctx.db, 'mo-3001')!;
    expect(accepted.status).toBe('ACCEPTED');
    const held = { burger: 2_000, fries: 2_000, coke: 2_000 };
    expect(levels()).toMatchObject({ burger: { reserved: held.burger }, fries: { reserved: held.fries }, coke: { reserved: held.coke } });

    // The same two combos at the counter hold as much again.
    const counter = await manager.post('/orders', { channel: 'COUNTER', items: [{ productId: 'prod-combo-classic', quantity: 2, options: ['medium', 'side-fries', 'drink-coke'] }], confirm: true });
    expect(counter.status, JSON.stringify(counter.body)).toBe(201);
    expect(levels()).toMatchObject({ burger: { reserved: 2 * held.burger }, fries: { reserved: 2 * held.fries }, coke: { reserved: 2 * held.coke } });

    // Delivered: the platform order's parts leave the shelf.
    for (const status of ['READY', 'COMPLETED']) expect((await manager.post(`/orders/${accepted.orderId}/status`, { status })).status).toBe(200);
    await waitUntil('the delivered combo taken out', () => levels().burger.onHand, (onHand) => onHand === 18_000);
    expect(levels()).toMatchObject({ burger: { onHand: 18_000 }, fries: { onHand: 18_000 }, coke: { onHand: 18_000 } });
  });

  it('a combo\'s choice asked twice in the app ("2x Coca-Cola") takes two of it out per combo', async () => {
    const before = levels();
    const comboLine = {
      externalCode: 'IF-COMBO', name: 'Combo X-Burger', quantity: 3, unitPriceCents: 4490, totalCents: 13_470, notes: null,
      options: [{ externalCode: 'IF-FRIES', name: 'Batata frita', quantity: 1, priceCents: 0 }, { externalCode: 'IF-COKE', name: 'Coca-Cola', quantity: 2, priceCents: 500 }],
    };
    expect(await store.push('marketplace.order_received', platformOrder('3003', { items: [comboLine], subtotalCents: 13_470, totalCents: 13_470 }))).toBe('applied');
    expect(getMarketplaceOrder(app.ctx.db, 'mo-3003')!.status).toBe('ACCEPTED');
    expect(levels()).toMatchObject({
      burger: { reserved: before.burger.reserved + 3_000 },
      fries: { reserved: before.fries.reserved + 3_000 },
      coke: { reserved: before.coke.reserved + 6_000 },
    });
  });

  it('an extra asked in the app that is a store product (fries with the burger) takes it out per burger', async () => {
    const before = levels();
    const burgerLine = {
      externalCode: 'IF-XBURGER', name: 'X-Burger', quantity: 2, unitPriceCents: 4290, totalCents: 8580, notes: null,
      options: [{ externalCode: 'IF-FRIES', name: 'Batata frita', quantity: 2, priceCents: 650 }, { externalCode: 'IF-NO-ONION', name: 'Sem cebola', quantity: 1, priceCents: 0 }],
    };
    expect(await store.push('marketplace.order_received', platformOrder('3004', { items: [burgerLine], subtotalCents: 8580, totalCents: 8580 }))).toBe('applied');
    expect(getMarketplaceOrder(app.ctx.db, 'mo-3004')!.status).toBe('ACCEPTED');
    expect(levels()).toMatchObject({ burger: { reserved: before.burger.reserved + 2_000 }, fries: { reserved: before.fries.reserved + 4_000 } });
  });

  it('refuses to map an app item to a product sold by weight', async () => {
    const mapping = await manager.put('/marketplace/mappings', { platform: 'IFOOD', externalCode: 'IF-SALAD', productId: 'prod-salad-bar' });
    expect(mapping.status).toBe(422);
    expect(mapping.body.error.code).toBe('MARKETPLACE_PRODUCT_SOLD_BY_WEIGHT');
    expect(mapping.body.error.message).toContain('Buffet de saladas');
  });

  it('an order whose item was mapped to a product sold by weight waits for the operator, taking nothing', async () => {
    expect((await manager.put('/stock/recipes/prod-salad-bar', { lines: [{ stockItemId: items.lettuce.id, quantity: 400 }] })).status).toBe(200);
    // A mapping made before weighed products were refused.
    await app.ctx.commands.run('test.mapping', (tx) => setItemMapping(tx, 'IFOOD', 'IF-SALAD', 'prod-salad-bar'));
    const saladLine = { externalCode: 'IF-SALAD', name: 'Salada 300 g', quantity: 1, unitPriceCents: 2490, totalCents: 2490, notes: null, options: [] };
    expect(await store.push('marketplace.order_received', platformOrder('3002', { items: [saladLine], subtotalCents: 2490, totalCents: 2490 }))).toBe('applied');
    expect(getMarketplaceOrder(app.ctx.db, 'mo-3002')).toMatchObject({ status: 'RECEIVED', attention: 'UNMAPPED_ITEMS', orderId: null });
    expect(levels().lettuce).toMatchObject({ onHand: 10_000, reserved: 0 });
  });
});
