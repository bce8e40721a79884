import Database from 'better-sqlite3';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestAppliance, type TestAppliance } from '../kernel/testing/harness.js';
import { backupDatabase } from './backup.js';
import { businessDayModule } from './index.js';

describe('two backups asked for at the same time', () => {
  let app: TestAppliance;
  beforeAll(async () => {
    app = await startTestAppliance([businessDayModule]);
    // A store database of some size, so the online copy takes more than one step (as a real one does).
    await app.ctx.commands.run('test.bulk', (tx) => {
      tx.db.exec('CREATE TABLE bulk_rows (v TEXT)');
      const insert = tx.db.prepare('INSERT INTO bulk_rows VALUES (?)');
      for (let i = 0; i < 40000; i += 1) insert.run('x'.repeat(1000));
    });
  });
  afterAll(() => app.close());

  it('a "backup now" asked for while the day-close copy is being written waits for it: both backups are whole and no partial file stays', async () => {
    // The day close (workflows/business-day-close.ts) and POST /backups both call backupDatabase.
    const take = (label: string) => backupDatabase(app.ctx.db, app.dataDir, label, 14, () => app.ctx.commands.durable()).then((b) => b, (error: Error) => error.message);
    const dayClose = take('2026-12-05');
    // "Backup now" arrives while the day-close copy is being written.
    const dir = join(app.dataDir, 'backups');
    while (!(existsSync(dir) && readdirSync(dir).some((n) => n.endsWith('.partial')))) await new Promise((resolve) => setImmediate(resolve));
    const results = await Promise.all([dayClose, take('manual')]);
    expect(results.map((r) => (typeof r === 'string' ? r : 'ok'))).toEqual(['ok', 'ok']);
    for (const result of results) {
      const file = (result as { file: string }).file;
      expect(existsSync(file)).toBe(true);
      const copy = new Database(file, { readonly: true });
      expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
      copy.close();
    }
    expect(readdirSync(join(app.dataDir, 'backups')).filter((n) => n.endsWith('.partial'))).toEqual([]);
  });
});
