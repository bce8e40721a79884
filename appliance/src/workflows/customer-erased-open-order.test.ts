import { ROLE_PERMISSIONS } from '../auth/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cashierModule } from '../cashier/index.js';
import { customersModule } from '../customers/index.js';
import { deliveryModule } from '../delivery/index.js';
import { fiscalModule } from '../fiscal/index.js';
import { startTestAppliance, type TestAppliance } from '../kernel/testing/harness.js';
import { createPaymentsModule } from '../payments/index.js';
import { workflowsModule } from './index.js';
import { apiAs, NOON_MONDAY, orderModules, PINHEIROS_DESTINATION, type Api } from './test-support.js';

/**
 * A customer orders for delivery and, while the order is still open, asks the store to erase them.
 * The order keeps the erased record's id (past orders still add up), but nobody may attach the
 * person to it again afterwards: neither a CPF na nota nor a delivery address (street, recipient,
 * phone). Both are refused with 409 CUSTOMER_ANONYMIZED, as a new order or a saved address for the
 * erased record are; clearing the CPF stays possible, and an order without a customer takes both.
 */
describe('an order still open when its customer was erased', () => {
  let app: TestAppliance;
  let staff: Api;
  let orderId: string;

  beforeAll(async () => {
    const modules = [...orderModules().filter((m) => m !== workflowsModule), customersModule, cashierModule, createPaymentsModule({ pixGateways: [] }), deliveryModule, fiscalModule, workflowsModule];
    app = await startTestAppliance(modules, { clock: NOON_MONDAY, env: { CHEFIA_DEMO: '1' } });
    staff = apiAs(app, [...ROLE_PERMISSIONS.MANAGER], 'MANAGER');
    expect((await staff.post('/delivery/zones', { name: 'Pinheiros', kind: 'DISTRICT', districts: ['Pinheiros'], feeCents: 700, estimateMinutes: 40 })).status).toBe(201);
    const customerId = (await staff.post('/customers', { name: 'Marina Costa', cpf: '529.982.247-25', phone: '11988887777' })).body.data.id as string;
    const order = await staff.post('/orders', { channel: 'DELIVERY', customerId, items: [{ productId: 'prod-coke', quantity: 1 }] });
    expect(order.status, JSON.stringify(order.body)).toBe(201);
    orderId = order.body.data.id;
    const deletion = await staff.post(`/customers/${customerId}/data-requests`, { kind: 'DELETION' });
    expect(deletion.status, JSON.stringify(deletion.body)).toBe(201);
  });
  afterAll(() => app?.close());

  it('refuses the erased person\'s CPF na nota on it, and lets the till clear it', async () => {
    const given = await staff.post(`/orders/${orderId}/consumer-tax-id`, { taxId: '529.982.247-25' });
    expect([given.status, given.body.error?.code]).toEqual([409, 'CUSTOMER_ANONYMIZED']);
    expect((await staff.get(`/orders/${orderId}`)).body.data.consumerTaxId).toBeNull();
    expect((await staff.post(`/orders/${orderId}/consumer-tax-id`, { taxId: null })).status).toBe(200);
  });

  it('refuses a delivery address for it', async () => {
    const delivery = await staff.post(`/delivery/orders/${orderId}`, { destination: PINHEIROS_DESTINATION, payment: { prepaid: false, method: 'CASH', changeForCents: null } });
    expect([delivery.status, delivery.body.error?.code]).toEqual([409, 'CUSTOMER_ANONYMIZED']);
  });

  it('still takes both on an order without a customer', async () => {
    const walkIn = (await staff.post('/orders', { channel: 'DELIVERY', items: [{ productId: 'prod-coke', quantity: 1 }] })).body.data.id as string;
    expect((await staff.post(`/orders/${walkIn}/consumer-tax-id`, { taxId: '529.982.247-25' })).status).toBe(200);
    const delivery = await staff.post(`/delivery/orders/${walkIn}`, { destination: PINHEIROS_DESTINATION, payment: { prepaid: false, method: 'CASH', changeForCents: null } });
    expect(delivery.status, JSON.stringify(delivery.body)).toBe(201);
  });
});
