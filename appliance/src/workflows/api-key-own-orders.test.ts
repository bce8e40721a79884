import { afterEach, describe, expect, it } from 'vitest';
import { startTestAppliance, type TestAppliance } from '../kernel/testing/harness.js';
import { NOON_MONDAY, orderModules } from './test-support.js';

async function call(app: TestAppliance, method: string, path: string, body: unknown, headers: Record<string, string>) {
  const res = await fetch(`${app.baseUrl}/api/v1${path}`, { method, headers: { 'content-type': 'application/json', ...headers }, body: body === undefined ? undefined : JSON.stringify(body) });
  return { status: res.status, body: (await res.json()) as any };
}

/**
 * An integration API key with the `orders.create` scope (a delivery aggregator) changes only the
 * orders it placed, like self-service callers (CUSTOMER users, KIOSK devices; orders/guards.ts
 * `assertMayChange`): not lines on a table's or the counter's open order, nor the CPF/CNPJ "na nota"
 * of any order.
 *
 * Harm: a third party's key (docs/security.md: "the key's scopes only"; docs/api.md: orders
 * created by a key "stay DRAFT until the store's staff confirm them") edits the store's own orders:
 * extra lines on a dine-in customer's bill, or another person's CPF on the NFC-e of a sale at the
 * counter (a fiscal document issued to the wrong taxpayer, and a CPF the store never got from the
 * customer). A leaked aggregator key becomes a way to tamper with every open bill in the store.
 */
describe('an integration key and the orders it did not place', () => {
  let app: TestAppliance;
  afterEach(() => app?.close());

  it('refuses an orders.create key changing a counter order created by staff', async () => {
    app = await startTestAppliance(orderModules(), { realAuth: true, clock: NOON_MONDAY, env: { CHEFIA_DEMO: '1' } });
    const login = await call(app, 'POST', '/auth/login', { username: 'admin', password: 'Admin#2026' }, {});
    expect(login.status, JSON.stringify(login.body)).toBe(200);
    const staff = { authorization: `Bearer ${login.body.data.accessToken}` };

    const issued = await call(app, 'POST', '/integrations/api-keys', { name: 'Agregador', scopes: ['catalog.read', 'orders.read', 'orders.create'] }, staff);
    expect(issued.status, JSON.stringify(issued.body)).toBe(201);
    const integration = { 'x-api-key': issued.body.data.key as string };

    // Control: the key places its own order, which stays a draft.
    const own = await call(app, 'POST', '/orders', { channel: 'DELIVERY', items: [{ productId: 'prod-fries', quantity: 1 }] }, integration);
    expect(own.status, JSON.stringify(own.body)).toBe(201);

    // A counter sale rung up by staff.
    const counter = await call(app, 'POST', '/orders', { channel: 'COUNTER', items: [{ productId: 'prod-fries', quantity: 1 }], confirm: true }, staff);
    expect(counter.status, JSON.stringify(counter.body)).toBe(201);
    const orderId = counter.body.data.id as string;
    const totalBefore = counter.body.data.totalCents;

    const cpf = await call(app, 'POST', `/orders/${orderId}/consumer-tax-id`, { taxId: '529.982.247-25' }, integration);
    const items = await call(app, 'POST', `/orders/${orderId}/items`, { items: [{ productId: 'prod-fries', quantity: 5 }] }, integration);

    expect({ cpf: cpf.status, items: items.status }).toEqual({ cpf: 403, items: 403 });
    const after = await call(app, 'GET', `/orders/${orderId}`, undefined, staff);
    expect({ consumerTaxId: after.body.data.consumerTaxId, totalCents: after.body.data.totalCents }).toEqual({ consumerTaxId: null, totalCents: totalBefore });
  });
});
