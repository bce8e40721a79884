/**
 * Combos built in the back office from the menu's products.
 *
 * - "a combo inside a combo is refused, or sold with the inner combo's parts": a "Combo família"
 *   whose fixed item is another combo (2 × the demo's Combo X-Burger, which asks for a side and a
 *   drink) would reach the kitchen as one component: no burger, side or drink listed (nor taken from
 *   stock), and the side and drink it requires could never be chosen. The store expects the catalog
 *   to refuse such a combo (422), or the order to carry the inner combo's own parts.
 * - "a weighed or timed product is no combo choice": a choice option naming the salad bar by weight
 *   or the billiards time could never get its weight or minutes on a combo line. The store expects
 *   422 PRODUCT_COMBO_ITEM_NOT_ALLOWED.
 * - "a combo's part cannot become a combo, nor be weighed": turning the combo's burger into a combo
 *   (or a product sold by weight) would put the same defect in a combo already on the menu. The store
 *   expects 422 PRODUCT_IS_COMBO_PART naming the combo, and the burger unchanged.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLE_PERMISSIONS } from '../auth/index.js';
import type { TestAppliance } from '../kernel/testing/harness.js';
import { apiAs, startDemoStore, type Api } from './test-support.js';

describe('combos made of other combos', () => {
  let app: TestAppliance;
  let manager: Api;
  let cashier: Api;

  beforeAll(async () => {
    app = await startDemoStore();
    manager = apiAs(app, [...ROLE_PERMISSIONS.MANAGER], 'MANAGER');
    cashier = apiAs(app, [...ROLE_PERMISSIONS.CASHIER], 'CASHIER');
  });
  afterAll(() => app.close());

  it('a combo inside a combo is refused, or sold with the inner combo\'s parts', async () => {
    const created = await manager.post('/products', {
      id: 'combo-familia', categoryId: 'cat-combos', sku: 'CMB-FAM', name: 'Combo família', type: 'COMBO', priceCents: 7490,
      combo: { items: [{ productId: 'prod-combo-classic', quantity: 2 }] },
    });
    if (created.status !== 201) {
      expect([created.status, created.body.error?.code]).toEqual([422, 'PRODUCT_COMBO_ITEM_NOT_ALLOWED']);
      return;
    }
    const order = await cashier.post('/orders', { channel: 'COUNTER', items: [{ productId: 'combo-familia', quantity: 1 }] });
    expect(order.status, JSON.stringify(order.body)).toBe(201);
    const components = order.body.data.items[0].components.map((c: { productId: string }) => c.productId);
    expect(components).not.toContain('prod-combo-classic');
    expect(components).toContain('prod-classic-burger');
  });

  it('a weighed or timed product is no combo choice', async () => {
    for (const productId of ['prod-salad-bar', 'prod-billiards']) {
      const created = await manager.post('/products', {
        id: `combo-${productId}`, categoryId: 'cat-combos', sku: `CMB-${productId}`, name: 'Combo com escolha', type: 'COMBO', priceCents: 4990,
        combo: { items: [{ productId: 'prod-classic-burger', quantity: 1 }] },
        optionGroups: [{ id: 'extra', name: 'Extra', kind: 'CHOICE', minChoices: 1, maxChoices: 1, options: [{ id: 'extra-1', name: 'Extra', productId }] }],
      });
      expect([created.status, created.body.error?.code]).toEqual([422, 'PRODUCT_COMBO_ITEM_NOT_ALLOWED']);
    }
  });

  it('a combo\'s part cannot become a combo, nor be weighed', async () => {
    const editable = async (id: string) => {
      const { unit: _unit, updatedAt: _updatedAt, photoUrl: _photoUrl, ...input } = (await manager.get(`/products/${id}`)).body.data;
      return input;
    };
    const asCombo = await manager.put('/products/prod-classic-burger', { ...(await editable('prod-classic-burger')), type: 'COMBO', combo: { items: [{ productId: 'prod-fries', quantity: 1 }] } });
    expect([asCombo.status, asCombo.body.error?.code]).toEqual([422, 'PRODUCT_IS_COMBO_PART']);
    const weighed = await manager.put('/products/prod-fries', { ...(await editable('prod-fries')), type: 'WEIGHT' });
    expect([weighed.status, weighed.body.error?.code]).toEqual([422, 'PRODUCT_IS_COMBO_PART']);
    expect((await manager.get('/products/prod-classic-burger')).body.data.type).toBe('SIMPLE');
  });
});
