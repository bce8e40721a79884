import { sql } from 'kysely';
import type pg from 'pg';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { RelayDb } from '../db/database.js';
import { REFUSAL_REASONS, type IngestAdmission } from '../ingest/admission.js';

/** How a batch upload ended, the `outcome` label of `chefia_relay_ingest_batches_total`. */
export type BatchOutcome = 'stored' | 'replayed' | 'rejected' | 'throttled' | 'failed';

export interface RelayMetrics {
  registry: Registry;
  ingestEvents: Counter;
  ingestBatches: Counter<'outcome'>;
  ingestBatchDuration: Histogram<'class'>;
  ingestQueueWait: Histogram;
  throttled: Counter<'reason'>;
  longPolls: Gauge;
}

export interface RelayMetricsSources {
  db: RelayDb;
  pool: pg.Pool;
  admission: IngestAdmission;
}

/**
 * The relay's Prometheus metrics (docs/relay.md, "Metrics"). Counters and histograms are this
 * node's; the per-store lag gauges are read from Postgres at scrape time, so every node reports the
 * same chain-wide values (aggregate them with `max`, not `sum`).
 *
 * Per-store series are labelled with the store's code (`store`): one series per store per gauge,
 * about 2,000 series for a chain of a thousand stores, which a single Prometheus holds easily. Stores
 * never enrolled are left out, and nothing else is labelled per store (no per-store counters or
 * histograms), so cardinality grows with the chain and never with traffic.
 */
