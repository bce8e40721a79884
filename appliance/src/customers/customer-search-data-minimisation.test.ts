import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestAppliance, type TestAppliance } from '../kernel/testing/harness.js';
import { customersModule } from './index.js';

/**
 * Data minimisation (LGPD art. 6 III) in the customer search. The till that registers customers and
 * takes "CPF na nota" (`customers.manage`) lists and searches them as before, with their full data.
 * Anyone who only reads customers (a waiter) finds one customer, not the whole file: by their exact
 * CPF or phone, or by at least three letters of their name; and sees CPF and phone masked, without
 * e-mail or addresses, on the list and on the record alike.
 */
describe('the customer search of someone who does not manage customers', () => {
  let app: TestAppliance;
  let manager: string;
  let waiter: string;
  const get = async (path: string, authorization: string) => {
    const res = await fetch(`${app.baseUrl}/api/v1${path}`, { headers: { authorization } });
    return { status: res.status, body: (await res.json()) as any };
  };

  beforeAll(async () => {
    app = await startTestAppliance([customersModule]);
    manager = app.bearer(['customers.read', 'customers.manage'], { role: 'MANAGER' });
    waiter = app.bearer(['customers.read'], { role: 'WAITER' });
    for (const customer of [
      { name: 'Marina Costa', cpf: '529.982.247-25', phone: '(11) 98888-7777', email: 'marina@example.com', addresses: [{ street: 'Rua dos Pinheiros', number: '500', city: 'São Paulo', state: 'SP' }] },
      { name: 'Paulo Reis', cpf: '111.444.777-35', phone: '11 97777-1234' },
    ]) {
      const res = await fetch(`${app.baseUrl}/api/v1/customers`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: manager }, body: JSON.stringify(customer) });
      expect(res.status).toBe(201);
    }
  });
  afterAll(() => app?.close());

  it('refuses to list everyone or to search by fewer than three letters', async () => {
    for (const path of ['/customers', '/customers?size=100', '/customers?q=M', '/customers?q=%20Ma%20']) {
      const res = await get(path, waiter);
      expect([path, res.status, res.body.error?.code]).toEqual([path, 400, 'CUSTOMER_SEARCH_TOO_SHORT']);
      expect(res.body.error.message).toContain('3 letras');
    }
  });

  it('finds by name, exact CPF or exact phone, with CPF and phone masked and no e-mail or address', async () => {
    const masked = { name: 'Marina Costa', cpf: '***.982.247-**', phone: '(**) *****-7777', email: null, addresses: [] };
    for (const q of ['mar', '529.982.247-25', '11988887777']) {
      const res = await get(`/customers?q=${encodeURIComponent(q)}`, waiter);
      expect(res.status, q).toBe(200);
      expect(res.body.data, q).toMatchObject([masked]);
    }
    const id = (await get('/customers?q=Marina', waiter)).body.data[0].id as string;
    expect((await get(`/customers/${id}`, waiter)).body.data).toMatchObject(masked);
    expect(JSON.stringify((await get(`/customers?q=Paulo`, waiter)).body.data)).not.toMatch(/11144477735|97777-1234/);
  });

  it('leaves the till that manages customers its full list and short searches', async () => {
    const all = await get('/customers', manager);
    expect(all.body.data.map((c: { cpf: string }) => c.cpf).sort()).toEqual(['11144477735', '52998224725']);
    const short = await get('/customers?q=M&size=5', manager);
    expect(short.body.data).toMatchObject([{ name: 'Marina Costa', cpf: '52998224725', phone: '(11) 98888-7777', email: 'marina@example.com' }]);
  });
});
