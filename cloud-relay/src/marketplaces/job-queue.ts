import { sql } from 'kysely';
import type { RelayDb } from '../db/database.js';

export type JobKind = 'POLL' | 'FETCH_ORDER' | 'PLATFORM_CANCEL' | 'ACTION' | 'CHAT_REPLY';

/** The queues with this shape: the marketplace jobs, and the chat replies (`connectionId` is then the chat account). */
export type JobTable = 'relay.marketplace_jobs' | 'relay.chat_jobs';

export interface Job {
  id: number;
  kind: JobKind;
  connectionId: string;
  payload: any;
  attempts: number;
  createdAt: Date;
}

export interface NewJob {
  kind: JobKind;
  connectionId: string;
  /** At most one job ever exists per key: the same order is never fetched or confirmed twice. */
  dedupeKey: string;
  /** Jobs sharing this key run one at a time, oldest first (one order's lifecycle calls in order). */
  sequenceKey?: string | null;
  payload: unknown;
  runAt?: Date;
}

/**
 * The marketplace work every relay node shares through Postgres: a node claims due jobs with
 * `FOR UPDATE SKIP LOCKED` and a lease, so two nodes never run the same job at once, and a job
 * whose node died runs again once its lease has passed. Jobs are added in the transaction that
 * stored what caused them (an event, a store's journal), so nothing is lost between the two.
 */
export async function enqueueJob(executor: RelayDb, job: NewJob, table: JobTable = 'relay.marketplace_jobs'): Promise<boolean> {
  const inserted = await executor
    .insertInto(table)
    .values({
      kind: job.kind,
      connection_id: job.connectionId,
      dedupe_key: job.dedupeKey,
      sequence_key: job.sequenceKey ?? null,
      payload: JSON.stringify(job.payload),
      run_at: job.runAt ?? new Date(),
    })
    .onConflict((oc) => oc.column('dedupe_key').doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted !== undefined;
}

/**
 * Queues a recurring job (a connection's polling) to run now, or starts it again when it had
 * stopped: its key is unique for good, so a plain `enqueueJob` would find the done job of a
 * connection that polled before and queue nothing. A node running it meanwhile can no longer mark
 * it done (its lease is no longer held), so it keeps recurring.
 */
export async function armRecurringJob(executor: RelayDb, job: NewJob, table: JobTable = 'relay.marketplace_jobs'): Promise<void> {
  const runAt = job.runAt ?? new Date();
  await executor
    .insertInto(table)
    .values({ kind: job.kind, connection_id: job.connectionId, dedupe_key: job.dedupeKey, sequence_key: job.sequenceKey ?? null, payload: JSON.stringify(job.payload), run_at: runAt })
    .onConflict((oc) => oc.column('dedupe_key').doUpdateSet({ done_at: null, failed_at: null, locked_by: null, run_at: runAt, attempts: 0, last_error: null }))
    .execute();
}

/** Claims up to `limit` due jobs for `leaseSeconds` (longer than any one platform call takes). */
export async function claimJobs(db: RelayDb, nodeId: string, limit: number, leaseSeconds: number, table: JobTable = 'relay.marketplace_jobs'): Promise<Job[]> {
  const result = await sql<{ id: number; kind: JobKind; connection_id: string; payload: any; attempts: number; created_at: Date }>`
    UPDATE ${sql.table(table)} SET locked_by = ${nodeId}, locked_until = now() + make_interval(secs => ${leaseSeconds}), attempts = attempts + 1
    WHERE id IN (
      SELECT j.id FROM ${sql.table(table)} j
      WHERE j.done_at IS NULL AND j.failed_at IS NULL AND j.run_at <= now()
        AND (j.locked_until IS NULL OR j.locked_until < now())
        AND (j.sequence_key IS NULL OR NOT EXISTS (
          SELECT 1 FROM ${sql.table(table)} earlier
          WHERE earlier.sequence_key = j.sequence_key AND earlier.id < j.id AND earlier.done_at IS NULL AND earlier.failed_at IS NULL))
      ORDER BY j.run_at, j.id
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED)
    RETURNING id, kind, connection_id, payload, attempts, created_at`.execute(db);
  return result.rows
    .sort((a, b) => a.id - b.id)
    .map((row) => ({ id: row.id, kind: row.kind, connectionId: row.connection_id, payload: row.payload, attempts: row.attempts, createdAt: row.created_at }));
}

/** Marks a claimed job done; false when the lease was lost to another node meanwhile. */
export async function completeJob(executor: RelayDb, job: Job, nodeId: string, table: JobTable = 'relay.marketplace_jobs'): Promise<boolean> {
  const updated = await executor
    .updateTable(table)
    .set({ done_at: new Date(), locked_until: null, last_error: null })
    .where('id', '=', job.id)
    .where('locked_by', '=', nodeId)
    .executeTakeFirst();
  return Number(updated.numUpdatedRows) === 1;
}

/** A recurring job (polling) runs again after `delayMs`. */
export async function rescheduleJob(db: RelayDb, job: Job, delayMs: number, error: string | null, table: JobTable = 'relay.marketplace_jobs'): Promise<void> {
  await db
    .updateTable(table)
    .set({ run_at: new Date(Date.now() + delayMs), locked_until: null, last_error: error, ...(error ? {} : { attempts: 0 }) })
    .where('id', '=', job.id)
    .execute();
}

/** A job that can never succeed stops, with its reason, and no longer holds back its sequence. */
export async function failJob(db: RelayDb, job: Job, error: string, table: JobTable = 'relay.marketplace_jobs'): Promise<void> {
  await db.updateTable(table).set({ failed_at: new Date(), locked_until: null, last_error: error }).where('id', '=', job.id).execute();
}
