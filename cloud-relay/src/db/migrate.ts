import type pg from 'pg';
import { relayCoreMigration } from './migrations/001_relay_core.js';
import { posModernMigration } from './migrations/002_pos_modern.js';
import { salesRollupsMigration } from './migrations/003_sales_rollups.js';
import { hqCatalogMigration } from './migrations/004_hq_catalog.js';
import { salesByDayMigration } from './migrations/005_sales_by_day.js';
import { downstreamOutcomeMigration } from './migrations/006_downstream_outcome.js';
import { marketplacesMigration } from './migrations/007_marketplaces.js';
import { chatChannelsMigration } from './migrations/008_chat_channels.js';
import { timePartitionsMigration } from './migrations/009_time_partitions.js';
import { rawEventsLeanMigration } from './migrations/010_raw_events_lean.js';
import { partitionsWithoutDefaultMigration } from './migrations/011_partitions_without_default.js';
import { eventIdCheckIndexMigration } from './migrations/012_event_id_check_index.js';
import { storedEventIdGuardMigration } from './migrations/013_stored_event_id_guard.js';
import { marketplaceEventsPerConnectionMigration } from './migrations/014_marketplace_events_per_connection.js';
import { hqLoginLockoutMigration } from './migrations/015_hq_login_lockout.js';
import { orderCapturedCentsMigration } from './migrations/016_order_captured_cents.js';
import { businessDayTextMigration } from './migrations/017_business_day_text.js';
import { hqLoginFailuresMigration } from './migrations/018_hq_login_failures.js';
import { eventsStoreTimeMigration } from './migrations/019_events_store_time.js';
import { enrollmentUntilFirstUseMigration } from './migrations/020_enrollment_until_first_use.js';
import { marketplaceConnectionPerAppMigration } from './migrations/021_marketplace_connection_per_app.js';
import { marketplaceCustomerRetentionMigration } from './migrations/022_marketplace_customer_retention.js';
import { chatCustomerRetentionMigration } from './migrations/023_chat_customer_retention.js';
import { productSalesNetMigration } from './migrations/024_product_sales_net.js';

export interface RelayMigration {
  id: string;
  sql: string;
}

export const relayMigrations: RelayMigration[] = [
  relayCoreMigration,
  posModernMigration,
  salesRollupsMigration,
  hqCatalogMigration,
  salesByDayMigration,
  downstreamOutcomeMigration,
  marketplacesMigration,
  chatChannelsMigration,
  timePartitionsMigration,
  rawEventsLeanMigration,
  partitionsWithoutDefaultMigration,
  eventIdCheckIndexMigration,
  storedEventIdGuardMigration,
  marketplaceEventsPerConnectionMigration,
  hqLoginLockoutMigration,
  orderCapturedCentsMigration,
  businessDayTextMigration,
  hqLoginFailuresMigration,
  eventsStoreTimeMigration,
  enrollmentUntilFirstUseMigration,
  marketplaceConnectionPerAppMigration,
  marketplaceCustomerRetentionMigration,
  chatCustomerRetentionMigration,
  productSalesNetMigration,
];

/** Advisory lock id so that several relay nodes starting together migrate one at a time. */
const MIGRATION_LOCK_ID = 4_242_001;

/** Applies pending migrations in order, each in its own transaction, recording its id. */
export async function migrate(pool: pg.Pool): Promise<string[]> {
  const client = await pool.connect();
  const applied: string[] = [];
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_ID]);
    await client.query(`CREATE TABLE IF NOT EXISTS public.relay_schema_migrations (
      id text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`);
    const done = new Set(
      (await client.query<{ id: string }>('SELECT id FROM public.relay_schema_migrations')).rows.map((row) => row.id),
    );
    for (const migration of relayMigrations) {
      if (done.has(migration.id)) continue;
      await client.query('BEGIN');
      try {
        await client.query(migration.sql);
        await client.query('INSERT INTO public.relay_schema_migrations (id) VALUES ($1)', [migration.id]);
        await client.query('COMMIT');
        applied.push(migration.id);
      } catch (error) {
        await client.query('ROLLBACK');
        throw new Error(`Migration ${migration.id} failed: ${(error as Error).message}`);
      }
    }
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_ID]).catch(() => undefined);
    client.release();
  }
  return applied;
}
