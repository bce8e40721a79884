import Database from 'better-sqlite3';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestAppliance, type TestAppliance } from '../kernel/testing/harness.js';
import { businessDayModule } from './index.js';

describe('database backups for the service dashboard', () => {
  let app: TestAppliance;
  let auth: string;
  const scratch = mkdtempSync(join(tmpdir(), 'chefia-backup-download-'));
  const call = (method: string, path: string, authorization = auth) => fetch(`${app.baseUrl}/api/v1${path}`, { method, headers: { authorization } });

  beforeAll(async () => {
    app = await startTestAppliance([businessDayModule]);
    auth = app.bearer(['backups.manage', 'business_day.manage']);
  });
  afterAll(async () => {
    await app.close();
    rmSync(scratch, { recursive: true, force: true });
  });

  it('makes a backup now, lists it newest first, journals it and downloads a database that opens', async () => {
    expect((await (await call('GET', '/backups')).json()).data).toEqual([]);
    await call('POST', '/business-days/open');
    const made = await call('POST', '/backups');
    expect(made.status).toBe(201);
    const backup = (await made.json()).data as { name: string; bytes: number };
    expect(backup.name).toMatch(/^store-manual-.*\.db$/);
    const list = (await (await call('GET', '/backups')).json()).data as { name: string; bytes: number; createdAt: string }[];
    expect(list.map((b) => [b.name, b.bytes])).toEqual([[backup.name, backup.bytes]]);
    expect(app.ctx.journal.readAfter(0).map((e) => e.type)).toEqual(['business_day.opened', 'backup.created']);

    const download = await call('GET', `/backups/${backup.name}`);
    expect(download.headers.get('content-disposition')).toBe(`attachment; filename="${backup.name}"`);
    const file = join(scratch, backup.name);
    writeFileSync(file, Buffer.from(await download.arrayBuffer()));
    const copy = new Database(file, { readonly: true });
    expect(copy.prepare('SELECT count(*) FROM business_days').pluck().get()).toBe(1);
    copy.close();
  });

  it('refuses other names and roles without the permission', async () => {
    for (const name of ['store-nope.db', '..%2Fstore.db', 'jwt-secret']) {
      const res = await call('GET', `/backups/${name}`);
      expect([res.status, (await res.json()).error.code]).toEqual([404, 'BACKUP_NOT_FOUND']);
    }
    expect((await call('GET', '/backups', app.bearer(['business_day.manage']))).status).toBe(403);
  });

  it('restore: refuses a damaged copy, and a host that cannot restart, leaving the database as it was', async () => {
    const damaged = 'store-damaged-2026-01-01.db';
    writeFileSync(join(app.dataDir, 'backups', damaged), 'SQLite format 3\u0000 but not really');
    const refused = await call('POST', `/backups/${damaged}/restore`);
    expect([refused.status, (await refused.json()).error.message]).toEqual([422, 'A cópia de segurança está danificada ou não é um banco de dados do Chefia: nada foi restaurado.']);

    const good = ((await (await call('GET', '/backups')).json()).data as { name: string }[]).find((b) => b.name.startsWith('store-manual-'))!;
    const seq = app.ctx.journal.lastSeq();
    // The test harness has no in-place restart (main.ts has): nothing is swapped, and it says so.
    const noRestart = await call('POST', `/backups/${good.name}/restore`);
    expect([noRestart.status, (await noRestart.json()).error.code]).toEqual([503, 'RESTART_NOT_SUPPORTED']);
    expect(existsSync(join(app.dataDir, 'restore-staged.db'))).toBe(false);
    expect(app.ctx.journal.lastSeq()).toBe(seq);
    expect(((await (await call('GET', '/backups')).json()).data as { name: string }[]).some((b) => b.name.startsWith('store-pre-restore-'))).toBe(true);
  });
});
