import Database from 'better-sqlite3';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startTestAppliance } from '../../kernel/testing/harness.js';
import { customersModule } from '../index.js';

describe('sealing customers stored in plaintext by an older version', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'chefia-pii-legacy-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('encrypts them at start, indexes them for lookup, and leaves no plaintext in the database file', async () => {
    const first = await startTestAppliance([customersModule], { dataDir });
    await first.close();
    // What a store upgraded from a version without encryption holds: plain values, no index, no key
    // id, and no record of any sealing pass.
    const db = new Database(join(dataDir, 'store.db'));
    db.prepare('DELETE FROM pii_sealed_stores').run();
    db.prepare(
      `INSERT INTO customers (id, name, cpf, phone, email, marketing_consent, created_at, updated_at)
       VALUES ('legacy-1', 'Cliente Antigo', '52998224725', '11912345678', 'antigo@example.com', 0, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')`,
    ).run();
    db.close();

    const app = await startTestAppliance([customersModule], { dataDir });
    try {
      const auth = app.bearer(['customers.read', 'customers.manage']);
      const found = await (await fetch(`${app.baseUrl}/api/v1/customers?q=52998224725`, { headers: { authorization: auth } })).json();
      expect(found.data).toMatchObject([{ id: 'legacy-1', cpf: '52998224725', phone: '11912345678', email: 'antigo@example.com' }]);
      const row = app.ctx.db.prepare("SELECT cpf, phone, email, pii_key_id FROM customers WHERE id = 'legacy-1'").get() as Record<string, string>;
      expect(row.pii_key_id).toBe('k1');
      for (const field of ['cpf', 'phone', 'email']) expect(row[field]).toMatch(/^pii1\.k1\./);
    } finally {
      await app.close();
    }
    const bytes = readFileSync(join(dataDir, 'store.db')).toString('latin1');
    for (const value of ['52998224725', '11912345678', 'antigo@example.com']) expect(bytes).not.toContain(value);
  });
});