export function createRelayMetrics(sources: RelayMetricsSources): RelayMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'chefia_relay_' });
  const { pool, admission, db } = sources;

  new Gauge({
    name: 'chefia_relay_ingest_in_flight',
    help: 'Journal batches being ingested on this node, by class (live = store up to date, catch_up = backlog at or above RELAY_INGEST_CATCH_UP_BACKLOG)',
    labelNames: ['class'],
    registers: [registry],
    collect() {
      const snapshot = admission.snapshot();
      this.set({ class: 'live' }, snapshot.inFlight - snapshot.catchUpInFlight);
      this.set({ class: 'catch_up' }, snapshot.catchUpInFlight);
    },
  });
  new Gauge({
    name: 'chefia_relay_ingest_max_in_flight',
    help: 'RELAY_INGEST_MAX_IN_FLIGHT: batches this node ingests at once before queueing or answering 429',
    registers: [registry],
    collect() {
      this.set(admission.snapshot().maxInFlight);
    },
  });
  new Gauge({
    name: 'chefia_relay_ingest_queued',
    help: 'Journal batches waiting for an ingest slot on this node (queue depth)',
    registers: [registry],
    collect() {
      this.set(admission.snapshot().queued);
    },
  });
  new Gauge({
    name: 'chefia_relay_pg_pool_clients',
    help: 'Postgres pool connections of this node by state (idle, active)',
    labelNames: ['state'],
    registers: [registry],
    collect() {
      this.set({ state: 'idle' }, pool.idleCount);
      this.set({ state: 'active' }, pool.totalCount - pool.idleCount);
    },
  });
  new Gauge({
    name: 'chefia_relay_pg_pool_max_clients',
    help: 'Size limit of this node\'s Postgres pool',
    registers: [registry],
    collect() {
      this.set(pool.options.max ?? 10);
    },
  });
  new Gauge({
    name: 'chefia_relay_pg_pool_waiting',
    help: 'Queries of this node waiting for a free Postgres pool connection',
    registers: [registry],
    collect() {
      this.set(pool.waitingCount);
    },
  });

  // One query per scrape feeds the per-store gauges: prom-client collects the metrics of a scrape
  // concurrently, so they share the query in progress (and its answer for a second).
  // Postgres unreachable: the node's own figures are still served, without per-store series.
  const lagQueryFailures = new Counter({
    name: 'chefia_relay_store_lag_query_failures_total',
    help: 'Scrapes whose per-store lag query failed (the per-store series are then missing)',
    registers: [registry],
  });
  let snapshot: { at: number; rows: Promise<StoreLagRow[]> } | null = null;
  const storeRows = (): Promise<StoreLagRow[]> => {
    if (!snapshot || Date.now() - snapshot.at > 1000) {
      snapshot = {
        at: Date.now(),
        rows: readStoreLag(db).catch(() => {
          lagQueryFailures.inc();
          return [];
        }),
      };
    }
    return snapshot.rows;
  };
  const perStore = (name: string, help: string, value: (row: StoreLagRow) => number | null) =>
    new Gauge({
      name,
      help,
      labelNames: ['store'],
      registers: [registry],
      async collect() {
        const rows = await storeRows();
        this.reset();
        for (const row of rows) {
          const current = value(row);
          if (current !== null) this.set({ store: row.code }, current);
        }
      },
    });
  perStore('chefia_relay_store_lag_events', 'Per store: journal events not yet at HQ (the journal head the store last reported minus the relay\'s high-water)', (row) => row.lagEvents);
  perStore('chefia_relay_store_lag_seconds', 'Per store: age of the oldest event the store last reported unsent, while it has events not yet at HQ; 0 when up to date', (row) => row.lagSeconds);
  perStore('chefia_relay_store_last_seen_seconds', 'Per store: seconds since the store last called the relay (upload, heartbeat, poll)', (row) => row.seenSeconds);
  new Gauge({
    name: 'chefia_relay_stores',
    help: 'Enrolled stores',
    registers: [registry],
    async collect() {
      this.set((await storeRows()).length);
    },
  });

  const throttled = new Counter({
    name: 'chefia_relay_ingest_throttled_total',
    help: 'Journal batches answered 429 RELAY_BUSY on this node, by reason',
    labelNames: ['reason'],
    registers: [registry],
  });
  // Every reason from zero, so rate() works from the first refusal.
  for (const reason of REFUSAL_REASONS) throttled.inc({ reason }, 0);
  const ingestBatches = new Counter({
    name: 'chefia_relay_ingest_batches_total',
    help: 'Journal batch uploads on this node by outcome (stored, replayed = already held, rejected = 4xx, throttled = 429, failed = 5xx)',
    labelNames: ['outcome'],
    registers: [registry],
  });
  for (const outcome of ['stored', 'replayed', 'rejected', 'throttled', 'failed'] satisfies BatchOutcome[]) ingestBatches.inc({ outcome }, 0);

  return {
    registry,
    ingestEvents: new Counter({ name: 'chefia_relay_ingest_events_total', help: 'Journal events stored on this node (replays not counted)', registers: [registry] }),
    ingestBatches,
    ingestBatchDuration: new Histogram({
      name: 'chefia_relay_ingest_batch_duration_seconds',
      help: 'Time a journal batch holds its ingest slot (parse, one Postgres transaction, answer), by class',
      labelNames: ['class'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    }),
    ingestQueueWait: new Histogram({
      name: 'chefia_relay_ingest_queue_wait_seconds',
      help: 'Time an admitted batch waited in the queue for its slot',
      buckets: [0.001, 0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    }),
    throttled,
    longPolls: new Gauge({ name: 'chefia_relay_downstream_long_polls', help: 'Downstream long polls open on this node', registers: [registry] }),
  };
}

interface StoreLagRow {
  code: string;
  lagEvents: number;
  lagSeconds: number;
  seenSeconds: number | null;
}

/** Lag as the stores report it (journal head, oldest unsent event) against what HQ holds. */
async function readStoreLag(db: RelayDb): Promise<StoreLagRow[]> {
  const result = await sql<{ code: string; lag_events: number; lag_seconds: number; seen_seconds: number | null }>`
    SELECT code,
           GREATEST(journal_head - high_water, 0) AS lag_events,
           CASE WHEN journal_head > high_water AND oldest_unsent_at IS NOT NULL
                THEN GREATEST(EXTRACT(EPOCH FROM now() - oldest_unsent_at), 0) ELSE 0 END::float8 AS lag_seconds,
           EXTRACT(EPOCH FROM now() - last_seen_at)::float8 AS seen_seconds
      FROM relay.stores WHERE enrolled_at IS NOT NULL`.execute(db);
  return result.rows.map((row) => ({
    code: row.code,
    lagEvents: Number(row.lag_events),
    lagSeconds: Number(row.lag_seconds),
    seenSeconds: row.seen_seconds === null ? null : Number(row.seen_seconds),
  }));
}
