import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { customersModule } from '../customers/index.js';
import { startTestAppliance, type TestAppliance } from '../kernel/testing/harness.js';
import { workflowsModule } from './index.js';
import { apiAs, NOON_MONDAY, orderModules, type Api } from './test-support.js';

/**
 * A store that issues no fiscal documents and takes no payments through the appliance (no fiscal
 * nor payments module) still answers a customer's access request (LGPD art. 18 II): the export
 * lists their orders with no payments and no fiscal documents.
 */
describe('the access export of a store without fiscal documents', () => {
  let app: TestAppliance;
  let staff: Api;

  beforeAll(async () => {
    const modules = [...orderModules().filter((m) => m !== workflowsModule), customersModule, workflowsModule];
    app = await startTestAppliance(modules, { clock: NOON_MONDAY, env: { CHEFIA_DEMO: '1' } });
    staff = apiAs(app, ['orders.read', 'orders.create', 'customers.read', 'customers.manage', 'customers.erase'], 'MANAGER');
  });
  afterAll(() => app?.close());

  it('answers the ACCESS request with the customer\'s orders', async () => {
    const customerId = (await staff.post('/customers', { name: 'Renata Bastos', cpf: '529.982.247-25' })).body.data.id as string;
    const order = await staff.post('/orders', { channel: 'COUNTER', customerId, items: [{ productId: 'prod-coke', quantity: 1 }] });
    expect(order.status, JSON.stringify(order.body)).toBe(201);
    const access = await staff.post(`/customers/${customerId}/data-requests`, { kind: 'ACCESS', channel: 'IN_STORE' });
    expect(access.status, JSON.stringify(access.body)).toBe(201);
    expect(access.body.data.export.orders).toMatchObject([{ id: order.body.data.id, payments: [], fiscalDocuments: [] }]);
  });
});
