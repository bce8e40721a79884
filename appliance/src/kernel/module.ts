import type { Hono } from 'hono';
import type { Kysely } from 'kysely';
import type { BrokerPort } from './broker/broker.js';
import type { Clock } from './clock.js';
import type { Config } from './config.js';
import type { Db } from './db/open.js';
import type { Migration } from './db/migrations.js';
import type { MessageCatalog, Messages } from './i18n/catalog.js';
import type { CommandBus } from './journal/command-bus.js';
import type { EventBus } from './journal/event-bus.js';
import type { JournalStore } from './journal/journal-store.js';
import type { AppEnv } from './http/env.js';
import type { KernelMetrics } from './metrics.js';
import type { Logger } from './logger.js';
import type { HealthRegistry } from './health.js';
import type { Authenticator } from './http/env.js';
import type { BrokerAuthenticator } from './broker/broker.js';
import type { PersonalDataVault } from './pii/vault.js';
import type { RestartableSubsystems } from './service-restart.js';

export interface ModuleContext {
  config: Config;
  /** The writer connection; use it outside commands only for reads that must see the latest commit. */
  db: Db;
  /** Kysely over a read-only connection, for list and report queries. */
  queryDb: Kysely<any>;
  commands: CommandBus;
  events: EventBus;
  journal: JournalStore;
  api: Hono<AppEnv>;
  root: Hono<AppEnv>;
  mqtt: BrokerPort;
  logger: Logger;
  metrics: KernelMetrics;
  clock: Clock;
  messages: MessageCatalog;
  health: HealthRegistry;
  /** Subsystems the service dashboard may restart one by one; a module adds its own in `start`. */
  subsystems: RestartableSubsystems;
  /** The personal-data keys; a module keeping sealed data registers its store here in `register`. */
  pii: PersonalDataVault;
  /** The port the HTTP server listens on: the configured one, the real one once it listens (in `start`). */
  httpPort: number;
  /** The auth module hands the kernel its token and MQTT credential checks. */
  provideAuthentication(auth: Authenticator & BrokerAuthenticator): void;
  /**
   * Restarts the whole appliance in place (same process, same ports), running `prepare` while the
   * database is closed (a restore swaps the file there). False when the host cannot restart.
   */
  requestRestart(reason: string, prepare?: () => void): boolean;
}

/** One domain module: its schema, its store-facing texts, and how it plugs into HTTP, MQTT and events. */
export interface ApplianceModule {
  name: string;
  migrations?: Migration[];
  messages?: { 'pt-BR': Messages };
  /** Routes, subscribers and MQTT handlers; runs before the servers listen. */
  register?(ctx: ModuleContext): void;
  /** Background work once the servers listen (retained-message rebuild, pollers). */
  start?(ctx: ModuleContext): Promise<void>;
  /** Demo store data, run once into an empty data dir when CHEFIA_DEMO=1, in module order. */
  seedDemo?(ctx: ModuleContext): Promise<void>;
  stop?(): Promise<void>;
}
