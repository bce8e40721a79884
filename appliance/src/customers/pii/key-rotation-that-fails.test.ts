import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { SealedStore } from '../../kernel/pii/sealed-column.js';
import { callApi, startTestAppliance } from '../../kernel/testing/harness.js';
import { customersModule } from '../index.js';

const CPF = '52998224725';

/** A sealed store whose re-encryption hits a full disk, as a rotation of a big store on a full mini-PC can. */
const fullDisk: SealedStore = {
  name: 'test.full_disk',
  resealStale() {
    throw new Database.SqliteError('database or disk is full', 'SQLITE_FULL');
  },
  keyIdsInUse: () => new Set(),
};

/**
 * A key rotation (POST /customers/pii-keys/rotate) that cannot finish (a full disk) changes
 * nothing: the till still finds the customers by CPF and phone, a second record with a CPF already
 * registered is still refused, and the store starts again afterwards. Customers are looked up
 * through keyed digests of the CPF and phone: had the store switched to the new key while the
 * records kept digests of the old one, the cashier would find no one, the same CPF could be
 * registered twice, and the next start (which re-seals under the new key) would stop on the
 * duplicate.
 */
describe('a personal-data key rotation that fails', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'chefia-rotation-fails-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('leaves lookups, the unique CPF rule and the next start as they were', async () => {
    const app = await startTestAppliance([customersModule], { dataDir });
    try {
      const admin = app.bearer(['customers.manage', 'customers.read', 'privacy.keys'], { role: 'ADMIN' });
      expect((await callApi(app, admin, 'POST', '/customers', { name: 'Helena Prado', cpf: CPF, phone: '(11) 97777-1234' })).status).toBe(201);
      app.ctx.pii.register(fullDisk);

      const rotation = await callApi(app, admin, 'POST', '/customers/pii-keys/rotate');
      expect(rotation.status).not.toBe(200);

      const byCpf = await callApi(app, admin, 'GET', `/customers?q=${CPF}`);
      expect(byCpf.body.data.map((c: { name: string }) => c.name)).toEqual(['Helena Prado']);
      const byPhone = await callApi(app, admin, 'GET', '/customers?q=11977771234');
      expect(byPhone.body.data.map((c: { name: string }) => c.name)).toEqual(['Helena Prado']);
      const twin = await callApi(app, admin, 'POST', '/customers', { name: 'Outra Pessoa', cpf: CPF });
      expect([twin.status, twin.body.error?.code]).toEqual([409, 'CUSTOMER_CPF_TAKEN']);
    } finally {
      await app.close();
    }

    const restarted = await startTestAppliance([customersModule], { dataDir });
    try {
      const cashier = restarted.bearer(['customers.read'], { role: 'CASHIER' });
      const found = await callApi(restarted, cashier, 'GET', `/customers?q=${CPF}`);
      expect(found.body.data.map((c: { name: string }) => c.name)).toEqual(['Helena Prado']);
    } finally {
      await restarted.close();
    }
  }, 60_000);
});
