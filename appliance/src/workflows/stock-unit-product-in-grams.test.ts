import { describe, expect, it } from 'vitest';
import { useTillWithOpenDrawer } from './till-test-support.js';

/**
 * Tracking a product sold by the unit with goods bought by weight (brownies bought by the kilo,
 * sold one by one). A sale line says "2 brownies": nothing tells stock how many grams that is but
 * a recipe, so the product's own stock item must count brownies; goods counted in grams are an
 * ingredient whose grams per brownie the recipe gives. Linking a gram item to the product is
 * refused with the way to set it up, rather than taking 1 g per brownie sold.
 */
describe('a product sold by the unit, tracked by weight', () => {
  const till = useTillWithOpenDrawer();

  const onHandOf = async (id: string) => (await till.manager.get(`/stock/items/${id}`)).body.data.onHand as number;

  it('refuses a gram item as the own stock of a product sold by the unit, saying how to set it up', async () => {
    const linked = await till.manager.post('/stock/items', { productId: 'prod-brownie', name: 'Brownie (massa)', kind: 'PRODUCT', unit: 'GRAM', initialQuantity: 5_000 });
    expect(linked.status).toBe(422);
    expect(linked.body.error.code).toBe('STOCK_PRODUCT_SOLD_BY_UNIT');
    expect(linked.body.error.message).toContain('Brownie com sorvete');
    expect(linked.body.error.message).toContain('receita');
    expect((await till.manager.get('/stock/items')).body.data.some((i: { productId: string | null }) => i.productId === 'prod-brownie')).toBe(false);
  });

  it('takes the recipe grams per unit sold once the goods are an ingredient', async () => {
    const dough = await till.manager.post('/stock/items', { name: 'Brownie (massa)', kind: 'INGREDIENT', unit: 'GRAM', initialQuantity: 5_000 });
    expect(dough.status, JSON.stringify(dough.body)).toBe(201);
    expect((await till.manager.put('/stock/recipes/prod-brownie', { lines: [{ stockItemId: dough.body.data.id, quantity: 120 }] })).status).toBe(200);
    await till.sellAtCounter('prod-brownie', 2);
    expect(await onHandOf(dough.body.data.id)).toBe(5_000 - 240);
  });

  it('a product sold by weight counts its own stock in grams, never in units', async () => {
    const inUnits = await till.manager.post('/stock/items', { productId: 'prod-salad-bar', name: 'Buffet de saladas', kind: 'PRODUCT', unit: 'MILLIUNIT' });
    expect([inUnits.status, inUnits.body.error?.code]).toEqual([422, 'STOCK_PRODUCT_SOLD_BY_WEIGHT']);
    const inGrams = await till.manager.post('/stock/items', { productId: 'prod-salad-bar', name: 'Buffet de saladas', kind: 'PRODUCT', unit: 'GRAM', initialQuantity: 10_000 });
    expect(inGrams.status, JSON.stringify(inGrams.body)).toBe(201);
    await till.sellAtCounter('prod-salad-bar', 350);
    expect(await onHandOf(inGrams.body.data.id)).toBe(10_000 - 350);
  });
});
