import type { Logger } from 'pino';
import type { MarketplaceConfig } from '../config.js';
import type { RelayDb } from '../db/database.js';
import type { DownstreamChannel } from '../downstream/downstream-service.js';
import { ConnectionSessions } from './connections.js';
import type { MarketplaceConnector } from './connector.js';
import { CredentialVault, marketplaceKey } from './credential-vault.js';
import { ifoodConnector } from './ifood/ifood-connector.js';
import { openDeliveryConnector } from './open-delivery/open-delivery-connector.js';
import { rappiConnector } from './rappi/rappi-connector.js';
import { uberEatsConnector } from './uber-eats/uber-eats-connector.js';
import { MarketplaceWorker } from './worker.js';

/** Every platform the relay speaks; a new platform is one folder and one line here. */
export const MARKETPLACE_CONNECTORS: ReadonlyMap<string, MarketplaceConnector> = new Map(
  [ifoodConnector, openDeliveryConnector, rappiConnector, uberEatsConnector].map((connector) => [connector.platform, connector]),
);

export interface MarketplaceRuntime {
  connectors: ReadonlyMap<string, MarketplaceConnector>;
  vault: CredentialVault;
  sessions: ConnectionSessions;
  worker: MarketplaceWorker;
}

export function createMarketplaceRuntime(
  db: RelayDb,
  downstream: DownstreamChannel,
  config: MarketplaceConfig,
  dataDir: string,
  logger: Logger,
): MarketplaceRuntime {
  const vault = new CredentialVault(marketplaceKey(config.key, dataDir));
  const sessions = new ConnectionSessions(db, vault, config.apiUrls);
  const worker = new MarketplaceWorker(db, MARKETPLACE_CONNECTORS, sessions, downstream, {
    pollSeconds: config.pollSeconds,
    leaseSeconds: config.leaseSeconds,
    tickMs: 250,
    backoff: { baseMs: 1000, maxMs: 60_000 },
  }, logger);
  return { connectors: MARKETPLACE_CONNECTORS, vault, sessions, worker };
}
