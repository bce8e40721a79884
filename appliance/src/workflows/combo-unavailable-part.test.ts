import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestAppliance } from '../kernel/testing/harness.js';
import { apiAs, startDemoStore, type Api } from './test-support.js';

describe('a combo cannot carry a product that is out (deactivated)', () => {
  let app: TestAppliance;
  let cashier: Api;
  const patch = (path: string, body: unknown) =>
    fetch(`${app.baseUrl}/api/v1${path}`, { method: 'PATCH', headers: { 'content-type': 'application/json', authorization: app.bearer(['catalog.write'], { role: 'MANAGER', id: 'user-manager' }) }, body: JSON.stringify(body) });

  beforeAll(async () => {
    app = await startDemoStore();
    cashier = apiAs(app, ['orders.create', 'orders.read', 'orders.confirm'], 'CASHIER');
  });
  afterAll(() => app.close());

  it('onion rings taken off the menu (PATCH active:false, "acabou") are refused alone and as the combo side', async () => {
    expect((await patch('/products/prod-onion-rings', { active: false })).status).toBe(200);
    const alone = await cashier.post('/orders', { channel: 'COUNTER', items: [{ productId: 'prod-onion-rings', quantity: 1 }] });
    expect([alone.status, alone.body.error?.code]).toEqual([422, 'ORDER_PRODUCT_UNAVAILABLE']);

    const combo = await cashier.post('/orders', {
      channel: 'COUNTER',
      items: [{ productId: 'prod-combo-classic', quantity: 1, options: ['medium', 'side-rings', 'drink-coke'] }],
    });
    // Not sold with the rings' upcharge and a FRYER ticket for rings there are none of.
    expect([combo.status, combo.body.error?.code, combo.body.error?.message]).toEqual([422, 'ORDER_PRODUCT_UNAVAILABLE', 'Anéis de cebola está indisponível no momento.']);
    // The same combo with fries is sold.
    const withFries = await cashier.post('/orders', { channel: 'COUNTER', items: [{ productId: 'prod-combo-classic', quantity: 1, options: ['medium', 'side-fries', 'drink-coke'] }] });
    expect(withFries.status, JSON.stringify(withFries.body)).toBe(201);
  });

  it('the combo\'s fixed burger taken off the menu: the combo is refused too', async () => {
    expect((await patch('/products/prod-classic-burger', { active: false })).status).toBe(200);
    const combo = await cashier.post('/orders', {
      channel: 'COUNTER',
      items: [{ productId: 'prod-combo-classic', quantity: 1, options: ['medium', 'side-fries', 'drink-coke'] }],
    });
    expect([combo.status, combo.body.error?.code]).toEqual([422, 'ORDER_PRODUCT_UNAVAILABLE']);
  });
});
