import path from 'node:path';
import { z } from 'zod';

const configSchema = z.object({
  RELAY_HTTP_PORT: z.coerce
    .number({ message: 'RELAY_HTTP_PORT must be a number (0 = ephemeral port)' })
    .int('RELAY_HTTP_PORT must be an integer')
    .min(0, 'RELAY_HTTP_PORT must be between 0 and 65535')
    .max(65535, 'RELAY_HTTP_PORT must be between 0 and 65535')
    .default(8787),
  RELAY_HTTP_HOST: z.string().min(1).default('0.0.0.0'),
  RELAY_DATA_DIR: z.string().min(1, 'RELAY_DATA_DIR must not be empty').default('./data/relay'),
  RELAY_ADMIN_PASSWORD: z
    .string()
    .min(8, 'RELAY_ADMIN_PASSWORD must have at least 8 characters')
    .optional(),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must be a postgres:// or postgresql:// URL')
    .optional(),
  DATABASE_REPLICA_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_REPLICA_URL must be a postgres:// or postgresql:// URL')
    .optional(),
  RELAY_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  RELAY_STORE_OFFLINE_AFTER_SECONDS: z.coerce.number().int().positive().default(90),
  RELAY_RAW_EVENTS_RETENTION_MONTHS: z.coerce
    .number({ message: 'RELAY_RAW_EVENTS_RETENTION_MONTHS must be a number of months' })
    .int('RELAY_RAW_EVENTS_RETENTION_MONTHS must be a whole number of months')
    .min(2, 'RELAY_RAW_EVENTS_RETENTION_MONTHS must be at least 2')
    .optional(),
  RELAY_MARKETPLACE_KEY: z
    .string()
    .refine((value) => Buffer.from(value, 'base64').length === 32, 'RELAY_MARKETPLACE_KEY must be 32 bytes in base64 (openssl rand -base64 32)')
    .optional(),
  RELAY_MARKETPLACE_POLL_SECONDS: z.coerce.number().int().min(1).max(300).default(30),
  RELAY_MARKETPLACE_LEASE_SECONDS: z.coerce.number().int().min(5).max(600).default(30),
  RELAY_IFOOD_API_URL: z.url({ message: 'RELAY_IFOOD_API_URL must be an http(s) URL' }).default('https://merchant-api.ifood.com.br'),
  RELAY_RAPPI_API_URL: z.url({ message: 'RELAY_RAPPI_API_URL must be an http(s) URL' }).default('https://services.rappi.com.br/api/v2'),
  RELAY_UBER_EATS_API_URL: z.url({ message: 'RELAY_UBER_EATS_API_URL must be an http(s) URL' }).default('https://api.uber.com'),
  RELAY_META_APP_SECRET: z.string().min(16, 'RELAY_META_APP_SECRET must be the Meta app secret (at least 16 characters)').optional(),
  RELAY_META_VERIFY_TOKEN: z.string().min(8, 'RELAY_META_VERIFY_TOKEN must have at least 8 characters').optional(),
  RELAY_META_GRAPH_URL: z.url({ message: 'RELAY_META_GRAPH_URL must be an http(s) URL' }).default('https://graph.facebook.com/v21.0'),
  RELAY_INGEST_MAX_IN_FLIGHT: z.coerce.number().int().min(1, 'RELAY_INGEST_MAX_IN_FLIGHT must be at least 1').max(1000).default(12),
  RELAY_INGEST_MAX_QUEUED: z.coerce.number().int().min(0).max(100_000).default(256),
  RELAY_INGEST_QUEUE_WAIT_SECONDS: z.coerce.number().min(0).max(60).default(10),
  RELAY_INGEST_CATCH_UP_SHARE: z.coerce
    .number()
    .int()
    .min(1, 'RELAY_INGEST_CATCH_UP_SHARE must be a percentage between 1 and 100')
    .max(100, 'RELAY_INGEST_CATCH_UP_SHARE must be a percentage between 1 and 100')
    .default(50),
  RELAY_INGEST_CATCH_UP_BACKLOG: z.coerce.number().int().min(1).default(5000),
  RELAY_METRICS_TOKEN: z.string().min(16, 'RELAY_METRICS_TOKEN must have at least 16 characters').optional(),
  RELAY_SHUTDOWN_GRACE_SECONDS: z.coerce.number().min(0).max(120).default(10),
});

/** Every variable the relay reads (docs/relay.md's configuration table lists exactly these). */
export const RELAY_CONFIG_VARIABLES = Object.keys(configSchema.shape);

