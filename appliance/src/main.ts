import { startAppliance } from './kernel/appliance.js';
import { ConfigError, loadConfig } from './kernel/config.js';
import { createLogger } from './kernel/logger.js';
import { applianceModules } from './modules.js';

async function main(): Promise<void> {
  // Everything the appliance creates (database, WAL, backups, device state, keys) is owner-only.
  process.umask(0o077);
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      for (const p of error.problems) process.stderr.write(`configuração inválida: ${p.variable}: ${p.message}\n`);
      process.exit(2);
    }
    throw error;
  }
  const logger = createLogger(config.logLevel);
  // Supervisors and tests wait for `ready`; it is logged even when requests are logged only at warn.
  const lifecycle = config.logLevel === 'silent' ? logger : logger.child({}, { level: 'info' });
  const appliance = await startAppliance({ config, modules: applianceModules(), logger });
  lifecycle.info({ httpPort: appliance.httpPort, mqttPort: appliance.mqttPort, storeId: config.storeId, dataDir: config.dataDir }, 'ready');

  const shutdown = (signal: string) => {
    lifecycle.info({ signal }, 'shutting down');
    appliance.stop().then(
      () => {
        lifecycle.info('stopped');
        logger.flush();
        process.exit(0);
      },
      (error) => {
        logger.fatal({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
}

main().catch((error) => {
  process.stderr.write(`falha ao iniciar: ${(error as Error).stack ?? error}\n`);
  process.exit(1);
});
