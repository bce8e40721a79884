import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Gauge } from 'prom-client';
import { bindJournalToStore } from '../kernel/journal/journal-stream.js';
import type { CommandTx } from '../kernel/journal/command-bus.js';
import type { ApplianceModule, ModuleContext } from '../kernel/module.js';
import { CREDENTIAL_FILE, readCredential, type RelayCredential } from './credential-store.js';
import { watchCredential } from './credential-watch.js';
import type { DownstreamApplier } from './downstream-applier.js';
import { DownstreamPoller } from './downstream-poller.js';
import { enrollAppliance } from './enroll.js';
import { replicationMessages } from './messages.pt-BR.js';
import { replicationMigrations } from './migrations.js';
import { RelayClient, RelayHttpError } from './relay-client.js';
import { backoffDelay } from './backoff.js';
import { WakeableSleep } from './wakeable-sleep.js';
import { Replicator, type ReplicationLag, type ReplicatorOptions } from './replicator.js';

export type { DownstreamApplier, CommandRunner, DownstreamOutcome } from './downstream-applier.js';
export type { DownstreamMessage } from '../../contract/index.js';
export type { ReplicationLag } from './replicator.js';
/** The sender on its own, for processes that replicate a journal outside the appliance (crash trials, benchmarks). */
export { RelayClient, Replicator };
/** What `npm run enroll` writes: a store's relay credential, placed in a data dir. */
export { writeCredential, type RelayCredential } from './credential-store.js';

/** Lag above this makes /health report the store as degraded. */
const DEGRADED_LAG_SECONDS = 600;

export interface ReplicationModuleOptions {
  /** HQ message appliers; a function when they need the store's context (its id, its config). */
  appliers?: DownstreamApplier[] | ((ctx: ModuleContext) => DownstreamApplier[]);
  replicator?: Partial<ReplicatorOptions>;
  downstreamWaitSeconds?: number;
}

export interface ReplicationModule extends ApplianceModule {
  /** Current lag, or null while the store is not enrolled. */
  lag(): ReplicationLag | null;
}

/**
 * Journal replication to the HQ relay and the HQ → store downstream channel. Inactive until the
 * store is enrolled (npm run enroll, or CHEFIA_RELAY_URL + CHEFIA_ENROLLMENT_CODE at start).
 * A running appliance watches its credential file, so `npm run enroll` (also `--force` with a new
 * code) takes effect without a restart.
 */
