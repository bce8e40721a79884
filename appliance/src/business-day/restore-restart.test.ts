import Database from 'better-sqlite3';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startAppliance, type RunningAppliance } from '../kernel/appliance.js';
import { loadConfig } from '../kernel/config.js';
import type { Actor } from '../kernel/journal/event.js';
import { assertEventMatchesContract } from '../kernel/journal/event-contract.js';
import { createLogger } from '../kernel/logger.js';
import type { ApplianceModule } from '../kernel/module.js';
import { testCostEnv } from '../kernel/testing/test-costs.js';
import { businessDayModule } from './index.js';

const testAuth: ApplianceModule = {
  name: 'test-auth',
  register(ctx) {
    ctx.provideAuthentication({
      authenticateBearer: (token) => (token.startsWith('test:') ? (JSON.parse(Buffer.from(token.slice(5), 'base64url').toString('utf8')) as Actor) : null),
      authenticate: () => null,
    });
  },
};
const admin = `Bearer test:${Buffer.from(JSON.stringify({ type: 'user', id: 'admin-1', name: 'Admin', role: 'ADMIN', permissions: ['backups.manage', 'business_day.manage'] })).toString('base64url')}`;

/** The appliance as main.ts runs it: an in-place restart that stops, runs `prepare` on the closed database, and starts again. */
async function startRestartable(dataDir: string) {
  const config = loadConfig({
    CHEFIA_DATA_DIR: dataDir,
    CHEFIA_HOST: '127.0.0.1',
    CHEFIA_HTTP_PORT: '0',
    CHEFIA_MQTT_PORT: '0',
    CHEFIA_LOG_LEVEL: 'silent',
    CHEFIA_ADMIN_PASSWORD: 'Admin#2026',
    ...testCostEnv(),
  });
  const logger = createLogger('silent');
  const state = { appliance: undefined as unknown as RunningAppliance, restarting: Promise.resolve(), restartErrors: [] as unknown[] };
  const onRestartRequested = (_reason: string, prepare: () => void) => {
    state.restarting = state.restarting.then(async () => {
      await state.appliance.stop();
      try {
        prepare();
      } finally {
        // main.ts exits the process when the restart fails; the supervisor then starts it on whatever is on disk.
        state.appliance = await startAppliance({ config: { ...config, httpPort: state.appliance.httpPort, mqttPort: state.appliance.mqttPort }, modules: [businessDayModule, testAuth], logger, onRestartRequested, checkEvent: assertEventMatchesContract });
      }
    }).catch((error) => {
      state.restartErrors.push(error);
    });
  };
  state.appliance = await startAppliance({ config, modules: [businessDayModule, testAuth], logger, onRestartRequested, checkEvent: assertEventMatchesContract });
  return state;
}

describe('two restores asked for at the same time', () => {
  const dir = mkdtempSync(join(tmpdir(), 'chefia-restore-race-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('restores the backup the answer and the journal name; the other one asked for meanwhile is refused and undoes nothing', async () => {
    const store = await startRestartable(dir);
    const base = () => `http://127.0.0.1:${store.appliance.httpPort}/api/v1`;
    const call = (method: string, path: string) => fetch(`${base()}${path}`, { method, headers: { authorization: admin } });

    // Some bulk so an online backup takes more than one step.
    await store.appliance.ctx.commands.run('test.bulk', (tx) => {
      tx.db.exec('CREATE TABLE IF NOT EXISTS bulk_rows (v TEXT)');
      const insert = tx.db.prepare('INSERT INTO bulk_rows VALUES (?)');
      for (let i = 0; i < 4000; i += 1) insert.run('x'.repeat(1000));
    });
    // Backup "good": before the day was opened. Then the day opens.
    const good = (await (await call('POST', '/backups')).json()).data.name as string;
    expect((await call('POST', '/business-days/open')).status).toBe(201);
    // A damaged file someone left in the backups folder.
    const damaged = 'store-damaged-2026-01-01.db';
    writeFileSync(join(dir, 'backups', damaged), 'SQLite format 3\u0000 but not really');

    // The admin restores "good"; a second click (another admin, another tab) tries the damaged one meanwhile.
    const [accepted, refused] = await Promise.all([call('POST', `/backups/${good}/restore`), call('POST', `/backups/${damaged}/restore`)]);
    const acceptedBody = await accepted.json();
    expect(accepted.status).toBe(202);
    // Refused as damaged, or (asked for while "good" is being restored) as 409 RESTORE_IN_PROGRESS.
    expect([[422, 'BACKUP_INVALID'], [409, 'RESTORE_IN_PROGRESS']]).toContainEqual([refused.status, (await refused.json()).error.code]);

    // Wait for the restart(s) to settle.
    for (let i = 0; i < 3; i += 1) {
      await store.restarting;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const db = new Database(join(dir, 'store.db'), { readonly: true });
    let days: number;
    let restored: string[];
    try {
      days = db.prepare('SELECT count(*) FROM business_days').pluck().get() as number;
      restored = (db.prepare("SELECT payload FROM journal WHERE type = 'backup.restored'").pluck().all() as string[]).map((p) => JSON.parse(p).name);
    } finally {
      db.close();
    }
    await store.appliance.stop();
    // The 202 for "good" means the store now runs on "good" (no day opened), journaled once.
    expect({ answered: acceptedBody.data.name, restartErrors: store.restartErrors.map(String), days, restored }).toEqual({ answered: good, restartErrors: [], days: 0, restored: [good] });
  });
});

describe('restoring a backup this build cannot open', () => {
  const dir = mkdtempSync(join(tmpdir(), 'chefia-restore-newer-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is refused by the verification (422 BACKUP_NEWER_THAN_APPLIANCE): the store keeps running on its own database', async () => {
    const store = await startRestartable(dir);
    const base = () => `http://127.0.0.1:${store.appliance.httpPort}/api/v1`;
    const call = (method: string, path: string) => fetch(`${base()}${path}`, { method, headers: { authorization: admin } });
    expect((await call('POST', '/business-days/open')).status).toBe(201);
    // A backup taken by the newer version the store image has just fallen back from: it records a migration this build does not know.
    const name = (await (await call('POST', '/backups')).json()).data.name as string;
    const copy = new Database(join(dir, 'backups', name));
    copy.prepare('INSERT INTO schema_migrations (id, applied_at) VALUES (?, ?)').run('business-day/999_from_the_newer_version', new Date().toISOString());
    copy.close();

    const answer = await call('POST', `/backups/${name}/restore`);
    const status = answer.status;
    expect((await answer.json()).error.code).toBe('BACKUP_NEWER_THAN_APPLIANCE');
    for (let i = 0; i < 3; i += 1) {
      await store.restarting;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const restartErrors = store.restartErrors.map(String);
    await store.appliance?.stop().catch(() => undefined);
    // Swapped in, it would make the restart die with DATABASE_NEWER_THAN_APPLIANCE (main.ts exits; the unit does not restart on that exit code).
    expect({ status, restartErrors }).toEqual({ status: 422, restartErrors: [] });
  });
});
