import { describe, expect, it } from 'vitest';
import { useTillWithOpenDrawer } from './till-test-support.js';

/**
 * A combo leaves in a bag: the owner gives the "Combo X-Burger + porção + bebida" a recipe for its
 * packaging. The burger, the side and the can the guest chose still leave stock with each combo,
 * and a can that is sold out still refuses the combo; a recipe line that names one of the parts
 * says how much of it the combo takes, once.
 */
describe('a combo with a recipe of its own', () => {
  const till = useTillWithOpenDrawer();

  const newItem = async (fields: Record<string, unknown>) => {
    const res = await till.manager.post('/stock/items', { availabilityPolicy: 'BLOCK', ...fields });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body.data.id as string;
  };
  const reservedOf = async (id: string) => (await till.manager.get(`/stock/items/${id}`)).body.data.reserved as number;
  const orderCombos = (quantity: number) =>
    till.cashier.post('/orders', { channel: 'COUNTER', items: [{ productId: 'prod-combo-classic', quantity, options: ['medium', 'side-fries', 'drink-coke'] }], confirm: true });

  it('holds the chosen parts and the packaging', async () => {
    const cans = await newItem({ productId: 'prod-coke', name: 'Coca-Cola lata', kind: 'PRODUCT', unit: 'MILLIUNIT', initialQuantity: 24_000 });
    const fries = await newItem({ productId: 'prod-fries', name: 'Batata frita porção', kind: 'PRODUCT', unit: 'MILLIUNIT', initialQuantity: 20_000 });
    const bags = await newItem({ name: 'Sacola do combo', kind: 'INGREDIENT', unit: 'MILLIUNIT', initialQuantity: 100_000 });
    const stored = await till.manager.put('/stock/recipes/prod-combo-classic', { lines: [{ stockItemId: bags, quantity: 1_000 }, { stockItemId: fries, quantity: 1_500 }] });
    expect(stored.status, JSON.stringify(stored.body)).toBe(200);

    const order = await orderCombos(2);
    expect(order.status, JSON.stringify(order.body)).toBe(201);

    expect(await reservedOf(cans)).toBe(2_000);
    expect(await reservedOf(bags)).toBe(2_000);
    // The recipe says a combo takes a portion and a half of fries: that, not one more portion on top.
    expect(await reservedOf(fries)).toBe(3_000);
  });

  it('refuses the combo when the can the guest chose is sold out', async () => {
    const items = (await till.manager.get('/stock/items')).body.data as { id: string; productId: string | null; available: number }[];
    const cans = items.find((i) => i.productId === 'prod-coke')!;
    expect((await till.manager.post('/stock/movements', { type: 'LOSS', stockItemId: cans.id, quantity: cans.available, reason: 'latas amassadas' })).status).toBe(201);

    const order = await orderCombos(1);
    expect([order.status, order.body.error?.code]).toEqual([422, 'STOCK_UNAVAILABLE']);
    expect(order.body.error.message).toBe('Sem estoque para: Coca-Cola lata.');
  });
});
