import { startAppliance } from './kernel/appliance.js';
import { ConfigError, loadConfig } from './kernel/config.js';
import { NEWER_DATABASE_EXIT_CODE, NewerDatabaseError } from './kernel/db/newer-database.js';
import { MessageCatalog } from './kernel/i18n/catalog.js';
import { kernelMessages } from './kernel/i18n/kernel.pt-BR.js';
import { createLogger } from './kernel/logger.js';
import { systemdNotifier } from './kernel/systemd-notify.js';
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
  let restarting: Promise<void> = Promise.resolve();
  // A restart (a backup restored, the dashboard's restart) stops every subsystem, lets the caller
  // work on the closed database, and starts again on the ports already bound, so terminals and the
  // back office reconnect to the same address. A restart that fails ends the process: the
  // supervisor (systemd) starts it afresh.
  const onRestartRequested = (reason: string, prepare: () => void) => {
    restarting = restarting.then(async () => {
      lifecycle.info({ reason }, 'restarting');
      await appliance.stop();
      prepare();
      appliance = await startAppliance({ config: { ...config, httpPort: appliance.httpPort, mqttPort: appliance.mqttPort }, modules: applianceModules(), logger, onRestartRequested });
      lifecycle.info({ httpPort: appliance.httpPort, mqttPort: appliance.mqttPort, storeId: config.storeId, dataDir: config.dataDir, reason }, 'ready');
    });
    restarting.catch((error) => {
      logger.fatal({ err: error, reason }, 'restart failed');
      logger.flush();
      process.exit(1);
    });
  };
  let appliance = await startAppliance({ config, modules: applianceModules(), logger, onRestartRequested }).catch((error) => {
    if (!(error instanceof NewerDatabaseError)) throw error;
    // After an update's fallback to the previous version: refuse, do not crash-loop (the store
    // image's unit does not restart on this exit code).
    const messages = new MessageCatalog();
    messages.add('pt-BR', kernelMessages);
    process.stderr.write(`${messages.t(error.code, { migrations: error.unknownMigrations.join(', ') })}\n`);
    process.exit(NEWER_DATABASE_EXIT_CODE);
  });
  lifecycle.info({ httpPort: appliance.httpPort, mqttPort: appliance.mqttPort, storeId: config.storeId, dataDir: config.dataDir }, 'ready');
  // The store image's systemd unit waits for READY=1 and restarts the appliance when the watchdog
  // goes unfed; during an in-place restart the health of the appliance being replaced is asked.
  const systemd = systemdNotifier({ logger, healthy: async () => (await appliance.ctx.health.report()).status !== 'down' });
  systemd.ready();

  const shutdown = (signal: string) => {
    lifecycle.info({ signal }, 'shutting down');
    systemd.stop();
    restarting.then(() => appliance.stop()).then(
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
