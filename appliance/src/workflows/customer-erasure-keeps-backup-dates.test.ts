import { readdirSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { customersModule } from '../customers/index.js';
import { startTestAppliance, type TestAppliance } from '../kernel/testing/harness.js';
import { workflowsModule } from './index.js';
import { apiAs, NOON_MONDAY, orderModules, type Api } from './test-support.js';

const DAY_MS = 86_400_000;

/**
 * A customer's deletion is carried into every day backup in `<data>/backups` (their data is
 * overwritten there too). The backups stay what they were otherwise: the back office lists each with
 * the time it was taken, and the store keeps the newest ones (`business_day.backup_keep`) when it
 * writes the next, so the erasure must not make every old backup look as if it had been taken just
 * now: the owner would restore by the wrong date, and the next backup could remove a recent one
 * while keeping an older one.
 */
describe('day backups after a customer is erased from them', () => {
  let app: TestAppliance;
  let staff: Api;
  const taken = new Map<string, number>();

  beforeAll(async () => {
    const modules = [...orderModules().filter((m) => m !== workflowsModule), customersModule, workflowsModule];
    app = await startTestAppliance(modules, { clock: NOON_MONDAY, env: { CHEFIA_DEMO: '0' } });
    staff = apiAs(app, ['customers.read', 'customers.manage', 'customers.erase', 'backups.manage'], 'MANAGER');
    app.ctx.db.prepare("INSERT INTO settings (key, value) VALUES ('business_day.backup_keep', '2') ON CONFLICT (key) DO UPDATE SET value = excluded.value").run();
    const customer = await staff.post('/customers', { name: 'Renata Bastos', cpf: '529.982.247-25' });
    expect(customer.status, JSON.stringify(customer.body)).toBe(201);
    // Two backups, taken three days and two days ago.
    for (const daysAgo of [3, 2]) {
      const backup = await staff.post('/backups');
      expect(backup.status, JSON.stringify(backup.body)).toBe(201);
      const at = Date.now() - daysAgo * DAY_MS;
      utimesSync(join(app.dataDir, 'backups', backup.body.data.name), at / 1000, at / 1000);
      taken.set(backup.body.data.name, at);
    }
    const deletion = await staff.post(`/customers/${customer.body.data.id}/data-requests`, { kind: 'DELETION', channel: 'IN_STORE' });
    expect(deletion.status, JSON.stringify(deletion.body)).toBe(201);
  });
  afterAll(() => app?.close());

  it('lists each backup with the time it was taken, not the time of the erasure', async () => {
    const listed = await staff.get('/backups');
    expect(listed.status).toBe(200);
    const dates = Object.fromEntries(listed.body.data.map((b: { name: string; createdAt: string }) => [b.name, Date.parse(b.createdAt)]));
    for (const [name, at] of taken) expect(Math.abs(dates[name] - at), name).toBeLessThan(1000);
  });

  it('removes the oldest backup, not a recent one, when the next backup is taken', async () => {
    const [oldest, recent] = [...taken.keys()];
    const next = await staff.post('/backups');
    expect(next.status, JSON.stringify(next.body)).toBe(201);
    const kept = readdirSync(join(app.dataDir, 'backups')).filter((file) => file.endsWith('.db'));
    expect(kept.sort()).toEqual([recent, next.body.data.name].sort());
    expect(kept).not.toContain(oldest);
  });
});
