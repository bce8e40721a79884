import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cashierModule } from '../cashier/index.js';
import { customersModule } from '../customers/index.js';
import { deliveryModule } from '../delivery/index.js';
import { fiscalModule } from '../fiscal/index.js';
import { startTestAppliance, type TestAppliance } from '../kernel/testing/harness.js';
import { createPaymentsModule } from '../payments/index.js';
import { workflowsModule } from './index.js';
import { accessThenDelete, apiAs, NOON_MONDAY, orderModules, type Api } from './test-support.js';

const STREET = 'Rua Fradique Coutinho';
const RECIPIENT = 'Joana Bezerra';
const PHONE = '(11) 96666-4321';
const address = { street: STREET, number: '310', complement: null, district: 'Pinheiros', city: 'São Paulo', state: 'SP', postalCode: '05416-000', reference: null };

/**
 * The back office and the POS send every step with an Idempotency-Key, so that a retry after a
 * dropped connection changes nothing and gets the answer again. A delivery's answer names who
 * receives it, their phone and address: once the customer asked for deletion, a retry of a step
 * taken before must not bring them back. The retry answers the delivery as it is now.
 */
describe('a retried delivery step after the customer\'s data was erased', () => {
  let app: TestAppliance;
  let staff: Api;

  beforeAll(async () => {
    const modules = [...orderModules().filter((m) => m !== workflowsModule), customersModule, cashierModule, createPaymentsModule({ pixGateways: [] }), deliveryModule, fiscalModule, workflowsModule];
    app = await startTestAppliance(modules, { clock: NOON_MONDAY, env: { CHEFIA_DEMO: '1' } });
    staff = apiAs(app, ['business_day.manage', 'orders.read', 'orders.create', 'orders.confirm', 'orders.fulfil', 'customers.read', 'customers.manage', 'customers.erase'], 'MANAGER');
    expect((await staff.post('/delivery/zones', { name: 'Pinheiros', kind: 'DISTRICT', districts: ['Pinheiros'], feeCents: 700, estimateMinutes: 40 })).status).toBe(201);
  });
  afterAll(() => app?.close());

  it('answers the retry of saving the address, making the delivery and dispatching it without the erased data', async () => {
    const customerId = (await staff.post('/customers', { name: RECIPIENT, phone: '11966664321' })).body.data.id;
    const courier = (await staff.post('/delivery/couriers', { name: 'Zé Motoboy', payPerDeliveryCents: 500 })).body.data;
    const order = (await staff.post('/orders', { channel: 'DELIVERY', customerId, items: [{ productId: 'prod-fries', quantity: 2 }] })).body.data;

    const steps: { path: string; body: unknown; key: string }[] = [];
    const step = async (path: string, body: unknown) => {
      const key = `step-${steps.length + 1}`;
      const res = await staff.post(path, body, { 'idempotency-key': key });
      expect(res.status, JSON.stringify(res.body)).toBeLessThan(300);
      steps.push({ path, body, key });
      return res.body.data;
    };
    const saved = await step('/delivery/addresses', { customerId, label: 'Casa', address });
    expect(saved.address.street).toBe(STREET);
    const delivery = await step(`/delivery/orders/${order.id}`, { destination: { ...address, recipientName: RECIPIENT, phone: PHONE }, payment: { prepaid: false, method: 'CASH', changeForCents: null } });
    expect(delivery.destination).toMatchObject({ street: STREET, phone: PHONE });
    expect((await staff.post(`/orders/${order.id}/confirm`)).status).toBe(200);
    expect((await staff.post(`/orders/${order.id}/status`, { status: 'READY' })).status).toBe(200);
    expect(await step(`/delivery/deliveries/${delivery.id}/dispatch`, { courierId: courier.id })).toMatchObject({ status: 'OUT_FOR_DELIVERY', destination: { recipientName: RECIPIENT } });

    await accessThenDelete(staff, customerId);

    for (const { path, body, key } of steps) {
      const retried = await staff.post(path, body, { 'idempotency-key': key });
      expect(retried.headers.get('idempotent-replayed'), path).toBe('true');
      const text = JSON.stringify(retried.body);
      for (const erased of [STREET, RECIPIENT, PHONE]) expect(text, `${path} answers ${erased}`).not.toContain(erased);
    }
    // The delivery's own steps still answer the delivery, as it is now.
    const replayed = await staff.post(steps[2].path, steps[2].body, { 'idempotency-key': steps[2].key });
    expect(replayed.body.data).toMatchObject({ id: delivery.id, status: 'OUT_FOR_DELIVERY', courierId: courier.id, destination: { street: '', district: 'Pinheiros' } });
  });
});
