import { join, resolve } from 'node:path';
import { z } from 'zod';
import { zoneInDatabase } from './zone-offset.js';

/** What `CHEFIA_DURABILITY` is when unset (`Config.durability` says what each mode does); benches run it too. */
export const DEFAULT_DURABILITY = 'group-fsync';

/**
 * Built for the one parse at start-up and dropped after it: the environment's schema is the largest
 * the appliance has, and a long-lived copy would hold its heap for nothing.
 */
function buildEnvSchema() {
  const port = z.coerce.number().int().min(0).max(65535);
  const flag = z
    .enum(['0', '1', 'true', 'false', ''])
    .optional()
    .transform((v) => v === '1' || v === 'true');

  // The zone database first: asking ICU (the fallback, for a machine without tzdata) would keep
  // ICU's zone data resident for good, about 7 MB, only to validate a name.
  const timeZone = z.string().refine((tz) => {
    if (zoneInDatabase(tz)) return true;
    try {
      new Intl.DateTimeFormat('en', { timeZone: tz });
      return true;
    } catch {
      return false;
    }
  }, 'unknown IANA time zone');

  return z.object({
    CHEFIA_DATA_DIR: z.string().min(1).default('./data'),
    CHEFIA_HOST: z.string().min(1).default('0.0.0.0'),
    CHEFIA_HTTP_PORT: port.default(8080),
    CHEFIA_MQTT_PORT: port.default(1883),
    CHEFIA_STORE_ID: z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'lower-case letters, digits and dashes').default('demo-store'),
    CHEFIA_STORE_NAME: z.string().min(1).default('Chefia Demo'),
    CHEFIA_TIME_ZONE: timeZone.default('America/Sao_Paulo'),
    CHEFIA_ADMIN_PASSWORD: z.string().optional(),
    CHEFIA_DEMO: flag,
    CHEFIA_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    CHEFIA_JWT_SECRET: z.string().min(32).optional(),
    CHEFIA_MAX_BODY_BYTES: z.coerce.number().int().min(1024).default(1_048_576),
    CHEFIA_MQTT_MAX_PACKET_BYTES: z.coerce.number().int().min(4096).max(268_435_455).default(262_144),
    CHEFIA_MQTT_MAX_CLIENT_QUEUE_BYTES: z.coerce.number().int().min(65_536).default(1_048_576),
    CHEFIA_MQTT_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(500).max(60_000).default(5_000),
    CHEFIA_DURABILITY: z.enum(['full', 'group-fsync']).default(DEFAULT_DURABILITY),
    CHEFIA_PURGE_SECONDS: z.coerce.number().int().min(1).default(60),
    CHEFIA_SYSTEM_UPDATES: flag,
    CHEFIA_SYSTEM_UPDATE_MAX_BYTES: z.coerce.number().int().min(1024).default(1_073_741_824),
    CHEFIA_RELAY_URL: z.string().url().optional(),
    CHEFIA_ENROLLMENT_CODE: z.string().optional(),
    CHEFIA_RECEIPT_PRINTER: z.string().min(1).max(64).default('caixa-1'),
    CHEFIA_FISCAL_CONFIG: z.string().min(1).optional(),
    CHEFIA_PIX_GATEWAYS: z
      .string()
      .default('')
      .transform((list) => list.split(',').map((name) => name.trim()).filter(Boolean))
      .pipe(z.array(z.enum(['ASAAS', 'MERCADO_PAGO']))),
    CHEFIA_PIX_TIMEOUT_MS: z.coerce.number().int().min(100).default(8000),
    CHEFIA_ASAAS_URL: z.string().url().default('https://api.asaas.com'),
    CHEFIA_ASAAS_API_KEY: z.string().default(''),
    CHEFIA_ASAAS_WEBHOOK_TOKEN: z.string().default(''),
    CHEFIA_ASAAS_CUSTOMER_ID: z.string().default(''),
    CHEFIA_MP_URL: z.string().url().default('https://api.mercadopago.com'),
    CHEFIA_MP_ACCESS_TOKEN: z.string().default(''),
    CHEFIA_MP_WEBHOOK_SECRET: z.string().default(''),
    CHEFIA_MP_PAYER_EMAIL: z.string().email().default('caixa@loja.local'),
    CHEFIA_MP_NOTIFICATION_URL: z.string().url().optional(),
    CHEFIA_TEF_DIAL_REQ_DIR: z.string().min(1).optional(),
    CHEFIA_TEF_DIAL_RESP_DIR: z.string().min(1).optional(),
    CHEFIA_RECONCILIATION_AT: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'HH:MM, 24 h').default('06:00'),
    CHEFIA_SETTLEMENT_DIR: z.string().min(1).optional(),
    CHEFIA_FISCAL_RETENTION_YEARS: z.coerce.number().int().min(5).max(30).default(5),
    CHEFIA_SECRET_HASH_COST: z.coerce.number().int().min(10).max(20).default(15),
    CHEFIA_DEMO_PHOTO_CACHE: z.string().min(1).optional(),
  });
}

