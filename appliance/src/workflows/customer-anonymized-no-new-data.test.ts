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
 * An anonymized customer is closed to personal data: PATCH /customers/{id} answers 409
 * CUSTOMER_ANONYMIZED ("after erasure", docs/api.md), so nobody writes a person back into a record
 * the store told the data subject it had erased. Their id stays only "so past orders still add up".
 *
 * The other writers that attach personal data to a customer id check it too: otherwise a delivery
 * address (street, recipient, phone) would be saved for "Cliente anonimizado" (POST
 * /delivery/addresses) and listed for that id, and a new order would take the erased id with a CPF
 * na nota. The erased record would collect personal data again, behind the customer module's guard,
 * and nothing would erase it unless someone filed a second deletion for a person the store already
 * reported as erased.
 */
describe('personal data written to an anonymized customer through other modules', () => {
  let app: TestAppliance;
  let staff: Api;
  let customerId: string;

  beforeAll(async () => {
    const modules = [...orderModules().filter((m) => m !== workflowsModule), customersModule, cashierModule, createPaymentsModule({ pixGateways: [] }), deliveryModule, fiscalModule, workflowsModule];
    app = await startTestAppliance(modules, { clock: NOON_MONDAY, env: { CHEFIA_DEMO: '1' } });
    staff = apiAs(app, ['orders.read', 'orders.create', 'customers.read', 'customers.manage', 'customers.erase', 'delivery.manage'], 'MANAGER');
    customerId = (await staff.post('/customers', { name: 'Marina Costa', cpf: '529.982.247-25', phone: '11988887777' })).body.data.id;
    const deletion = await staff.post(`/customers/${customerId}/data-requests`, { kind: 'DELETION' });
    expect(deletion.status, JSON.stringify(deletion.body)).toBe(201);
  });
  afterAll(() => app?.close());

  it('refuses a delivery address for the erased customer, as PATCH refuses any change', async () => {
    const patch = await fetch(`${app.baseUrl}/api/v1/customers/${customerId}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', authorization: app.bearer(['customers.manage'], { role: 'MANAGER' }) },
      body: JSON.stringify({ addresses: [{ street: 'Rua dos Pinheiros', number: '500', city: 'São Paulo', state: 'SP' }] }),
    });
    expect(patch.status).toBe(409);
    const saved = await staff.post('/delivery/addresses', { customerId, label: 'casa', address: PINHEIROS_DESTINATION });
    expect(saved.status, `saved for "Cliente anonimizado": ${JSON.stringify(saved.body.data)}`).not.toBe(201);
  });

  it('does not link a new order with a CPF na nota to the erased customer', async () => {
    const order = await staff.post('/orders', { channel: 'COUNTER', customerId, consumerTaxId: '529.982.247-25', items: [{ productId: 'prod-coke', quantity: 1 }] });
    expect(order.status === 201 ? order.body.data.customerId : null, 'a new order with the CPF was linked to the erased record').toBeNull();
  });

  it('says why: 409 CUSTOMER_ANONYMIZED for the erased customer, 404 CUSTOMER_NOT_FOUND for an id nobody registered', async () => {
    const order = await staff.post('/orders', { channel: 'COUNTER', customerId, items: [{ productId: 'prod-coke', quantity: 1 }] });
    expect(order.status).toBe(409);
    expect(order.body.error.code).toBe('CUSTOMER_ANONYMIZED');
    const address = await staff.post('/delivery/addresses', { customerId, label: 'casa', address: PINHEIROS_DESTINATION });
    expect(address.status).toBe(409);
    expect(address.body.error.code).toBe('CUSTOMER_ANONYMIZED');
    expect((await staff.get(`/delivery/addresses?customerId=${customerId}`)).body.data).toEqual([]);

    const unknownOrder = await staff.post('/orders', { channel: 'COUNTER', customerId: 'nobody', consumerTaxId: '529.982.247-25', items: [{ productId: 'prod-coke', quantity: 1 }] });
    expect(unknownOrder.status).toBe(404);
    expect(unknownOrder.body.error.code).toBe('CUSTOMER_NOT_FOUND');
    const unknownAddress = await staff.post('/delivery/addresses', { customerId: 'nobody', label: 'casa', address: PINHEIROS_DESTINATION });
    expect(unknownAddress.status).toBe(404);
    expect(unknownAddress.body.error.code).toBe('CUSTOMER_NOT_FOUND');

    // A customer who was not erased still takes both.
    const active = (await staff.post('/customers', { name: 'Paulo Reis' })).body.data.id as string;
    expect((await staff.post('/orders', { channel: 'COUNTER', customerId: active, items: [{ productId: 'prod-coke', quantity: 1 }] })).status).toBe(201);
    expect((await staff.post('/delivery/addresses', { customerId: active, label: 'casa', address: PINHEIROS_DESTINATION })).status).toBe(201);
  });
});
