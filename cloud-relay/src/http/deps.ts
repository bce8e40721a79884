import type { Logger } from 'pino';
import type { RelayConfig } from '../config.js';
import type { RelayDb } from '../db/database.js';
import type { DownstreamChannel } from '../downstream/downstream-service.js';
import type { ChatRuntime } from '../chat/runtime.js';
import type { IngestAdmission } from '../ingest/admission.js';
import type { MarketplaceRuntime } from '../marketplaces/runtime.js';
import type { RelayMetrics } from '../metrics/relay-metrics.js';
import type { InFlightRequests } from './in-flight.js';

/** What operating the node needs: back-pressure, metrics, and the stop in progress. */
export interface RelayOps {
  admission: IngestAdmission;
  metrics: RelayMetrics;
  /** Bearer token for `/metrics`; unset = loopback scrapes only. */
  metricsToken?: string;
  /** Aborted when the node starts stopping: long polls answer at once, new requests get 503. */
  stopping: AbortSignal;
  /** Route handlers running now; the pool is closed only once they are done. */
  handlers: InFlightRequests;
}

export interface RelayDeps {
  db: RelayDb;
  /** Where report queries run: the read replica when DATABASE_REPLICA_URL is set, else `db`. */
  reportsDb: RelayDb;
  downstream: DownstreamChannel;
  config: Pick<RelayConfig, 'storeOfflineAfterSeconds'>;
  logger: Logger;
  marketplaces: MarketplaceRuntime;
  chat: ChatRuntime;
  ops: RelayOps;
}