/** Every variable the appliance reads; the README's table lists exactly these (kernel/config-docs.test.ts). */
export function configVariables(): string[] {
  return Object.keys(buildEnvSchema().shape);
}

export type PixGatewayName = 'ASAAS' | 'MERCADO_PAGO';

export type Config = {
  dataDir: string;
  host: string;
  httpPort: number;
  mqttPort: number;
  storeId: string;
  storeName: string;
  timeZone: string;
  adminPassword?: string;
  demo: boolean;
  logLevel: string;
  jwtSecret?: string;
  maxBodyBytes: number;
  mqtt: {
    /** Largest MQTT packet (fixed header included) accepted from a client, before and after CONNECT. */
    maxPacketBytes: number;
    /** Bytes waiting to be written to one client before it is disconnected as too slow. */
    maxClientQueueBytes: number;
    /** Time a new connection has to deliver its CONNECT packet. */
    connectTimeoutMs: number;
  };
  purgeSeconds: number;
  /**
   * Back-office system updates: `enabled` where the OS image's root watcher installs the bundles the
   * appliance spools (its unit sets CHEFIA_SYSTEM_UPDATES=1); `maxBytes` for an uploaded bundle.
   */
  systemUpdates: { enabled: boolean; maxBytes: number };
  /**
   * `group-fsync` (default): COMMIT writes the WAL and one off-loop fsync per group of commits comes
   * before any answer and anything sent out of the store; `full`: SQLite fsyncs inside every COMMIT,
   * on the event loop. Under `group-fsync` a commit is visible to reads before its caller resumes:
   * whatever must act on a change before anything else sees it does so inside the command
   * (docs/architecture.md, the command path).
   */
  durability: 'full' | 'group-fsync';
  relayUrl?: string;
  enrollmentCode?: string;
  /** The printer receipts go to until the store sets its print routing. */
  receiptPrinterId: string;
  /** The fiscal settings file; by default `<dataDir>/fiscal/config.json`. */
  fiscalConfigPath: string;
  /** PIX gateways in order of preference (primary first) and their credentials. */
  pix: {
    gateways: PixGatewayName[];
    timeoutMs: number;
    asaas: { baseUrl: string; apiKey: string; webhookToken: string; customerId: string };
    mercadoPago: { baseUrl: string; accessToken: string; webhookSecret: string; payerEmail: string; notificationUrl?: string };
  };
  /** The TEF Dial manager's exchange folders; absent: cards go to the virtual provider. */
  tefDial?: { reqDir: string; respDir: string };
  /** Store-zone time after which yesterday is reconciled, and where settlement files are dropped. */
  reconciliation: { runAt: string; settlementDir: string };
  /** Years a fiscal document is kept under legal hold after its consumer asked for deletion or anonymization (at least 5). */
  fiscalRetentionYears: number;
  /**
   * log2 of scrypt's N for passwords and PINs hashed from now on (15: 32 MiB, ~70 ms on the
   * mini-PC). Test runs lower it where hashing cost is not what is under test; a stored hash keeps
   * the parameters it was made with.
   */
  secretHashCost: number;
  /** Where the demo seed keeps its rendered drawings for the next demo store (test runs only). */
  demoPhotoCacheDir?: string;
};

