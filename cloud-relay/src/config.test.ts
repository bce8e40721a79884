import { describe, expect, it } from 'vitest';
import { ConfigError, loadRelayConfig } from './config.js';

describe('relay configuration', () => {
  it('applies the documented defaults', () => {
    const config = loadRelayConfig({});
    expect(config).toMatchObject({ httpPort: 8787, httpHost: '0.0.0.0', logLevel: 'info', databaseUrl: undefined, adminPassword: undefined });
    expect(config.dataDir.endsWith('/data/relay')).toBe(true);
  });

  it('names every invalid variable with a clear message', () => {
    try {
      loadRelayConfig({ RELAY_HTTP_PORT: '70000', DATABASE_URL: 'mysql://x', RELAY_ADMIN_PASSWORD: 'short' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const problems = (error as ConfigError).problems.join('\\n');
      expect(problems).toContain('RELAY_HTTP_PORT: RELAY_HTTP_PORT must be between 0 and 65535');
      expect(problems).toContain('DATABASE_URL: DATABASE_URL must be a postgres:// or postgresql:// URL');
      expect(problems).toContain('RELAY_ADMIN_PASSWORD: RELAY_ADMIN_PASSWORD must have at least 8 characters');
    }
  });

  it('accepts port 0 and treats empty strings as unset', () => {
    expect(loadRelayConfig({ RELAY_HTTP_PORT: '0', DATABASE_URL: '' })).toMatchObject({ httpPort: 0, databaseUrl: undefined });
  });

  it('reads the back-pressure, metrics and stop settings with their defaults and bounds', () => {
    expect(loadRelayConfig({})).toMatchObject({
      ingestAdmission: { maxInFlight: 12, maxQueued: 256, queueWaitMs: 10_000, catchUpSharePercent: 50, catchUpBacklog: 5000 },
      metricsToken: undefined,
      shutdownGraceSeconds: 10,
    });
    expect(
      loadRelayConfig({ RELAY_INGEST_MAX_IN_FLIGHT: '4', RELAY_INGEST_QUEUE_WAIT_SECONDS: '2.5', RELAY_INGEST_CATCH_UP_SHARE: '25', RELAY_METRICS_TOKEN: 'a-token-of-sixteen+' }),
    ).toMatchObject({ ingestAdmission: { maxInFlight: 4, queueWaitMs: 2500, catchUpSharePercent: 25 }, metricsToken: 'a-token-of-sixteen+' });
    try {
      loadRelayConfig({ RELAY_INGEST_MAX_IN_FLIGHT: '0', RELAY_INGEST_CATCH_UP_SHARE: '150', RELAY_METRICS_TOKEN: 'short' });
      expect.unreachable();
    } catch (error) {
      const problems = (error as ConfigError).problems.join('\n');
      expect(problems).toContain('RELAY_INGEST_MAX_IN_FLIGHT must be at least 1');
      expect(problems).toContain('RELAY_INGEST_CATCH_UP_SHARE must be a percentage between 1 and 100');
      expect(problems).toContain('RELAY_METRICS_TOKEN must have at least 16 characters');
    }
  });
});