export interface RelayConfig {
  httpPort: number;
  httpHost: string;
  dataDir: string;
  adminPassword?: string;
  databaseUrl?: string;
  /** A streaming read replica of DATABASE_URL: report queries go there (they may be seconds behind). */
  databaseReplicaUrl?: string;
  logLevel: string;
  storeOfflineAfterSeconds: number;
  /** Months of raw journal events HQ keeps (the daily maintenance drops older months); unset = all. */
  rawEventsRetentionMonths?: number;
  marketplaces: MarketplaceConfig;
  chat: ChatConfig;
  /** Back-pressure on journal uploads; defaults (`DEFAULT_INGEST_ADMISSION`) when absent. */
  ingestAdmission?: IngestAdmissionConfig;
  /** Bearer token for `/metrics`; unset = only scrapes from this host's loopback are answered. */
  metricsToken?: string;
  /** How long a stopping relay lets requests in flight finish before it closes their connections. */
  shutdownGraceSeconds?: number;
}

/**
 * How much journal upload work one relay node takes at once (docs/relay.md, "Back-pressure").
 * Beyond it a batch is answered 429 with Retry-After rather than left to time out in the pool.
 */
export interface IngestAdmissionConfig {
  /** Batches being ingested at once on this node (each holds one Postgres connection). */
  maxInFlight: number;
  /** Batches of stores that are up to date allowed to wait for a slot; beyond it they get 429. */
  maxQueued: number;
  /** How long a batch waits in that queue before it gets 429. */
  queueWaitMs: number;
  /** Percent of the slots that stores catching up (backlog ≥ catchUpBacklog) may hold together. */
  catchUpSharePercent: number;
  /** Events a store still has to send (its journal head minus the relay's high-water) to count as catching up. */
  catchUpBacklog: number;
}

export const DEFAULT_INGEST_ADMISSION: IngestAdmissionConfig = {
  maxInFlight: 12,
  maxQueued: 256,
  queueWaitMs: 10_000,
  catchUpSharePercent: 50,
  catchUpBacklog: 5000,
};

/**
 * One Meta app serves the whole chain: it posts every number's, page's and Instagram account's
 * messages to one callback URL, signed with the app secret; the payload names the account.
 */
export interface ChatConfig {
  /** Signs every webhook (`X-Hub-Signature-256`); unset = the chat webhook answers 503. */
  appSecret?: string;
  /** What Meta echoes back when the callback URL is registered (`hub.verify_token`). */
  verifyToken?: string;
  /** Graph API base URL with its version (the simulator in tests). */
  graphUrl: string;
}

export interface MarketplaceConfig {
  /** AES-256 key sealing platform credentials at rest; generated into the data dir when unset. */
  key?: Buffer;
  pollSeconds: number;
  /** How long a node holds a claimed job; a node that died leaves it to the others after this. */
  leaseSeconds: number;
  /** Base URL of each platform's API (the in-repo simulators in tests). */
  apiUrls: Record<string, string>;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid relay configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}

/** Reads the relay configuration from the environment; empty strings count as unset. */
export function loadRelayConfig(env: NodeJS.ProcessEnv = process.env): RelayConfig {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const parsed = configSchema.safeParse(cleaned);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
  }
  const value = parsed.data;
  return {
    httpPort: value.RELAY_HTTP_PORT,
    httpHost: value.RELAY_HTTP_HOST,
    dataDir: path.resolve(value.RELAY_DATA_DIR),
    adminPassword: value.RELAY_ADMIN_PASSWORD,
    databaseUrl: value.DATABASE_URL,
    databaseReplicaUrl: value.DATABASE_REPLICA_URL,
    logLevel: value.RELAY_LOG_LEVEL,
    storeOfflineAfterSeconds: value.RELAY_STORE_OFFLINE_AFTER_SECONDS,
    rawEventsRetentionMonths: value.RELAY_RAW_EVENTS_RETENTION_MONTHS,
    marketplaces: {
      key: value.RELAY_MARKETPLACE_KEY ? Buffer.from(value.RELAY_MARKETPLACE_KEY, 'base64') : undefined,
      pollSeconds: value.RELAY_MARKETPLACE_POLL_SECONDS,
      leaseSeconds: value.RELAY_MARKETPLACE_LEASE_SECONDS,
      apiUrls: { IFOOD: value.RELAY_IFOOD_API_URL, RAPPI: value.RELAY_RAPPI_API_URL, UBER_EATS: value.RELAY_UBER_EATS_API_URL },
    },
    chat: { appSecret: value.RELAY_META_APP_SECRET, verifyToken: value.RELAY_META_VERIFY_TOKEN, graphUrl: value.RELAY_META_GRAPH_URL.replace(/\/$/, '') },
    ingestAdmission: {
      maxInFlight: value.RELAY_INGEST_MAX_IN_FLIGHT,
      maxQueued: value.RELAY_INGEST_MAX_QUEUED,
      queueWaitMs: Math.round(value.RELAY_INGEST_QUEUE_WAIT_SECONDS * 1000),
      catchUpSharePercent: value.RELAY_INGEST_CATCH_UP_SHARE,
      catchUpBacklog: value.RELAY_INGEST_CATCH_UP_BACKLOG,
    },
    metricsToken: value.RELAY_METRICS_TOKEN,
    shutdownGraceSeconds: value.RELAY_SHUTDOWN_GRACE_SECONDS,
  };
}
