import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestAppliance, type TestAppliance } from '../kernel/testing/harness.js';
import { customersModule } from './index.js';

/** Every text value in every table of the store database, for "is it readable anywhere?" checks. */
function allStoredText(dataDir: string): string {
  const db = new Database(join(dataDir, 'store.db'), { readonly: true });
  try {
    const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").pluck().all() as string[];
    return tables.map((t) => JSON.stringify(db.prepare(`SELECT * FROM "${t}"`).all())).join('\n');
  } finally {
    db.close();
  }
}

describe('customers (LGPD)', () => {
  let app: TestAppliance;
  let auth: string;
  const call = (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
    fetch(`${app.baseUrl}/api/v1${path}`, {
      method,
      headers: { 'content-type': 'application/json', authorization: auth, ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });

  beforeAll(async () => {
    app = await startTestAppliance([customersModule]);
    auth = app.bearer(['customers.read', 'customers.manage', 'customers.erase', 'privacy.keys']);
  });
  afterAll(() => app.close());

  it('registers a customer with consent and source, keeping personal data out of the journal and the database', async () => {
    const res = await call(
      'POST',
      '/customers',
      {
        name: 'Maria da Silva',
        cpf: '529.982.247-25',
        phone: '11987650001',
        email: 'maria@example.com',
        addresses: [{ street: 'Rua das Flores', number: '12', city: 'Campinas', state: 'SP', postalCode: '13010-000' }],
        marketingConsent: true,
        consentSource: 'KIOSK',
      },
      { 'idempotency-key': 'create-maria' },
    );
    expect(res.status).toBe(201);
    const customer = (await res.json()).data;
    expect(customer).toMatchObject({ cpf: '52998224725', phone: '11987650001', email: 'maria@example.com', marketingConsent: true });
    expect(customer.addresses[0].street).toBe('Rua das Flores');
    const [event] = app.ctx.journal.readAfter(0);
    expect(event.payload).toEqual({ customerId: customer.id, marketingConsent: true, anonymized: false });
    expect(JSON.stringify(event)).not.toContain('Maria');
    // Neither the customer row, nor the stored idempotent answer, nor anything else holds the values.
    const stored = allStoredText(app.dataDir);
    for (const value of ['52998224725', '529.982.247-25', '11987650001', 'maria@example.com', 'Rua das Flores']) expect(stored).not.toContain(value);
    expect(stored).toContain('pii1.k1.');
    const replay = await call('POST', '/customers', { name: 'Maria da Silva', cpf: '529.982.247-25', phone: '11987650001', email: 'maria@example.com', addresses: [{ street: 'Rua das Flores', number: '12', city: 'Campinas', state: 'SP', postalCode: '13010-000' }], marketingConsent: true, consentSource: 'KIOSK' }, { 'idempotency-key': 'create-maria' });
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect((await replay.json()).data).toEqual(customer);
  });

  it('finds a customer by CPF (any punctuation) and by phone through the blind indexes', async () => {
    const byCpf = (await (await call('GET', '/customers?q=529.982.247-25')).json()).data;
    expect(byCpf.map((c: { name: string }) => c.name)).toEqual(['Maria da Silva']);
    const byPhone = (await (await call('GET', '/customers?q=11987650001')).json()).data;
    expect(byPhone.map((c: { email: string }) => c.email)).toEqual(['maria@example.com']);
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

  it('rotates the key: rows are re-encrypted under the new key id, the old key leaves the file, lookups still work', async () => {
    const res = await call('POST', '/customers/pii-keys/rotate');
    expect(res.status).toBe(200);
    expect((await res.json()).data).toMatchObject({ keyId: 'k2', retired: ['k1'] });
    const stored = allStoredText(app.dataDir);
    expect(stored).toContain('pii1.k2.');
    expect(stored).not.toContain('pii1.k1.');
    const keyFile = JSON.parse(readFileSync(join(app.dataDir, 'pii-keys.json'), 'utf8'));
    expect(Object.keys(keyFile.keys)).toEqual(['k2']);
    const byCpf = (await (await call('GET', '/customers?q=52998224725')).json()).data;
    expect(byCpf.map((c: { phone: string }) => c.phone)).toEqual(['11987650001']);
    expect(app.ctx.journal.readAfter(0).some((e) => e.type === 'customer.pii_key_rotated')).toBe(true);
  });
});