export function createReplicationModule(options: ReplicationModuleOptions = {}): ReplicationModule {
  let replicator: Replicator | null = null;
  let poller: DownstreamPoller | null = null;
  let enrolling: Promise<void> | null = null;
  let active: RelayCredential | null = null;
  let switching: Promise<void> = Promise.resolve();
  let watcher: { close(): void } | null = null;

  let stopped = false;
  const retry = new WakeableSleep();
  /** Why replication is off though the store has a credential file; shown in /health. */
  let problem: 'RELAY_CREDENTIAL_UNREADABLE' | 'JOURNAL_OF_ANOTHER_STORE' | null = null;

  /**
   * With CHEFIA_RELAY_URL + CHEFIA_ENROLLMENT_CODE the store enrolls itself, retrying in the
   * background while the relay is unreachable, so a store installed offline starts replicating
   * as soon as it gets through. An exchange whose answer was lost is retried the same way: the
   * relay takes the code again until the credential it issued is used. A refused code is not
   * retried: it needs a new code from HQ.
   */
  async function enrollFromConfig(ctx: ModuleContext): Promise<boolean> {
    const { relayUrl, enrollmentCode } = ctx.config;
    if (!relayUrl || !enrollmentCode) return false;
    for (let attempt = 1; !stopped; attempt += 1) {
      try {
        const result = await enrollAppliance({ dataDir: ctx.config.dataDir, relayUrl, code: enrollmentCode });
        if (!result.alreadyEnrolled) ctx.logger.info({ storeId: result.credential.storeId }, 'store enrolled at the relay');
        return true;
      } catch (error) {
        const refused = error instanceof RelayHttpError && !error.retryable;
        ctx.logger.warn({ err: (error as Error).message, attempt }, refused ? 'enrollment refused by the relay' : 'relay unreachable for enrollment; retrying');
        if (refused) return false;
        await retry.sleep(backoffDelay(attempt, { baseMs: 1000, maxMs: 60_000 }));
      }
    }
    return false;
  }

  function startReplication(ctx: ModuleContext, credential: RelayCredential): void {
    // A journal feeds one relay store: another store's journal (its backup restored on an appliance
    // not yet enrolled) would book that store's sales under this one.
    const bound = bindJournalToStore(ctx.db, credential.storeId);
    if (bound !== credential.storeId) {
      problem = 'JOURNAL_OF_ANOTHER_STORE';
      ctx.logger.error({ storeId: credential.storeId, journalStoreId: bound }, "this database's journal belongs to another relay store; replication stays off");
      return;
    }
    problem = null;
    const client = new RelayClient(credential.relayUrl, credential.storeId, credential.credential);
    const runner = { run: <T>(name: string, fn: (tx: CommandTx) => T) => ctx.commands.run(name, fn, { actor: { type: 'system', id: 'hq-relay' } }) };
    const started = new Replicator(ctx.db, client, options.replicator, ctx.logger, () => ctx.commands.durable(), (name, write) => runner.run(name, (tx) => write(tx.db)));
    started.start();
    replicator = started;
    active = credential;
    poller = new DownstreamPoller(
      ctx.db,
      client,
      runner,
      typeof options.appliers === 'function' ? options.appliers(ctx) : (options.appliers ?? []),
      { waitSeconds: options.downstreamWaitSeconds ?? 25, backoff: options.replicator?.backoff ?? { baseMs: 500, maxMs: 60_000 } },
      ctx.logger,
    );
    poller.start();
  }

  async function stopReplication(): Promise<void> {
    await poller?.stop();
    await replicator?.stop();
    poller = null;
    replicator = null;
    active = null;
  }

  /** (Re)starts replication with the credential on disk when it differs from the one in use. */
  function applyCredential(ctx: ModuleContext): Promise<void> {
    switching = switching.then(async () => {
      let credential: RelayCredential | null;
      try {
        credential = readCredential(ctx.config.dataDir);
      } catch (error) {
        // A damaged file (a bad hand edit) must not stop the store: what runs keeps running.
        if (!active) problem = 'RELAY_CREDENTIAL_UNREADABLE';
        ctx.logger.warn({ err: (error as Error).message }, 'relay credential file unreadable; replication unchanged');
        return;
      }
      if (!credential || stopped) return;
      if (active && active.credential === credential.credential && active.relayUrl === credential.relayUrl) return;
      const replaced = active !== null;
      await stopReplication();
      if (stopped) return;
      startReplication(ctx, credential);
      if (replaced) ctx.logger.info({ storeId: credential.storeId }, 'new relay credential: replication restarted with it');
    });
    return switching;
  }

  return {
    name: 'replication',
    migrations: replicationMigrations,
    messages: { 'pt-BR': replicationMessages },
    lag: () => replicator?.lag() ?? null,
    register(ctx) {
      ctx.health.add('replication', () => {
        const lag = replicator?.lag();
        if (!lag) return problem ? { status: 'degraded', enrolled: false, problem } : { status: 'ok', enrolled: false };
        const downstream = poller ? { cursor: poller.cursor(), ...poller.stats } : null;
        return { status: lag.seconds > DEGRADED_LAG_SECONDS ? 'degraded' : 'ok', enrolled: true, ...lag, downstream };
      });
      const gauge = (name: string, help: string, read: (lag: ReplicationLag) => number) =>
        new Gauge({
          name,
          help,
          registers: [ctx.metrics.registry],
          collect() {
            const lag = replicator?.lag();
            if (lag) this.set(read(lag));
          },
        });
      gauge('chefia_replication_lag_events', 'Journal events not yet acknowledged by the relay', (lag) => lag.events);
      gauge('chefia_replication_lag_seconds', 'Age of the oldest journal event not yet acknowledged by the relay', (lag) => lag.seconds);
      gauge('chefia_replication_relay_high_water', 'Last journal seq acknowledged by the relay', (lag) => lag.relayHighWater ?? 0);
      gauge('chefia_replication_consecutive_failures', 'Failed relay requests since the last success', (lag) => lag.consecutiveFailures);
    },
    async start(ctx) {
      ctx.commands.onCommit(() => replicator?.wake());
      // The service dashboard's restart: replication (and a pending enrollment) starts over at once, without its back-off.
      ctx.subsystems.add('replication', async () => {
        retry.wake();
        switching = switching.then(stopReplication);
        await applyCredential(ctx);
      });
      watcher = watchCredential(ctx.config.dataDir, () => {
        const enrolledNow = active === null;
        void applyCredential(ctx).then(() => {
          if (enrolledNow && active) ctx.logger.info({ storeId: active.storeId }, 'store enrolled while running: replication started');
        });
      });
      if (existsSync(join(ctx.config.dataDir, CREDENTIAL_FILE))) {
        await applyCredential(ctx);
        return;
      }
      if (!ctx.config.relayUrl || !ctx.config.enrollmentCode) {
        ctx.logger.info('replication off: store not enrolled at a relay; `npm run enroll` starts it without a restart');
        return;
      }
      enrolling = enrollFromConfig(ctx).then((enrolled) => {
        if (enrolled) return applyCredential(ctx);
      });
    },
    async stop() {
      stopped = true;
      watcher?.close();
      retry.wake();
      await enrolling;
      await switching;
      await stopReplication();
    },
  };
}
