import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEVICE_PERMISSIONS, ROLE_PERMISSIONS } from '../auth/index.js';
import { cashierModule } from '../cashier/index.js';
import { customersModule } from '../customers/index.js';
import { deliveryModule } from '../delivery/index.js';
import { startTestAppliance, type TestAppliance } from '../kernel/testing/harness.js';
import { createPaymentsModule } from '../payments/index.js';
import { workflowsModule } from './index.js';
import { apiAs, NOON_MONDAY, orderModules, type Api } from './test-support.js';

const CPF = '529.982.247-25';

/**
 * The CPF given "na nota" and a delivery's recipient, phone and street are a customer's personal
 * data: the till, which takes them, sees them; the waiter (who reads customers without managing
 * them) sees the CPF masked, as it sees the customers; the kitchen, its screens and an unattended
 * waiter tablet read orders to cook and serve them, and see neither.
 */
describe('personal data on orders is not the kitchen\'s', () => {
  let app: TestAppliance;
  let cashier: Api;
  let cook: Api;
  let kds: Api;
  let tablet: Api;
  let orderId: string;

  beforeAll(async () => {
    const modules = [...orderModules().filter((m) => m !== workflowsModule), customersModule, cashierModule, createPaymentsModule({}), deliveryModule, workflowsModule];
    app = await startTestAppliance(modules, { clock: NOON_MONDAY, env: { CHEFIA_DEMO: '1' } });
    const manager = apiAs(app, [...ROLE_PERMISSIONS.MANAGER], 'MANAGER');
    expect((await manager.post('/delivery/zones', { name: 'Pinheiros', kind: 'DISTRICT', districts: ['Pinheiros'], feeCents: 700, estimateMinutes: 40 })).status).toBe(201);
    cashier = apiAs(app, [...ROLE_PERMISSIONS.CASHIER], 'CASHIER');
    cook = apiAs(app, [...ROLE_PERMISSIONS.KITCHEN], 'KITCHEN');
    kds = apiAs(app, [...DEVICE_PERMISSIONS.KDS], 'KDS', 'device-kds');
    tablet = apiAs(app, [...DEVICE_PERMISSIONS.WAITER_TABLET], 'WAITER_TABLET', 'device-tablet');
    const created = await cashier.post('/orders', { channel: 'DELIVERY', consumerTaxId: CPF, items: [{ productId: 'prod-fries', quantity: 1 }], confirm: true });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    orderId = created.body.data.id;
    const destination = { street: 'Rua dos Pinheiros', number: '100', district: 'Pinheiros', city: 'São Paulo', state: 'SP', postalCode: '05422-000', recipientName: 'Maria Souza', phone: '+5511987654321' };
    const delivery = await cashier.post(`/delivery/orders/${orderId}`, { destination, payment: { prepaid: false, method: 'CASH', changeForCents: null } });
    expect(delivery.status, JSON.stringify(delivery.body)).toBe(201);
  });
  afterAll(() => app.close());

  it('the till reads the CPF and the destination', async () => {
    expect((await cashier.get(`/orders/${orderId}`)).body.data.consumerTaxId).toBe('52998224725');
    expect((await cashier.get(`/delivery/orders/${orderId}`)).body.data.destination).toMatchObject({ recipientName: 'Maria Souza', phone: '+5511987654321' });
  });

  it('the waiter reads the CPF masked, in the order and in the list', async () => {
    const waiter = apiAs(app, [...ROLE_PERMISSIONS.WAITER], 'WAITER');
    expect((await waiter.get(`/orders/${orderId}`)).body.data.consumerTaxId).toBe('***.982.247-**');
    expect((await waiter.get('/orders?channel=DELIVERY')).body.data.find((o: { id: string }) => o.id === orderId).consumerTaxId).toBe('***.982.247-**');
  });

  it('a cook and a KDS screen read the order without its CPF (only that one was given)', async () => {
    for (const reader of [cook, kds]) {
      const one = await reader.get(`/orders/${orderId}`);
      expect(one.status).toBe(200);
      expect(one.body.data.consumerTaxId).toBe('');
      const list = await reader.get('/orders?channel=DELIVERY');
      expect(list.status).toBe(200);
      expect(list.body.data.find((o: { id: string }) => o.id === orderId).consumerTaxId).toBe('');
    }
  });

  it('the cook\'s "ready" answer carries no CPF', async () => {
    const ready = await cook.post(`/orders/${orderId}/status`, { status: 'READY' });
    expect(ready.status, JSON.stringify(ready.body)).toBe(200);
    expect(ready.body.data.consumerTaxId).toBe('');
  });

  it('a cook, a KDS screen and a tablet nobody logged into cannot read where a delivery goes and to whom', async () => {
    const deliveryId = (await cashier.get(`/delivery/orders/${orderId}`)).body.data.id;
    for (const reader of [cook, kds]) {
      const byOrder = await reader.get(`/delivery/orders/${orderId}`);
      expect([byOrder.status, byOrder.body.error?.code]).toEqual([403, 'FORBIDDEN']);
      const byId = await reader.get(`/delivery/deliveries/${deliveryId}`);
      expect([byId.status, byId.body.error?.code]).toEqual([403, 'FORBIDDEN']);
    }
    expect((await tablet.get(`/delivery/orders/${orderId}`)).status).toBe(403);
  });

  it('a table\'s tab read by a tablet nobody logged into shows no CPF', async () => {
    const waiter = apiAs(app, [...ROLE_PERMISSIONS.WAITER], 'WAITER');
    const tab = (await waiter.post('/tables/table-1/tab', { guests: 2 })).body.data;
    const round = await waiter.post(`/tabs/${tab.id}/rounds`, { items: [{ productId: 'prod-fries', quantity: 1 }] });
    expect(round.status, JSON.stringify(round.body)).toBe(200);
    const cpf = await waiter.post(`/orders/${tab.primaryOrderId}/consumer-tax-id`, { taxId: CPF });
    expect(cpf.status, JSON.stringify(cpf.body)).toBe(200);
    // The waiter who typed it reads it back masked: enough to see it is there and whose.
    expect((await waiter.get(`/tabs/${tab.id}`)).body.data.orders[0].consumerTaxId).toBe('***.982.247-**');
    const seen = await tablet.get(`/tabs/${tab.id}`);
    expect(seen.status).toBe(200);
    expect(seen.body.data.orders[0].consumerTaxId).toBe('');
  });
});
