import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PiiKeyring } from '../kernel/pii/keyring.js';
import { callApi, startTestAppliance } from '../kernel/testing/harness.js';
import { customersModule } from './index.js';

/**
 * A customer registered with an eight-digit mobile ("(11) 8765-0123", as many old contact cards
 * and WhatsApp accounts still have it) was indexed by those digits alone: after the upgrade that
 * treats it as the nine-digit number it is today (migration customers/006_phone_index_ninth_digit),
 * the till finds them by the number as it is now dialled, at the first start, with nothing to do.
 */
describe('customers with an eight-digit mobile, after the upgrade', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'chefia-ninth-digit-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('are found by the nine-digit number once the store starts', async () => {
    const first = await startTestAppliance([customersModule], { dataDir });
    let id: string;
    try {
      const created = await callApi(first, first.bearer(['customers.manage']), 'POST', '/customers', { name: 'Lúcia Prado', phone: '(11) 8765-0123' });
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      id = created.body.data.id;
    } finally {
      await first.close();
    }

    // As an earlier version indexed it: the ten digits as typed, and migration 006 not run yet.
    const keyring = PiiKeyring.open(dataDir);
    const db = new Database(join(dataDir, 'store.db'));
    db.prepare('UPDATE customers SET phone_index = ? WHERE id = ?').run(keyring.blindIndex('phone', '1187650123'), id);
    db.prepare("DELETE FROM schema_migrations WHERE id = 'customers/006_phone_index_ninth_digit'").run();
    db.close();

    const upgraded = await startTestAppliance([customersModule], { dataDir });
    try {
      const auth = upgraded.bearer(['customers.read', 'customers.manage']);
      for (const q of ['(11) 98765-0123', '+55 11 98765-0123', '(11) 8765-0123']) {
        const found = await callApi(upgraded, auth, 'GET', `/customers?q=${encodeURIComponent(q)}`);
        expect(found.body.data.map((c: { id: string; phone: string }) => [c.id, c.phone]), q).toEqual([[id, '(11) 8765-0123']]);
      }
    } finally {
      await upgraded.close();
    }
  });
});
