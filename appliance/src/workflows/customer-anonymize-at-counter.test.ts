import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { customersModule } from '../customers/index.js';
import { startTestAppliance, type TestAppliance } from '../kernel/testing/harness.js';
import { workflowsModule } from './index.js';
import { apiAs, NOON_MONDAY, orderModules, type Api } from './test-support.js';

/**
 * The counter's anonymize button is an anonymization like the data-subject request: the record is
 * anonymized, the request logged with its deadline, and the CPF given "na nota" on the customer's
 * orders forgotten (docs/security.md: "cleared by the customer's deletion or anonymization").
 */
describe('anonymization at the counter, and the access export, in a store without fiscal documents or payments', () => {
  let app: TestAppliance;
  let staff: Api;

  beforeAll(async () => {
    const modules = [...orderModules().filter((m) => m !== workflowsModule), customersModule, workflowsModule];
    app = await startTestAppliance(modules, { clock: NOON_MONDAY, env: { CHEFIA_DEMO: '1' } });
    staff = apiAs(app, ['orders.read', 'orders.create', 'customers.read', 'customers.manage', 'customers.erase'], 'MANAGER');
  });
  afterAll(() => app?.close());

  it('POST /customers/:id/anonymize clears the CPF na nota of the customer\'s orders, like the ANONYMIZATION data request', async () => {
    const customer = (await staff.post('/customers', { name: 'Paula Teixeira', cpf: '529.982.247-25', phone: '11912340000' })).body.data;
    const order = (await staff.post('/orders', { channel: 'COUNTER', customerId: customer.id, items: [{ productId: 'prod-coke', quantity: 1 }], consumerTaxId: '529.982.247-25' })).body.data;
    expect(order.consumerTaxId).toBe('52998224725');

    const anonymized = await staff.post(`/customers/${customer.id}/anonymize`);
    expect(anonymized.status).toBe(200);
    expect(anonymized.body.data).toMatchObject({ name: 'Cliente anonimizado', cpf: null });

    const after = (await staff.get(`/orders/${order.id}`)).body.data;
    expect(after.consumerTaxId).toBeNull();
    const edit = await fetch(`${app.baseUrl}/api/v1/customers/${customer.id}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', authorization: app.bearer(['customers.manage'], { role: 'MANAGER', id: 'user-manager' }) },
      body: JSON.stringify({ name: 'De novo' }),
    });
    expect(edit.status).toBe(409);
    const [request] = (await staff.get(`/customers/${customer.id}/data-requests`)).body.data;
    expect(request).toMatchObject({ kind: 'ANONYMIZATION', channel: 'IN_STORE', handledBy: 'user-manager' });
    expect(Date.parse(request.dueAt) - Date.parse(request.requestedAt)).toBe(15 * 86_400_000);
    expect(JSON.stringify((await staff.get('/customers?q=11912340000')).body.data)).toBe('[]');
  });

  /*
   * A store that issues no fiscal documents and takes no payments through the appliance (no fiscal
   * nor payments module, as here) still answers a customer's access request (LGPD art. 18 II): the
   * export lists their orders with no payments and no fiscal documents.
   */
  it('answers the ACCESS request with the customer\'s orders', async () => {
    const customerId = (await staff.post('/customers', { name: 'Renata Bastos', cpf: '111.444.777-35' })).body.data.id as string;
    const order = await staff.post('/orders', { channel: 'COUNTER', customerId, items: [{ productId: 'prod-coke', quantity: 1 }] });
    expect(order.status, JSON.stringify(order.body)).toBe(201);
    const access = await staff.post(`/customers/${customerId}/data-requests`, { kind: 'ACCESS', channel: 'IN_STORE' });
    expect(access.status, JSON.stringify(access.body)).toBe(201);
    expect(access.body.data.export.orders).toMatchObject([{ id: order.body.data.id, payments: [], fiscalDocuments: [] }]);
  });
});