export class ConfigError extends Error {
  constructor(readonly problems: { variable: string; message: string }[]) {
    super('invalid configuration: ' + problems.map((p) => `${p.variable}: ${p.message}`).join('; '));
    this.name = 'ConfigError';
  }
}

/** Reads and validates the environment; throws a ConfigError naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = buildEnvSchema().safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => ({ variable: String(i.path[0]), message: i.message })));
  }
  const e = parsed.data;
  return {
    dataDir: resolve(e.CHEFIA_DATA_DIR),
    host: e.CHEFIA_HOST,
    httpPort: e.CHEFIA_HTTP_PORT,
    mqttPort: e.CHEFIA_MQTT_PORT,
    storeId: e.CHEFIA_STORE_ID,
    storeName: e.CHEFIA_STORE_NAME,
    timeZone: e.CHEFIA_TIME_ZONE,
    adminPassword: e.CHEFIA_ADMIN_PASSWORD,
    demo: e.CHEFIA_DEMO,
    logLevel: e.CHEFIA_LOG_LEVEL,
    jwtSecret: e.CHEFIA_JWT_SECRET,
    maxBodyBytes: e.CHEFIA_MAX_BODY_BYTES,
    mqtt: {
      maxPacketBytes: e.CHEFIA_MQTT_MAX_PACKET_BYTES,
      maxClientQueueBytes: e.CHEFIA_MQTT_MAX_CLIENT_QUEUE_BYTES,
      connectTimeoutMs: e.CHEFIA_MQTT_CONNECT_TIMEOUT_MS,
    },
    purgeSeconds: e.CHEFIA_PURGE_SECONDS,
    systemUpdates: { enabled: e.CHEFIA_SYSTEM_UPDATES, maxBytes: e.CHEFIA_SYSTEM_UPDATE_MAX_BYTES },
    durability: e.CHEFIA_DURABILITY,
    relayUrl: e.CHEFIA_RELAY_URL,
    enrollmentCode: e.CHEFIA_ENROLLMENT_CODE,
    receiptPrinterId: e.CHEFIA_RECEIPT_PRINTER,
    fiscalConfigPath: e.CHEFIA_FISCAL_CONFIG ? resolve(e.CHEFIA_FISCAL_CONFIG) : join(resolve(e.CHEFIA_DATA_DIR), 'fiscal', 'config.json'),
    pix: {
      gateways: e.CHEFIA_PIX_GATEWAYS,
      timeoutMs: e.CHEFIA_PIX_TIMEOUT_MS,
      asaas: { baseUrl: e.CHEFIA_ASAAS_URL, apiKey: e.CHEFIA_ASAAS_API_KEY, webhookToken: e.CHEFIA_ASAAS_WEBHOOK_TOKEN, customerId: e.CHEFIA_ASAAS_CUSTOMER_ID },
      mercadoPago: {
        baseUrl: e.CHEFIA_MP_URL,
        accessToken: e.CHEFIA_MP_ACCESS_TOKEN,
        webhookSecret: e.CHEFIA_MP_WEBHOOK_SECRET,
        payerEmail: e.CHEFIA_MP_PAYER_EMAIL,
        notificationUrl: e.CHEFIA_MP_NOTIFICATION_URL,
      },
    },
    tefDial: e.CHEFIA_TEF_DIAL_REQ_DIR && e.CHEFIA_TEF_DIAL_RESP_DIR ? { reqDir: e.CHEFIA_TEF_DIAL_REQ_DIR, respDir: e.CHEFIA_TEF_DIAL_RESP_DIR } : undefined,
    reconciliation: {
      runAt: e.CHEFIA_RECONCILIATION_AT,
      settlementDir: e.CHEFIA_SETTLEMENT_DIR ? resolve(e.CHEFIA_SETTLEMENT_DIR) : join(resolve(e.CHEFIA_DATA_DIR), 'settlements'),
    },
    fiscalRetentionYears: e.CHEFIA_FISCAL_RETENTION_YEARS,
    secretHashCost: e.CHEFIA_SECRET_HASH_COST,
    demoPhotoCacheDir: e.CHEFIA_DEMO_PHOTO_CACHE ? resolve(e.CHEFIA_DEMO_PHOTO_CACHE) : undefined,
  };
}
