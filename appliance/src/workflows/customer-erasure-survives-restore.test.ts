import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { stageVerifiedBackup, swapInStagedBackup } from '../business-day/index.js';
import { customersModule } from '../customers/index.js';
import { callApi, startTestAppliance } from '../kernel/testing/harness.js';
import { workflowsModule } from './index.js';
import { NOON_MONDAY, orderModules } from './test-support.js';

/**
 * A customer asks for the deletion of their data (LGPD art. 18 VI); the store erases them in its
 * day backups as well. Weeks later the owner restores one of those backups, taken before the
 * request: the customer must come back erased, as the store told them they were (their record
 * takes no new data: 409 CUSTOMER_ANONYMIZED), and the store must still show that the request
 * was made and carried out (LGPD art. 19: the answer to the request is kept).
 */
describe('a customer erased after the backup the store is restored from', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'chefia-erasure-restore-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
  const modules = () => [...orderModules().filter((m) => m !== workflowsModule), customersModule, workflowsModule];
  const permissions = ['customers.read', 'customers.manage', 'customers.erase', 'backups.manage'];

  it('comes back erased, with the request that erased them on record', async () => {
    const app = await startTestAppliance(modules(), { dataDir, clock: NOON_MONDAY });
    let customerId: string;
    let backupName: string;
    try {
      const manager = app.bearer(permissions, { role: 'MANAGER', id: 'manager-1' });
      const created = await callApi(app, manager, 'POST', '/customers', { name: 'Renata Bastos', cpf: '529.982.247-25', phone: '(11) 97777-1234', marketingConsent: true });
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      customerId = created.body.data.id;
      const backup = await callApi(app, manager, 'POST', '/backups');
      expect(backup.status, JSON.stringify(backup.body)).toBe(201);
      backupName = backup.body.data.name;
      const deletion = await callApi(app, manager, 'POST', `/customers/${customerId}/data-requests`, { kind: 'DELETION', channel: 'EMAIL' });
      expect(deletion.status, JSON.stringify(deletion.body)).toBe(201);
    } finally {
      await app.close();
    }

    stageVerifiedBackup(dataDir, backupName);
    swapInStagedBackup(dataDir, { name: backupName, preRestoreBackup: 'none', requestedBy: null });

    const restored = await startTestAppliance(modules(), { dataDir, clock: NOON_MONDAY });
    try {
      const manager = restored.bearer(permissions, { role: 'MANAGER', id: 'manager-1' });
      const record = await callApi(restored, manager, 'GET', `/customers/${customerId}`);
      expect(record.body.data).toMatchObject({ name: 'Cliente anonimizado', cpf: null, phone: null, marketingConsent: false });
      expect(record.body.data.anonymizedAt).not.toBeNull();

      const newData = await callApi(restored, manager, 'PATCH', `/customers/${customerId}`, { phone: '(11) 96666-0000' });
      expect([newData.status, newData.body.error?.code]).toEqual([409, 'CUSTOMER_ANONYMIZED']);

      const requests = await callApi(restored, manager, 'GET', `/customers/${customerId}/data-requests`);
      expect(requests.body.data.map((r: { kind: string; channel: string }) => [r.kind, r.channel])).toEqual([['DELETION', 'EMAIL']]);
    } finally {
      await restored.close();
    }
  }, 60_000);
});
