import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLE_PERMISSIONS } from '../auth/index.js';
import { cashierModule } from '../cashier/index.js';
import { customersModule } from '../customers/index.js';
import { deliveryModule } from '../delivery/index.js';
import { startTestAppliance, type TestAppliance } from '../kernel/testing/harness.js';
import { createPaymentsModule } from '../payments/index.js';
import { workflowsModule } from './index.js';
import { apiAs, NOON_MONDAY, orderModules, type Api } from './test-support.js';

const address = (name: string) => ({
  street: 'Rua dos Pinheiros',
  number: '100',
  district: 'Pinheiros',
  city: 'São Paulo',
  state: 'SP',
  postalCode: '05422-000',
  recipientName: name,
  phone: '+5511987654321',
});

/**
 * `POST /delivery/orders/{id}` needs `orders.create`, which the CUSTOMER role (self-order app)
 * holds: a customer may neither send another customer's delivery order to their own address, nor
 * declare their own unpaid order "prepaid" so the courier collects nothing.
 */
describe('delivery set up by a customer', () => {
  let app: TestAppliance;
  let alice: Api;
  let mallory: Api;

  beforeAll(async () => {
    const modules = [...orderModules().filter((m) => m !== workflowsModule), customersModule, cashierModule, createPaymentsModule({}), deliveryModule, workflowsModule];
    app = await startTestAppliance(modules, { clock: NOON_MONDAY, env: { CHEFIA_DEMO: '1' } });
    const manager = apiAs(app, [...ROLE_PERMISSIONS.MANAGER], 'MANAGER');
    expect((await manager.post('/delivery/zones', { name: 'Pinheiros', kind: 'DISTRICT', districts: ['Pinheiros'], feeCents: 700, estimateMinutes: 40 })).status).toBe(201);
    alice = apiAs(app, [...ROLE_PERMISSIONS.CUSTOMER], 'CUSTOMER', 'cust-alice');
    mallory = apiAs(app, [...ROLE_PERMISSIONS.CUSTOMER], 'CUSTOMER', 'cust-mallory');
  });
  afterAll(async () => {
    await app.close();
  });

  const deliveryOrder = async (as: Api) => {
    const created = await as.post('/orders', { channel: 'DELIVERY', items: [{ productId: 'prod-fries', quantity: 2 }], confirm: true });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    return created.body.data as { id: string; totalCents: number; paidAt: string | null };
  };

  it('refuses a customer sending another customer\'s order to their own address', async () => {
    const order = await deliveryOrder(alice);
    const res = await mallory.post(`/delivery/orders/${order.id}`, { destination: address('Mallory'), payment: { prepaid: false, method: 'CASH', changeForCents: null } });
    expect(res.status, JSON.stringify(res.body)).toBe(403);
  });

  it('has the courier collect what is owed when nothing was paid, whatever "prepaid" the caller claims', async () => {
    const order = await deliveryOrder(mallory);
    expect(order.paidAt).toBeNull();
    const res = await mallory.post(`/delivery/orders/${order.id}`, { destination: address('Mallory'), payment: { prepaid: true, method: 'PIX', changeForCents: null } });
    expect([res.status, res.body.error?.code]).toEqual([422, 'DELIVERY_NOT_PREPAID']);
    const atTheDoor = await mallory.post(`/delivery/orders/${order.id}`, { destination: address('Mallory'), payment: { prepaid: false, method: 'CASH', changeForCents: null } });
    expect(atTheDoor.status, JSON.stringify(atTheDoor.body)).toBe(201);
    expect(atTheDoor.body.data.amountDueCents).toBe(order.totalCents + 700);
  });
});
