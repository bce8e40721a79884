import { serve, type ServerType } from '@hono/node-server';
import type { Server as HttpServer } from 'node:http';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { EmbeddedBroker, type BrokerAuthenticator } from './broker/broker.js';
import { systemClock, type Clock } from './clock.js';
import type { Config } from './config.js';
import { applyMigrations } from './db/migrations.js';
import { kernelMigrations } from './db/kernel-migrations.js';
import { assertDatabaseNotNewer } from './db/newer-database.js';
import { openStore } from './db/open.js';
import { StorageMonitor } from './db/storage-full.js';
import { storageFull } from './errors.js';
import { STORE_CHECKPOINT_PACING, WalCheckpointer } from './db/wal-checkpointer.js';
import { WalSyncer } from './db/wal-sync.js';
import { createQueryDb } from './db/query-db.js';
import { diskProbe, HealthRegistry, memoryProbe } from './health.js';
import { createHttpApp } from './http/app.js';
import { registerWebAssets } from './http/web-apps.js';
import type { Authenticator } from './http/env.js';
import { MessageCatalog } from './i18n/catalog.js';
import { kernelMessages } from './i18n/kernel.pt-BR.js';
import { CommandBus } from './journal/command-bus.js';
import type { NewEvent } from './journal/event.js';
import { EventBus } from './journal/event-bus.js';
import { JournalStore } from './journal/journal-store.js';
import { createLogger, type Logger } from './logger.js';
import { createMetrics } from './metrics.js';
import type { ApplianceModule, ModuleContext } from './module.js';
import { openStoreVault } from './pii/store-vault.js';
import { secureDataDir } from './secrets/data-dir.js';
import { registerServiceRestartRoutes, RestartableSubsystems } from './service-restart.js';
import { registerSystemUpdateRoutes, SYSTEM_UPDATE_UPLOAD_PATH } from './system-update.js';
import { registerSystemRoutes } from './system-routes.js';

export interface ApplianceOptions {
  config: Config;
  modules: ApplianceModule[];
  logger?: Logger;
  clock?: Clock;
  /** Checks every emitted event before it is journaled (CommandBus.checkEvent); tests set it, production does not. */
  checkEvent?: (event: NewEvent) => void;
  /**
   * The host's in-place restart (main.ts): stop everything, run `prepare` with the database
   * closed, start again on the same ports. Without it `ctx.requestRestart` answers false.
   */
  onRestartRequested?: (reason: string, prepare: () => void) => void;
}

export interface RunningAppliance {
  ctx: ModuleContext;
  httpPort: number;
  mqttPort: number;
  stop(): Promise<void>;
}

const IDEMPOTENCY_RETENTION_MS = 7 * 24 * 3600 * 1000;

