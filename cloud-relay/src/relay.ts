import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import net, { type AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import type { Hono } from 'hono';
import type { Logger } from 'pino';
import { DEFAULT_INGEST_ADMISSION, type RelayConfig } from './config.js';
import { createDatabase, type Database } from './db/database.js';
import { startEmbeddedPostgres, type EmbeddedPostgresHandle } from './db/embedded-postgres.js';
import { migrate } from './db/migrate.js';
import { ensurePartitions, schedulePartitionMaintenance } from './db/partitions.js';
import { DownstreamChannel } from './downstream/downstream-service.js';
import { createRelayApp } from './http/app.js';
import { InFlightRequests } from './http/in-flight.js';
import { IngestAdmission } from './ingest/admission.js';
import { createRelayMetrics } from './metrics/relay-metrics.js';
import type { RelayEnv } from './http/auth.js';
import { ensureAdminUser } from './hq/users.js';
import { createMarketplaceRuntime } from './marketplaces/runtime.js';
import { forgetMarketplaceCustomers } from './marketplaces/customer-data-retention.js';
import { createChatRuntime } from './chat/runtime.js';
import { forgetChatCustomers } from './chat/chat-customer-retention.js';
import { scheduleRetention } from './db/retention-schedule.js';

export interface RunningRelay {
  httpPort: number;
  /** The mounted routes, for the API description and its tests. */
  app: Hono<RelayEnv>;
  databaseUrl: string;
  database: Database;
  close(): Promise<void>;
}

/** Without RELAY_ADMIN_PASSWORD the first admin gets a random password kept (0600) in the data dir. */
function adminPassword(config: RelayConfig, logger: Logger): string {
  if (config.adminPassword) return config.adminPassword;
  const file = path.join(config.dataDir, 'admin-password');
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim();
  const generated = crypto.randomBytes(12).toString('base64url');
  fs.mkdirSync(config.dataDir, { recursive: true });
  fs.writeFileSync(file, `${generated}\n`, { mode: 0o600 });
  logger.warn({ file }, 'RELAY_ADMIN_PASSWORD not set; generated a password for user admin');
  return generated;
}

export async function startRelay(config: RelayConfig, logger: Logger): Promise<RunningRelay> {
  let embedded: EmbeddedPostgresHandle | undefined;
  let databaseUrl = config.databaseUrl;
  if (!databaseUrl) {
    embedded = await startEmbeddedPostgres({
      dataDir: path.join(config.dataDir, 'pg'),
      onLog: (message) => logger.debug({ postgres: message.trim() }, 'postgres'),
    });
    databaseUrl = embedded.url;
    logger.info({ port: embedded.port }, 'embedded postgres started');
  }
  const database = createDatabase(databaseUrl);
  try {
    const applied = await migrate(database.pool);
    if (applied.length > 0) logger.info({ applied }, 'migrations applied');
    const partitions = await ensurePartitions(database.pool);
    if (partitions.created.length > 0) logger.info({ created: partitions.created }, 'partitions created');
    if (await ensureAdminUser(database.db, adminPassword(config, logger))) logger.info('created HQ_ADMIN user admin');
  } catch (error) {
    await database.close();
    await embedded?.stop();
    throw error;
  }
  // Reports may read a streaming replica: seconds behind at worst, and off the ingest's primary.
  const replica = config.databaseReplicaUrl ? createDatabase(config.databaseReplicaUrl, 10) : undefined;
  const downstream = new DownstreamChannel(database.db);
  const marketplaces = createMarketplaceRuntime(database.db, downstream, config.marketplaces, config.dataDir, logger);
  const chat = createChatRuntime(database.db, downstream, config.chat, marketplaces.vault, config.marketplaces.leaseSeconds, logger);
  const admission = new IngestAdmission(config.ingestAdmission ?? DEFAULT_INGEST_ADMISSION);
  const metrics = createRelayMetrics({ db: database.db, pool: database.pool, admission });
  const stopping = new AbortController();
  const requests = new InFlightRequests();
  const handlers = new InFlightRequests();
  const ops = { admission, metrics, metricsToken: config.metricsToken, stopping: stopping.signal, handlers };
  const app = createRelayApp({ db: database.db, reportsDb: replica?.db ?? database.db, downstream, config, logger, marketplaces, chat, ops });
  const server: ServerType = await new Promise((resolve) => {
    const started = serve({ fetch: app.fetch, port: config.httpPort, hostname: config.httpHost }, () => resolve(started));
  });
  // A request counts until its answer is written out (or its connection dropped), not until the
  // handler returns: the stop must not close a connection with an answer still on its way.
  server.on('request', (_request: unknown, response: { once(event: 'close', listener: () => void): void }) => {
    requests.enter();
    response.once('close', () => requests.leave());
  });
  const httpPort = (server.address() as AddressInfo).port;
  marketplaces.worker.start();
  chat.worker.start();
  const partitionMaintenance = schedulePartitionMaintenance(database.pool, {
    rawEventsRetentionMonths: config.rawEventsRetentionMonths,
    onError: (error) => logger.error({ err: error }, 'partition maintenance failed'),
    onCreated: (created) => logger.info({ created }, 'partitions created'),
    onPruned: (pruned) => logger.info({ pruned: pruned.map((p) => ({ partition: p.partition, millis: Math.round(p.millis) })) }, 'raw events pruned'),
  });
  const customerDataRetention = scheduleRetention(() => forgetMarketplaceCustomers(database.db), {
    onError: (error) => logger.error({ err: error }, 'forgetting marketplace customers failed'),
    onForgotten: (forgotten) => logger.info(forgotten, 'marketplace customers past their retention forgotten'),
  });
  const chatCustomerRetention = scheduleRetention(() => forgetChatCustomers(database.db), {
    onError: (error) => logger.error({ err: error }, 'forgetting chat customers failed'),
    onForgotten: (forgotten) => logger.info(forgotten, 'chat customers past their retention forgotten'),
  });
  return {
    httpPort,
    app,
    databaseUrl,
    database,
    /**
     * The graceful stop (SIGTERM): stop accepting connections; answer long polls at once and
     * anything new on open connections with 503; let requests in flight finish for up to
     * RELAY_SHUTDOWN_GRACE_SECONDS (an ingest transaction commits or rolls back whole either way);
     * then close the remaining connections, stop the workers, and only then end the pool, so
     * nothing queries a destroyed pool.
     */
    close: async () => {
      if (stopping.signal.aborted) return;
      stopping.abort();
      admission.close();
      partitionMaintenance.stop();
      customerDataRetention.stop();
      chatCustomerRetention.stop();
      // Stop listening without http.Server#close: on Node 20 it also runs closeIdleConnections,
      // which counts a connection whose request body has fully arrived as idle even while its
      // answer is still being worked on, and so cuts an ingest in flight. Keep-alive connections
      // that stay open get 503 and `Connection: close` from the drain gate.
      const closed = new Promise<void>((resolve) => net.Server.prototype.close.call(server, () => resolve()));
      const serverSide = server as unknown as { closeAllConnections?: () => void };
      const graceMs = (config.shutdownGraceSeconds ?? 10) * 1000;
      if (!(await requests.idle(graceMs))) logger.warn({ requests: requests.size, graceMs }, 'requests still running at the end of the grace period; closing their connections');
      serverSide.closeAllConnections?.();
      await closed;
      await marketplaces.worker.stop();
      await chat.worker.stop();
      // Handlers whose connection was closed under them may still be in their transaction.
      if (!(await handlers.idle(graceMs))) logger.warn({ handlers: handlers.size }, 'handlers still running after their connections closed; closing the pool under them');
      await replica?.close();
      await database.close();
      await embedded?.stop();
    },
  };
}
