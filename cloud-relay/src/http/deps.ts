import type { Logger } from 'pino';
import type { RelayConfig } from '../config.js';
import type { RelayDb } from '../db/database.js';
import type { DownstreamChannel } from '../downstream/downstream-service.js';
import type { ChatRuntime } from '../chat/runtime.js';
import type { MarketplaceRuntime } from '../marketplaces/runtime.js';

export interface RelayDeps {
  db: RelayDb;
  /** Where report queries run: the read replica when DATABASE_REPLICA_URL is set, else `db`. */
  reportsDb: RelayDb;
  downstream: DownstreamChannel;
  config: Pick<RelayConfig, 'storeOfflineAfterSeconds'>;
  logger: Logger;
  marketplaces: MarketplaceRuntime;
  chat: ChatRuntime;
}
