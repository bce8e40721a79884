import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APPLIANCE_LAUNCHER } from '../../../../test/support/appliance-process.js';
import { startTestAppliance } from '../testing/harness.js';
import { NEWER_DATABASE_EXIT_CODE, NewerDatabaseError } from './newer-database.js';

const FROM_A_NEWER_VERSION = 'kernel/999_from_a_newer_version';

/**
 * "Nothing written": store.db keeps its bytes and no transaction went to a WAL. (A read-only
 * connection may create an empty -wal and the -shm index beside a WAL database; neither holds data.)
 */
function snapshot(dataDir: string): { db: string; walBytes: number } {
  const wal = join(dataDir, 'store.db-wal');
  return {
    db: createHash('sha256').update(readFileSync(join(dataDir, 'store.db'))).digest('hex'),
    walBytes: existsSync(wal) ? statSync(wal).size : 0,
  };
}

/**
 * After an update is rolled back (the store image boots its previous root slot), the database may
 * carry migrations of the newer version. The older appliance must refuse to start on it rather than
 * misread or rewrite it.
 */
describe('a database migrated by a newer appliance', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'chefia-newer-db-'));

  beforeAll(async () => {
    const app = await startTestAppliance([], { dataDir });
    await app.close();
    const db = new Database(join(dataDir, 'store.db'));
    db.prepare('INSERT INTO schema_migrations (id, applied_at) VALUES (?, ?)').run(FROM_A_NEWER_VERSION, new Date().toISOString());
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
  }, 60_000);
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('is not opened for writing: start fails with the unknown migration and no byte changes', async () => {
    const before = snapshot(dataDir);
    const failure = await startTestAppliance([], { dataDir }).then(
      () => null,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(NewerDatabaseError);
    expect((failure as NewerDatabaseError).code).toBe('DATABASE_NEWER_THAN_APPLIANCE');
    expect((failure as NewerDatabaseError).unknownMigrations).toEqual([FROM_A_NEWER_VERSION]);
    expect(snapshot(dataDir)).toEqual(before);
  });

  it('makes the appliance process exit with its own code and a pt-BR explanation', () => {
    const before = snapshot(dataDir);
    const run = spawnSync(APPLIANCE_LAUNCHER, [], {
      env: { ...process.env, CHEFIA_DATA_DIR: dataDir, CHEFIA_HOST: '127.0.0.1', CHEFIA_HTTP_PORT: '0', CHEFIA_MQTT_PORT: '0', CHEFIA_LOG_LEVEL: 'silent', NOTIFY_SOCKET: '' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status).toBe(NEWER_DATABASE_EXIT_CODE);
    expect(run.stderr).toContain('O banco de dados da loja foi atualizado por uma versão mais nova do sistema');
    expect(run.stderr).toContain(FROM_A_NEWER_VERSION);
    expect(snapshot(dataDir)).toEqual(before);
  }, 60_000);
});
