import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLE_PERMISSIONS } from '../auth/index.js';
import type { TestAppliance } from '../kernel/testing/harness.js';
import { apiAs, startDemoStore, type Api } from './test-support.js';

/** A CUSTOMER (self-order app / totem login) acts only on the orders they created. */
describe('a customer and another customer\'s order', () => {
  let app: TestAppliance;
  let alice: Api;
  let mallory: Api;
  let aliceOrder: string;

  beforeAll(async () => {
    app = await startDemoStore();
    alice = apiAs(app, [...ROLE_PERMISSIONS.CUSTOMER], 'CUSTOMER', 'cust-alice');
    mallory = apiAs(app, [...ROLE_PERMISSIONS.CUSTOMER], 'CUSTOMER', 'cust-mallory');
    const created = await alice.post('/orders', { channel: 'TAKEOUT', items: [{ productId: 'prod-fries', quantity: 1 }], consumerTaxId: '529.982.247-25' });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    aliceOrder = created.body.data.id;
  });
  afterAll(async () => {
    await app.close();
  });

  it('refuses setting or clearing the CPF na nota of an order another customer created', async () => {
    const items = await mallory.post(`/orders/${aliceOrder}/items`, { items: [{ productId: 'prod-fries', quantity: 1 }] });
    expect(items.status).toBe(403);

    const res = await mallory.post(`/orders/${aliceOrder}/consumer-tax-id`, { taxId: null });
    // The answer must not hand Mallory Alice's order, nor change it.
    expect(res.status, JSON.stringify(res.body)).toBe(403);
    expect(res.body.error?.code).toBe('ORDER_NOT_OWNER');
  });
});
