import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEVICE_PERMISSIONS } from '../auth/index.js';
import { VirtualCardNetwork, VirtualCardProvider } from '../devices/tef/index.js';
import type { TestAppliance } from '../kernel/testing/harness.js';
import { createPaymentsModule } from '../payments/index.js';
import { apiAs, apiWith, type Api, startTillStore } from './test-support.js';

/**
 * A kiosk order goes to the kitchen only once paid. When the counter marks a product "acabou"
 * (switched off), switches off its whole category, or takes it off the kiosk while a customer is
 * still choosing, the order already made from the cart must not be charged: paid, it would reach a
 * kitchen that cannot make it, and the store would owe the customer a refund. The kiosk is told
 * before any money moves, in pt-BR, and the order sells again once the product is back.
 */
describe('a kiosk order with a product switched off since it was made', () => {
  let app: TestAppliance;
  const network = new VirtualCardNetwork();
  let kiosk: Api;
  let manager: Api;

  beforeAll(async () => {
    app = await startTillStore(createPaymentsModule({ pixGateways: [], card: new VirtualCardProvider(network) }));
    kiosk = apiWith(app, app.bearer([...DEVICE_PERMISSIONS.KIOSK], { type: 'device', id: 'kiosk-1', role: undefined, deviceKind: 'KIOSK' }));
    manager = apiAs(app, ['catalog.read', 'catalog.write', 'orders.read'], 'MANAGER');
  });
  afterAll(() => app.close());

  const kioskOrder = async (items: { productId: string; quantity: number; options?: string[] }[]) => {
    const created = await kiosk.post('/orders', { channel: 'KIOSK', items });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    return created.body.data.id as string;
  };
  const paidCents = async (orderId: string) => (await kiosk.get(`/orders/${orderId}/payments`)).body.data.balance.paidCents as number;
  /** The counter's quick "acabou" / "voltou" on a product (PATCH /products/{id}). */
  const markActive = async (productId: string, active: boolean) => {
    const res = await fetch(`${app.baseUrl}/api/v1/products/${productId}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', authorization: app.bearer(['catalog.write'], { role: 'MANAGER', id: 'user-manager' }) },
      body: JSON.stringify({ active }),
    });
    expect(res.status).toBe(200);
  };
  const statusOf = (orderId: string) => app.ctx.db.prepare('SELECT status FROM orders WHERE id = ?').pluck().get(orderId);

  it('refuses the card while a product of the order is marked out, and takes it once the product is back', async () => {
    const orderId = await kioskOrder([{ productId: 'prod-onion-rings', quantity: 1 }, { productId: 'prod-fries', quantity: 1 }]);
    await markActive('prod-onion-rings', false);

    const refused = await kiosk.post(`/orders/${orderId}/payments`, { method: 'CREDIT' });
    expect([refused.status, refused.body.error?.code, refused.body.error?.message]).toEqual([422, 'ORDER_PRODUCT_UNAVAILABLE', 'Anéis de cebola está indisponível no momento.']);
    expect(await paidCents(orderId)).toBe(0);
    expect(statusOf(orderId)).toBe('DRAFT');

    await markActive('prod-onion-rings', true);
    expect((await kiosk.post(`/orders/${orderId}/payments`, { method: 'CREDIT' })).status).toBe(201);
    await expect.poll(() => statusOf(orderId), { timeout: 5_000 }).toBe('CONFIRMED');
  });

  it('refuses the payment of a combo whose burger the counter marked out', async () => {
    const combo = (await manager.get('/products/prod-combo-classic')).body.data;
    const options = combo.optionGroups.filter((g: { minChoices: number }) => g.minChoices > 0).map((g: { options: { id: string }[] }) => g.options[0].id);
    const orderId = await kioskOrder([{ productId: 'prod-combo-classic', quantity: 1, options }]);
    await markActive('prod-classic-burger', false);

    const refused = await kiosk.post(`/orders/${orderId}/payments`, { method: 'CREDIT' });
    expect([refused.status, refused.body.error?.code, refused.body.error?.message]).toEqual([422, 'ORDER_PRODUCT_UNAVAILABLE', 'X-Burger clássico está indisponível no momento.']);
    expect(await paidCents(orderId)).toBe(0);
    await markActive('prod-classic-burger', true);
  });

  it('refuses the payment when the product\'s category was switched off', async () => {
    const orderId = await kioskOrder([{ productId: 'prod-brownie', quantity: 1 }]);
    const category = (await manager.get('/categories/cat-desserts')).body.data;
    expect((await manager.put('/categories/cat-desserts', { ...category, active: false })).status).toBe(200);

    const refused = await kiosk.post(`/orders/${orderId}/payments`, { method: 'CREDIT' });
    expect([refused.status, refused.body.error?.code]).toEqual([422, 'ORDER_PRODUCT_UNAVAILABLE']);
    expect(await paidCents(orderId)).toBe(0);
  });

  it('refuses the payment when the product was taken off the kiosk', async () => {
    const orderId = await kioskOrder([{ productId: 'prod-orange-juice', quantity: 1 }]);
    const juice = (await manager.get('/products/prod-orange-juice')).body.data;
    const changed = await manager.put('/products/prod-orange-juice', { ...juice, channels: ['COUNTER', 'TABLE', 'TAKEOUT'] });
    expect(changed.status, JSON.stringify(changed.body)).toBe(200);

    const refused = await kiosk.post(`/orders/${orderId}/payments`, { method: 'CREDIT' });
    expect([refused.status, refused.body.error?.code, refused.body.error?.message]).toEqual([422, 'ORDER_PRODUCT_UNAVAILABLE', 'Suco de laranja 500 ml está indisponível no momento.']);
    expect(await paidCents(orderId)).toBe(0);
  });
});