/** Opens the store database, wires modules into HTTP and MQTT, and starts listening. */
export async function startAppliance(options: ApplianceOptions): Promise<RunningAppliance> {
  const { config, modules } = options;
  const logger = options.logger ?? createLogger(config.logLevel);
  const clock = options.clock ?? systemClock;
  secureDataDir(config.dataDir);
  const dbFile = join(config.dataDir, 'store.db');
  const migrations = [...kernelMigrations, ...modules.flatMap((m) => m.migrations ?? [])];
  const { db, readDb, exclusive } = openStore(dbFile, config.durability);
  try {
    assertDatabaseNotNewer(db, migrations);
  } catch (error) {
    if (readDb !== db) readDb.close();
    db.close();
    throw error;
  }
  if (exclusive) logger.warn({ dataDir: config.dataDir }, 'disk full: database opened with one connection; writes are refused until space is freed');
  applyMigrations(db, migrations);
  const walSyncer =
    config.durability === 'group-fsync'
      ? new WalSyncer(`${dbFile}-wal`, (error) => {
          logger.fatal({ err: error }, 'fsync of the WAL failed; stopping so nothing unsynced is acknowledged');
          process.exit(70);
        })
      : null;
  const messages = new MessageCatalog();
  messages.add('pt-BR', kernelMessages);
  for (const m of modules) if (m.messages) messages.add('pt-BR', m.messages['pt-BR']);

  const metrics = createMetrics();
  const journal = new JournalStore(db);
  const commands = new CommandBus(db, journal, clock, walSyncer ? (done) => walSyncer.afterCommit(done) : null);
  const storage = new StorageMonitor(config.dataDir, () => clock.now());
  commands.mapError = (error) => (storage.noteFailure(error) ? storageFull() : error);
  const pii = openStoreVault(db, config.dataDir, commands);
  commands.checkEvent = options.checkEvent ?? null;
  const checkpointer = new WalCheckpointer(db, STORE_CHECKPOINT_PACING, (result) => {
    if (!result.ok) logger.warn({ error: result.error }, 'WAL checkpoint failed; retrying after the next commit');
  });
  checkpointer.durable = () => commands.durable();
  commands.batchObserver = (size, committed) => {
    metrics.commandBatchSize.observe(size);
    checkpointer.noteCommit();
    // As COMMIT returns, not after the fsync: a later batch refused for a full disk must not be
    // forgotten by this one's acknowledgement arriving after it.
    if (committed) storage.noteCommit();
  };
  commands.onListenerError = (error) => logger.error({ err: error }, 'commit listener or in-transaction reaction failed');
  const events = new EventBus(db, journal, logger, () => commands.durable());
  metrics.journalSeq.set(journal.lastSeq());

  let authentication: (Authenticator & BrokerAuthenticator) | null = null;
  const broker = await EmbeddedBroker.create({
    storeId: config.storeId,
    logger,
    metrics,
    authenticator: () => authentication,
    limits: config.mqtt,
  });
  commands.onCommit((committed) => {
    metrics.journalSeq.set(committed[committed.length - 1].seq);
    // One increment per type and batch: prom-client hashes the labels on every call.
    const perType = new Map<string, number>();
    for (const event of committed) perType.set(event.type, (perType.get(event.type) ?? 0) + 1);
    for (const [type, count] of perType) metrics.journalEvents.inc({ type }, count);
    events.publish(committed);
  });
  // Events for supervisors go to `audit/`, which only ADMIN and MANAGER may read, not to `events/`
  // that every till, tablet and kitchen screen subscribes to: the security events (logins,
  // overrides: people and addresses), the replies to chat customers (their names, addresses and
  // orders, written out for them) and the drawers' events (the cash in an open drawer and other
  // operators' close reports: a cashier counts blind and reads only their own drawer), and the
  // day's close, whose Z report lists every drawer's count and difference (`reports.read` only).
  events.subscribe('mqtt-event-publisher', '*', (event) => {
    const forSupervisors = event.type.startsWith('auth.') || event.type.startsWith('cashier.') || event.type === 'chat.reply_queued' || event.type === 'business_day.closed';
    const branch = forSupervisors ? 'audit' : 'events';
    return broker.publish(`store/${config.storeId}/${branch}/${event.type}`, event, { qos: 1 });
  });

  const { root, api } = createHttpApp({
    commands,
    messages,
    logger,
    metrics,
    maxBodyBytes: config.maxBodyBytes,
    streamedBodyPaths: new Set([SYSTEM_UPDATE_UPLOAD_PATH]),
    authenticator: () => authentication,
  });
  registerWebAssets(root);
  const health = new HealthRegistry();
  health.add('database', () => {
    db.prepare('SELECT 1').get();
    return { ...storage.check(), lastSeq: journal.lastSeq() };
  });
  health.add('broker', () => ({ status: 'ok', clients: broker.clientCount() }));
  health.add('disk', diskProbe(config.dataDir));
  health.add('memory', memoryProbe());

  const ctx: ModuleContext = {
    config,
    db,
    queryDb: createQueryDb(readDb),
    commands,
    events,
    journal,
    api,
    root,
    mqtt: broker,
    logger,
    metrics,
    clock,
    messages,
    health,
    subsystems: new RestartableSubsystems(),
    pii,
    httpPort: config.httpPort,
    provideAuthentication(auth) {
      authentication = auth;
    },
    requestRestart(reason, prepare = () => undefined) {
      if (!options.onRestartRequested) return false;
      // After the current request's answer is on its way: the restart closes the HTTP server.
      setImmediate(() => options.onRestartRequested!(reason, prepare));
      return true;
    },
  };
  registerSystemRoutes(ctx);
  registerServiceRestartRoutes(ctx, ctx.subsystems, options.onRestartRequested !== undefined);
  registerSystemUpdateRoutes(ctx);
  for (const m of modules) m.register?.(ctx);
  const sealed = pii.sealStored(db, clock.now().toISOString());
  if (Object.values(sealed).some((n) => n > 0)) logger.info({ sealed, keyId: pii.keyring.currentKeyId }, 'personal data sealed under the current key');
  root.route('/api/v1', api);

  if (config.demo) await seedDemoOnce(ctx, modules);

  const mqttPort = await broker.listenTcp(config.host, config.mqttPort);
  const server = await listenHttp(root.fetch, config.host, config.httpPort);
  broker.attachWebSocket(server as HttpServer);
  const httpPort = (server.address() as AddressInfo).port;
  ctx.httpPort = httpPort;

  // WAL checkpoints follow the commits (WalCheckpointer); this timer only purges expired idempotency keys.
  const purge = setInterval(() => {
    try {
      db.prepare('DELETE FROM idempotency_keys WHERE created_at < ?').run(new Date(clock.now().getTime() - IDEMPOTENCY_RETENTION_MS).toISOString());
    } catch (error) {
      logger.warn({ err: error }, 'idempotency key purge failed; retrying next interval');
    }
  }, config.purgeSeconds * 1000);
  purge.unref();

  let stopping: Promise<void> | null = null;
  const stop = () =>
    (stopping ??= (async () => {
      clearInterval(purge);
      const httpClosed = new Promise<void>((resolve) => server.close(() => resolve()));
      (server as HttpServer).closeIdleConnections?.();
      await commands.drain();
      // Modules may still record state while stopping (e.g. last-seen times), so the bus closes after them.
      for (const m of [...modules].reverse()) await m.stop?.();
      await commands.drain();
      commands.close();
      await events.stop();
      await broker.close();
      (server as HttpServer).closeAllConnections?.();
      await httpClosed;
      checkpointer.stop();
      await walSyncer?.flush();
      walSyncer?.close();
      try {
        db.pragma('wal_checkpoint(TRUNCATE)');
      } catch (error) {
        // E.g. a full disk: the WAL stays and SQLite replays it at the next start.
        logger.warn({ err: error }, 'final WAL checkpoint failed');
      }
      readDb.close();
      db.close();
    })());

  try {
    for (const m of modules) {
      try {
        await m.start?.(ctx);
      } catch (error) {
        // A store whose disk filled up must still start and show its data.
        if (!storage.noteIncompleteStart(m.name, error)) throw error;
        logger.error({ err: error, module: m.name }, 'module start could not write: disk full; the rest of its start waits for a restart');
      }
    }
  } catch (error) {
    // Never leave ports and the database open behind a failed start.
    await stop().catch((stopError) => logger.error({ err: stopError }, 'cleanup after failed start failed'));
    throw error;
  }

  return { ctx, httpPort, mqttPort, stop };
}

function listenHttp(fetch: (request: Request) => Response | Promise<Response>, hostname: string, port: number): Promise<ServerType> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch, hostname, port }, () => resolve(server));
    server.once('error', reject);
  });
}

async function seedDemoOnce(ctx: ModuleContext, modules: ApplianceModule[]): Promise<void> {
  const seeded = ctx.db.prepare("SELECT value FROM settings WHERE key = 'demo_seeded'").pluck().get();
  if (seeded) return;
  for (const m of modules) await m.seedDemo?.(ctx);
  ctx.db.prepare("INSERT INTO settings (key, value) VALUES ('demo_seeded', ?)").run(new Date().toISOString());
  ctx.logger.info('demo store seeded');
}
