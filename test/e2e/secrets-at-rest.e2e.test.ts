import Database from 'better-sqlite3';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { spawnAppliance, type ApplianceProcess } from '../support/appliance-process.js';
import { ApiClient } from '../support/http-client.js';

const mode = (path: string) => statSync(path).mode & 0o777;

/** Every regular file and directory under the data dir, with its permission bits. */
function modesUnder(dir: string): { path: string; mode: number; isDir: boolean }[] {
  const found: { path: string; mode: number; isDir: boolean }[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isSymbolicLink()) continue;
    const path = join(entry.parentPath, entry.name);
    found.push({ path, mode: mode(path), isDir: entry.isDirectory() });
  }
  return found;
}

describe('secrets at rest (built appliance)', () => {
  const root = mkdtempSync(join(tmpdir(), 'chefia-secrets-'));
  // A data dir the appliance creates itself, as on a fresh store.
  const dataDir = join(root, 'store');
  let appliance: ApplianceProcess | undefined;

  afterAll(async () => {
    await appliance?.kill('SIGTERM');
    rmSync(root, { recursive: true, force: true });
  });

  it('keeps the data dir 0700 and every file in it 0600, the token key outside the database, backups included', async () => {
    appliance = await spawnAppliance({ dataDir, readyTimeoutMs: 90_000 });
    const admin = await new ApiClient(appliance.baseUrl).login();
    expect((await admin.post('/business-days/open', {})).status).toBe(201);
    const closed = await admin.post('/business-days/current/close', {});
    expect(closed.status).toBe(200);
    expect(mode(closed.body.data.backup.file)).toBe(0o600);

    expect(mode(dataDir)).toBe(0o700);
    for (const name of ['store.db', 'store.db-wal', 'store.db-shm', 'jwt-secret']) expect(mode(join(dataDir, name)), name).toBe(0o600);
    for (const entry of modesUnder(dataDir)) expect(entry.mode, entry.path).toBe(entry.isDir ? 0o700 : 0o600);

    const db = new Database(join(dataDir, 'store.db'), { readonly: true });
    const settings = db.prepare('SELECT key, value FROM settings').all() as { key: string; value: string }[];
    db.close();
    const secret = readFileSync(join(dataDir, 'jwt-secret'), 'utf8').trim();
    expect(secret.length).toBeGreaterThanOrEqual(32);
    expect(settings.map((s) => s.key)).not.toContain('auth.jwt_secret');
    expect(JSON.stringify(settings)).not.toContain(secret);
    await appliance.kill('SIGTERM');
    appliance = undefined;
  }, 180_000);

  it('moves the key of a store that kept it in the database into the file, and its tokens keep working', async () => {
    appliance = await spawnAppliance({ dataDir, readyTimeoutMs: 90_000 });
    const token = (await new ApiClient(appliance.baseUrl).login()).token!;
    await appliance.kill('SIGTERM');
    appliance = undefined;

    // Put the store back the way older versions left it: key in `settings`, world-readable files.
    const secret = readFileSync(join(dataDir, 'jwt-secret'), 'utf8').trim();
    unlinkSync(join(dataDir, 'jwt-secret'));
    const db = new Database(join(dataDir, 'store.db'));
    db.prepare("INSERT INTO settings (key, value) VALUES ('auth.jwt_secret', ?)").run(secret);
    db.close();
    chmodSync(dataDir, 0o755);
    chmodSync(join(dataDir, 'store.db'), 0o644);
    const backups = join(dataDir, 'backups');
    chmodSync(backups, 0o755);
    for (const name of readdirSync(backups)) chmodSync(join(backups, name), 0o644);

    appliance = await spawnAppliance({ dataDir, readyTimeoutMs: 90_000 });
    expect((await new ApiClient(appliance.baseUrl, token).get('/auth/me')).status).toBe(200);
    expect(readFileSync(join(dataDir, 'jwt-secret'), 'utf8').trim()).toBe(secret);
    const reopened = new Database(join(dataDir, 'store.db'), { readonly: true });
    expect(reopened.prepare("SELECT count(*) FROM settings WHERE key = 'auth.jwt_secret'").pluck().get()).toBe(0);
    reopened.close();
    expect(mode(dataDir)).toBe(0o700);
    for (const entry of modesUnder(dataDir)) expect(entry.mode, entry.path).toBe(entry.isDir ? 0o700 : 0o600);
  }, 180_000);
});
