import Database from 'better-sqlite3';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { businessDayModule, stageVerifiedBackup, swapInStagedBackup } from '../business-day/index.js';
import { customersModule } from '../customers/index.js';
import { PiiKeyring } from '../kernel/pii/keyring.js';
import { callApi, startTestAppliance } from '../kernel/testing/harness.js';

const CPF = '52998224725';

/**
 * The store rotates its personal-data key when staff with access to the mini-PC leave (docs/security.md
 * "Key rotation"). The day backups in `<data>/backups` are copies of the database taken before: they
 * hold the customers sealed under the old key. Restoring one of them after the rotation must give the
 * store back its customers (the cashier finds them by CPF at the till), and the key the rotation
 * replaced must not be needed to read any copy of the store any more.
 */
describe('a day backup taken before a key rotation', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'chefia-rotation-backup-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
  const modules = [businessDayModule, customersModule];

  it('is sealed under the new key by the rotation, and restores with its customers readable', async () => {
    const app = await startTestAppliance(modules, { dataDir });
    let backupName: string;
    try {
      const admin = app.bearer(['customers.manage', 'customers.read', 'backups.manage', 'privacy.keys'], { role: 'ADMIN' });
      const created = await callApi(app, admin, 'POST', '/customers', { name: 'Helena Prado', cpf: CPF, phone: '(11) 97777-1234' });
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      const backup = await callApi(app, admin, 'POST', '/backups');
      expect(backup.status, JSON.stringify(backup.body)).toBe(201);
      backupName = backup.body.data.name;
      const takenAt = statSync(join(dataDir, 'backups', backupName)).mtimeMs;

      const rotation = await callApi(app, admin, 'POST', '/customers/pii-keys/rotate');
      expect(rotation.status, JSON.stringify(rotation.body)).toBe(200);
      const newKey = rotation.body.data.keyId as string;
      // Still listed (and pruned) by when it was taken.
      expect(Math.abs(statSync(join(dataDir, 'backups', backupName)).mtimeMs - takenAt)).toBeLessThan(1);

      // Every copy of the store is now under the new key: none needs the one the rotation replaced.
      for (const name of readdirSync(join(dataDir, 'backups')).filter((file) => /^store-.*\.db$/.test(file))) {
        const copy = new Database(join(dataDir, 'backups', name), { readonly: true });
        try {
          const cpf = copy.prepare('SELECT cpf FROM customers').pluck().get() as string;
          expect(PiiKeyring.keyIdOf(cpf), name).toBe(newKey);
        } finally {
          copy.close();
        }
      }
    } finally {
      await app.close();
    }

    // The owner restores the backup (what POST /backups/{name}/restore does across its restart).
    stageVerifiedBackup(dataDir, backupName);
    swapInStagedBackup(dataDir, { name: backupName, preRestoreBackup: 'none', requestedBy: null });

    const restored = await startTestAppliance(modules, { dataDir });
    try {
      const cashier = restored.bearer(['customers.read', 'customers.manage'], { role: 'CASHIER' });
      const found = await callApi(restored, cashier, 'GET', `/customers?q=${CPF}`);
      expect(found.status, JSON.stringify(found.body)).toBe(200);
      expect(found.body.data).toMatchObject([{ name: 'Helena Prado', cpf: CPF, phone: '(11) 97777-1234' }]);
    } finally {
      await restored.close();
    }
  }, 60_000);
});
