import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PiiKeyring } from '../kernel/pii/keyring.js';
import { startTestAppliance } from '../kernel/testing/harness.js';
import { customersModule } from './index.js';

/**
 * A phone number is one number with or without Brazil's country code (customer.ts `phoneDigits`).
 * Stores that indexed it with the code (an earlier version kept every digit) are re-indexed once,
 * at the start after the upgrade (migration customers/005_phone_index_country_code).
 */
describe('customers found by phone with or without +55', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'chefia-phone-index-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  const search = async (baseUrl: string, auth: string, q: string) =>
    ((await (await fetch(`${baseUrl}/api/v1/customers?q=${encodeURIComponent(q)}`, { headers: { authorization: auth } })).json()).data as { id: string }[]).map((c) => c.id);

  it('takes a phone as people write it, and re-indexes what an earlier version indexed with the country code', async () => {
    const first = await startTestAppliance([customersModule], { dataDir });
    let id: string;
    try {
      const auth = first.bearer(['customers.read', 'customers.manage']);
      const created = await fetch(`${first.baseUrl}/api/v1/customers`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: auth },
        body: JSON.stringify({ name: 'Lúcia Prado', phone: '+55 (11) 98765-4321' }),
      });
      const body = await created.json();
      expect(created.status, JSON.stringify(body)).toBe(201);
      id = body.data.id;
      expect(body.data.phone).toBe('+55 (11) 98765-4321');
      for (const q of ['(11) 98765-4321', '11987654321', '5511987654321', '+55 11 98765-4321']) expect(await search(first.baseUrl, auth, q), q).toEqual([id]);
      // A DDD-55 number (Santa Maria, RS) keeps its digits: 11 digits carry no country code.
      const rs = await fetch(`${first.baseUrl}/api/v1/customers`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: auth }, body: JSON.stringify({ name: 'Rui Dias', phone: '(55) 99123-4567' }) });
      expect(rs.status).toBe(201);
      expect(await search(first.baseUrl, auth, '55991234567')).toEqual([(await rs.json()).data.id]);
      expect(await search(first.baseUrl, auth, '991234567')).toEqual([]);
    } finally {
      await first.close();
    }

    // As an earlier version left it: the index of every digit, the country code included, and the
    // re-indexing migration not run yet.
    const keyring = PiiKeyring.open(dataDir);
    const db = new Database(join(dataDir, 'store.db'));
    db.prepare('UPDATE customers SET phone_index = ? WHERE id = ?').run(keyring.blindIndex('phone', '5511987654321'), id);
    db.prepare("DELETE FROM schema_migrations WHERE id = 'customers/005_phone_index_country_code'").run();
    db.close();

    const upgraded = await startTestAppliance([customersModule], { dataDir });
    try {
      const auth = upgraded.bearer(['customers.read']);
      expect(await search(upgraded.baseUrl, auth, '(11) 98765-4321')).toEqual([id]);
      expect(await search(upgraded.baseUrl, auth, '+55 11 98765-4321')).toEqual([id]);
      const row = upgraded.ctx.db.prepare('SELECT phone, pii_key_id FROM customers WHERE id = ?').get(id) as { phone: string; pii_key_id: string };
      expect(row.pii_key_id).toBe(keyring.currentKeyId);
      expect(row.phone).toMatch(/^pii1\./);
    } finally {
      await upgraded.close();
    }
  });

  it('refuses a phone with letters or too few digits', async () => {
    const app = await startTestAppliance([customersModule]);
    try {
      const auth = app.bearer(['customers.manage']);
      for (const phone of ['(11) 9876-ABCD', '98765-4321', '+55 11 98765-4321 ramal 2']) {
        const res = await fetch(`${app.baseUrl}/api/v1/customers`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: auth }, body: JSON.stringify({ name: 'Teste', phone }) });
        expect(res.status, phone).toBe(400);
      }
    } finally {
      await app.close();
    }
  });
});
