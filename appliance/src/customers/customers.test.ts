import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestAppliance, type TestAppliance } from '../kernel/testing/harness.js';
import { customersModule } from './index.js';

describe('customers (LGPD)', () => {
  let app: TestAppliance;
  let auth: string;
  const call = (method: string, path: string, body?: unknown) =>
    fetch(`${app.baseUrl}/api/v1${path}`, {
      method,
      headers: { 'content-type': 'application/json', authorization: auth },
      body: body === undefined ? undefined : JSON.stringify(body),
    });

  beforeAll(async () => {
    app = await startTestAppliance([customersModule]);
    auth = app.bearer(['customers.read', 'customers.manage', 'customers.erase']);
  });
  afterAll(() => app.close());

  it('registers a customer and keeps personal data out of the journal', async () => {
    const res = await call('POST', '/customers', { name: 'Maria da Silva', cpf: '529.982.247-25', email: 'maria@example.com', marketingConsent: true });
    expect(res.status).toBe(201);
    const customer = (await res.json()).data;
    expect(customer.cpf).toBe('52998224725');
    expect(customer.consentAt).not.toBeNull();
    const [event] = app.ctx.journal.readAfter(0);
    expect(event.payload).toEqual({ customerId: customer.id, marketingConsent: true, anonymized: false });
    expect(JSON.stringify(event)).not.toContain('Maria');
  });

  it('refuses an invalid CPF and a duplicate CPF with stable codes', async () => {
    const invalid = await call('POST', '/customers', { name: 'X', cpf: '52998224724' });
    expect(invalid.status).toBe(400);
    const duplicate = await call('POST', '/customers', { name: 'Outra', cpf: '52998224725' });
    expect(duplicate.status).toBe(409);
    expect((await duplicate.json()).error.code).toBe('CUSTOMER_CPF_TAKEN');
  });

  it('searches names with % and _ as literal characters', async () => {
    for (const name of ['Ana_Paula Lima', 'AnaXPaula Reis', '100% Clube', 'Clube 10']) expect((await call('POST', '/customers', { name })).status).toBe(201);
    const underscore = await (await call('GET', '/customers?q=Ana_')).json();
    expect(underscore.data.map((c: { name: string }) => c.name)).toEqual(['Ana_Paula Lima']);
    const percent = await (await call('GET', '/customers?q=0%25')).json();
    expect(percent.data.map((c: { name: string }) => c.name)).toEqual(['100% Clube']);
  });

  it('exports and then anonymizes on request, after which edits are refused', async () => {
    const created = (await (await call('POST', '/customers', { name: 'João Souza', phone: '11987654321' })).json()).data;
    const exported = (await (await call('GET', `/customers/${created.id}/export`)).json()).data;
    expect(exported.customer.phone).toBe('11987654321');
    expect(exported.history.map((h: { type: string }) => h.type)).toEqual(['customer.registered']);
    const anonymized = (await (await call('POST', `/customers/${created.id}/anonymize`)).json()).data;
    expect(anonymized).toMatchObject({ name: 'Cliente anonimizado', phone: null, cpf: null });
    const edit = await call('PATCH', `/customers/${created.id}`, { name: 'De novo' });
    expect(edit.status).toBe(409);
    const list = await (await call('GET', '/customers?q=Jo%C3%A3o')).json();
    expect(list.data).toEqual([]);
  });
});
