import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { clusterUrl, findFreePort, PASSWORD, startServer, stopProcess, type Cluster } from './embedded-postgres.js';
import { bundledBinaries, postgresAccount, reachableBinaries } from './postgres-binaries.js';

export interface EmbeddedReplicaHandle {
  /** Read-only URL of the standby. */
  url: string;
  port: number;
  /** Seconds between the primary's last commit the standby has replayed and now (0 when caught up). */
  lagSeconds(): Promise<number>;
  stop(): Promise<void>;
}

export interface EmbeddedReplicaOptions {
  /** The primary's data dir (as given to startEmbeddedPostgres) and its URL. */
  primaryDataDir: string;
  primaryUrl: string;
  /** Where the standby's cluster is created; must not exist yet. */
  dataDir: string;
  onLog?: (message: string) => void;
}

/** Files of a running cluster a base backup leaves out (as pg_basebackup does). */
const SKIPPED = new Set(['postmaster.pid', 'postmaster.opts', 'pg_wal', 'pg_replslot', 'pg_stat_tmp', 'pg_dynshmem', 'pg_notify', 'pg_serial', 'pg_snapshots', 'pg_subtrans']);

/**
 * A streaming read replica of an embedded cluster, for tests and benches. The embedded-postgres
 * package ships initdb, pg_ctl and postgres but not pg_basebackup, so the base backup is taken with
 * Postgres' low-level API, which is what pg_basebackup -R does over the wire: a physical replication
 * slot (so the primary keeps the WAL the standby still needs), pg_backup_start, a copy of the data
 * directory, pg_backup_stop's backup_label, then standby.signal and primary_conninfo. The standby is
 * started like the primary (same binaries, same account) and streams from the slot.
 */
export async function startEmbeddedReplica(options: EmbeddedReplicaOptions): Promise<EmbeddedReplicaHandle> {
  const source = path.resolve(options.primaryDataDir);
  const target = path.resolve(options.dataDir);
  if (fs.existsSync(target)) throw new Error(`replica data dir ${target} already exists`);
  const onLog = options.onLog ?? (() => undefined);
  const account = process.getuid?.() === 0 ? postgresAccount() : null;
  const bundled = await bundledBinaries();
  const binaries = account ? reachableBinaries(bundled, account) : bundled;
  const primary = new URL(options.primaryUrl);
  const slot = `replica_${path.basename(target).replace(/[^a-z0-9_]/gi, '_').toLowerCase()}`.slice(0, 60);

  const client = new pg.Client(options.primaryUrl);
  await client.connect();
  try {
    await client.query('SELECT pg_create_physical_replication_slot($1, true)', [slot]);
    // Non-exclusive backup: it lasts as long as this session, which stays open while the files are copied.
    await client.query("SELECT pg_backup_start('chefia-replica', true)");
    copyCluster(source, target);
    const stopped = await client.query<{ labelfile: string }>('SELECT labelfile FROM pg_backup_stop(true)');
    fs.writeFileSync(path.join(target, 'backup_label'), stopped.rows[0].labelfile, { mode: 0o600 });
  } finally {
    await client.end();
  }
  fs.writeFileSync(path.join(target, 'standby.signal'), '', { mode: 0o600 });
  const conninfo = `host=${primary.hostname} port=${primary.port} user=${decodeURIComponent(primary.username)} password=${decodeURIComponent(primary.password || PASSWORD)} application_name=${slot}`;
  fs.appendFileSync(path.join(target, 'postgresql.auto.conf'), `primary_conninfo = '${conninfo}'\nprimary_slot_name = '${slot}'\nhot_standby = on\n`);
  if (account) execFileSync('chown', ['-R', `${account.uid}:${account.gid}`, target]);

  const cluster: Cluster = { databaseDir: target, account, onLog };
  const port = await findFreePort();
  const server = await startServer(binaries.postgres, port, cluster);
  const url = new URL(clusterUrl(port));
  url.pathname = primary.pathname;
  const replicaUrl = url.toString();
  return {
    url: replicaUrl,
    port,
    async lagSeconds() {
      const replica = new pg.Client(replicaUrl);
      await replica.connect();
      try {
        // Caught up when everything received is replayed; otherwise the age of the last replayed commit.
        const result = await replica.query<{ lag: string }>(
          `SELECT CASE WHEN pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn() THEN 0
                       ELSE COALESCE(EXTRACT(EPOCH FROM now() - pg_last_xact_replay_timestamp()), 0) END AS lag`,
        );
        return Number(result.rows[0].lag);
      } finally {
        await replica.end();
      }
    },
    async stop() {
      await stopProcess(server);
      const cleanup = new pg.Client(options.primaryUrl);
      await cleanup.connect().then(
        () => cleanup.query('SELECT pg_drop_replication_slot($1)', [slot]).catch(() => undefined).finally(() => cleanup.end()),
        () => undefined,
      );
    },
  };
}

/** Copies the data directory with owners and modes (cp -a), leaving out what a base backup skips. */
function copyCluster(source: string, target: string): void {
  fs.mkdirSync(target, { mode: 0o700 });
  for (const entry of fs.readdirSync(source)) {
    if (SKIPPED.has(entry)) continue;
    execFileSync('cp', ['-a', path.join(source, entry), path.join(target, entry)]);
  }
  // Empty folders the server expects; WAL comes from the primary through the slot.
  for (const folder of ['pg_wal/archive_status', 'pg_wal/summaries', 'pg_replslot', 'pg_stat_tmp', 'pg_dynshmem', 'pg_notify', 'pg_serial', 'pg_snapshots', 'pg_subtrans']) {
    fs.mkdirSync(path.join(target, folder), { recursive: true, mode: 0o700 });
  }
}
