import { startAppliance } from '../../appliance/src/kernel/appliance.js';
import { loadConfig } from '../../appliance/src/kernel/config.js';
import { createLogger } from '../../appliance/src/kernel/logger.js';
import { applianceModules, downstreamAppliers } from '../../appliance/src/modules.js';
import { createReplicationModule } from '../../appliance/src/replication/index.js';

/**
 * The real appliance with every production module plus replication, for the relay end-to-end
 * suite. Backoff is capped at 1 s so the suite does not wait a production-length minute for the
 * relay it just restarted. If modules.ts already lists replication, that instance is replaced.
 */
const config = loadConfig();
const logger = createLogger(config.logLevel);
const modules = [
  ...applianceModules().filter((module) => module.name !== 'replication'),
  createReplicationModule({
    appliers: downstreamAppliers,
    replicator: { backoff: { baseMs: 200, maxMs: 1000 }, idlePollMs: 200 },
    downstreamWaitSeconds: 2,
  }),
];
const appliance = await startAppliance({ config, modules, logger });
logger.info({ httpPort: appliance.httpPort, mqttPort: appliance.mqttPort, storeId: config.storeId }, 'ready');
process.once('SIGTERM', () => {
  void appliance.stop().then(() => process.exit(0));
});
