import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../appliance/src/kernel/paths.js';
import { spawnRelay } from './relay-process.js';

/** The relay's process contract, as `npm run relay` runs it: env configuration, embedded Postgres, ready line, clean stop. */
describe('relay process contract', () => {
  const dir = mkdtempSync(join(tmpdir(), 'chefia-relay-contract-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses invalid configuration with exit code 2 and a message per variable', async () => {
    const proc = spawn(process.execPath, [join(repoRoot(), 'dist', 'cloud-relay', 'src', 'main.js')], {
      env: { PATH: process.env.PATH ?? '', RELAY_HTTP_PORT: 'abc', DATABASE_URL: 'mysql://nope' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    proc.stderr.on('data', (chunk) => (stderr += chunk));
    const code = await new Promise((resolve) => proc.once('exit', resolve));
    expect(code).toBe(2);
    expect(stderr).toContain('RELAY_HTTP_PORT');
    expect(stderr).toContain('DATABASE_URL must be a postgres:// or postgresql:// URL');
  });

  it('starts on embedded Postgres under RELAY_DATA_DIR, logs ready with the port and stops cleanly', async () => {
    const dataDir = join(dir, 'relay');
    const relay = await spawnRelay({ RELAY_HTTP_PORT: '0', RELAY_DATA_DIR: dataDir }, 60_000);
    try {
      const health = await fetch(`http://127.0.0.1:${relay.httpPort}/health`);
      expect(health.status).toBe(200);
      expect(existsSync(join(dataDir, 'pg', 'PG_VERSION'))).toBe(true);
      const password = readFileSync(join(dataDir, 'admin-password'), 'utf8').trim();
      const login = await fetch(`http://127.0.0.1:${relay.httpPort}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'admin', password }),
      });
      expect(login.status).toBe(200);
      const ready = relay.logs.map((line) => { try { return JSON.parse(line); } catch { return null; } }).filter((entry) => entry?.msg === 'ready');
      expect(ready).toEqual([expect.objectContaining({ httpPort: relay.httpPort, embeddedPostgres: true })]);
    } finally {
      await relay.kill('SIGTERM');
    }
    expect(relay.proc.exitCode).toBe(0);
    expect(existsSync(join(dataDir, 'pg', 'postmaster.pid'))).toBe(false);
    // A clean stop logs nothing at error level (it used to log `driver has already been destroyed`).
    const lines = relay.logs.flatMap((chunk) => chunk.split('\n')).filter(Boolean);
    expect(lines.filter((line) => { try { return JSON.parse(line).level >= 50; } catch { return true; } })).toEqual([]);
    expect(lines.map((line) => JSON.parse(line).msg)).toEqual(expect.arrayContaining(['stopping', 'stopped']));
  });
});
