import { describe, expect, it } from 'vitest';
import { useTillWithOpenDrawer } from './till-test-support.js';

/**
 * A product counted on its own shelf (brownies baked in the morning, counted one by one) that is
 * served with something else (a scoop of ice cream) has both: its own stock item and a recipe for
 * the extras. Each sale takes one brownie off its shelf and the ice cream off the freezer; giving
 * the product a recipe must not stop its own count from going down, or the brownies would never
 * sell out and the count would show brownies that were eaten.
 */
describe('a product with its own stock and a recipe', () => {
  const till = useTillWithOpenDrawer();

  const levelOf = till.stockLevel;
  const newItem = till.newStockItem;

  it('takes the product off its own shelf and its recipe off the ingredients', async () => {
    const brownies = await newItem({ productId: 'prod-brownie', name: 'Brownie', kind: 'PRODUCT', unit: 'MILLIUNIT', initialQuantity: 10_000 });
    const iceCream = await newItem({ name: 'Sorvete de creme', kind: 'INGREDIENT', unit: 'GRAM', initialQuantity: 2_000 });
    expect((await till.manager.put('/stock/recipes/prod-brownie', { lines: [{ stockItemId: iceCream, quantity: 80 }] })).status).toBe(200);

    await till.sellAtCounter('prod-brownie', 2);

    expect(await levelOf(brownies)).toEqual({ onHand: 8_000, reserved: 0 });
    expect(await levelOf(iceCream)).toEqual({ onHand: 2_000 - 160, reserved: 0 });
  });

  it('a sold-out product is refused even once it has a recipe', async () => {
    const cans = await newItem({ productId: 'prod-coke', name: 'Coca-Cola lata', kind: 'PRODUCT', unit: 'MILLIUNIT', initialQuantity: 1_000 });
    const cups = await newItem({ name: 'Copo descartável', kind: 'INGREDIENT', unit: 'MILLIUNIT', initialQuantity: 50_000 });
    expect((await till.manager.put('/stock/recipes/prod-coke', { lines: [{ stockItemId: cups, quantity: 1_000 }] })).status).toBe(200);

    const order = await till.cashier.post('/orders', { channel: 'COUNTER', items: [{ productId: 'prod-coke', quantity: 2 }], confirm: true });
    expect([order.status, order.body.error?.code]).toEqual([422, 'STOCK_UNAVAILABLE']);
    expect(order.body.error.message).toBe('Sem estoque para: Coca-Cola lata.');
    expect(await levelOf(cans)).toEqual({ onHand: 1_000, reserved: 0 });
  });

  it('a recipe that names the product\'s own item takes it once', async () => {
    const fries = await newItem({ productId: 'prod-fries', name: 'Porção de fritas', kind: 'PRODUCT', unit: 'MILLIUNIT', initialQuantity: 5_000 });
    expect((await till.manager.put('/stock/recipes/prod-fries', { lines: [{ stockItemId: fries, quantity: 1_000 }] })).status).toBe(200);
    await till.sellAtCounter('prod-fries', 1);
    expect(await levelOf(fries)).toEqual({ onHand: 4_000, reserved: 0 });
  });
});
