import { ConfigError, loadRelayConfig } from './config.js';
import { createLogger } from './logger.js';
import { startRelay } from './relay.js';

async function main(): Promise<void> {
  let config;
  try {
    config = loadRelayConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
  const logger = createLogger(config.logLevel);
  const relay = await startRelay(config, logger);
  logger.info({ httpPort: relay.httpPort, embeddedPostgres: !config.databaseUrl }, 'ready');
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping');
    // A stop held up past its grace twice over (a query stuck on a lock, a Postgres that does not
    // answer) ends anyway, rather than waiting for the supervisor's SIGKILL.
    const graceSeconds = config.shutdownGraceSeconds ?? 10;
    setTimeout(() => {
      logger.warn({ graceSeconds }, 'stop did not finish in time; exiting');
      process.exit(1);
    }, (2 * graceSeconds + 30) * 1000).unref();
    try {
      await relay.close();
    } catch (error) {
      logger.error({ err: error }, 'stop failed');
      process.exit(1);
    }
    logger.info('stopped');
    // pino writes synchronously to stdout by default: the lines above are out before exit.
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

main().catch((error) => {
  process.stderr.write(`relay failed to start: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
