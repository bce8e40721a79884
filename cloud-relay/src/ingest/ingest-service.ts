import type { RelayDb } from '../db/database.js';
import { isMissingPartition, MonthPartitions, monthOf } from '../db/month-partitions.js';
import { runAsOneStatement, type StatementPart } from '../db/one-statement.js';
import { executePrepared } from '../db/prepared-statements.js';
import { RelayError } from '../http/envelope.js';
import type { AuthenticatedStore } from '../http/auth.js';
import type { IngestBatch, JournalEvent } from './event-schema.js';
import { projectEvents } from './projector.js';
import { recordConfigurationOutcomes } from '../downstream/configuration-outcomes.js';
import { queueStoreMarketplaceActions } from '../marketplaces/store-actions.js';
import { queueChatReplies } from '../chat/chat-replies.js';
import { isPlausibleTime } from './plausible-time.js';
import { storableEvent } from './storable-text.js';

export interface IngestResult {
  accepted: number;
  replayed: boolean;
  highWater: number;
  unprojected: number;
}

function assertContiguous(events: JournalEvent[]): void {
  for (let index = 1; index < events.length; index += 1) {
    if (events[index].seq !== events[0].seq + index) {
      throw new RelayError('BATCH_NOT_CONTIGUOUS', 400, {
        details: { atIndex: index, expectedSeq: events[0].seq + index, actualSeq: events[index].seq },
      });
    }
  }
}

/** An event as the relay stores it: `storeOccurredAt` is the store's own time when it was not believed. */
export type StoredEvent = JournalEvent & { storeOccurredAt?: string };

/**
 * An event whose time no store clock could have said is filed under the time it reached the relay
 * (it sells now, it syncs now: the closest time HQ has), keeping the store's in `storeOccurredAt`.
 * Refusing its batch instead would stop the store's replication for good, since the replicator
 * sends the same batch until it is taken; and taking the time as it is lets one batch make
 * Postgres create a partition for each month it names.
 */
function believedTime(event: JournalEvent, receivedAt: Date): StoredEvent {
  if (isPlausibleTime(Date.parse(event.occurredAt), receivedAt.getTime())) return event;
  return { ...event, occurredAt: receivedAt.toISOString(), storeOccurredAt: event.occurredAt };
}

/**
 * The batch's events as relay.events rows, each column one array parameter, refused if one of their
 * ids is already stored. relay.events is partitioned by month of occurred_at (migration 009), so
 * event_id cannot carry a table-wide unique constraint: the ids are looked for in the months the batch
 * spans (only those partitions are read), and one found fails the statement as a unique index would
 * (migration 013), in the statement that stores them rather than a round trip of its own before it.
 * Its snapshot is taken after the store row's lock, so it sees every batch of the store committed
 * before. No LIMIT on the look-up: with one, the planner expects a match early and reads the whole
 * month instead of the (event_id, occurred_at) index, since the id looked for is almost never there.
 * A store reusing an id from another month is not caught: that is a journal bug, and the seq
 * high-water mark is what keeps replays from being stored twice. Exported so a test can hold its plan.
 */
export function rawEventsInsert(storeId: string, events: StoredEvent[]): StatementPart {
  const times = events.map((event) => Date.parse(event.occurredAt));
  const low = new Date(Math.min(...times));
  const high = new Date(Math.max(...times));
  const from = new Date(Date.UTC(low.getUTCFullYear(), low.getUTCMonth(), 1));
  const to = new Date(Date.UTC(high.getUTCFullYear(), high.getUTCMonth() + 1, 1));
  return {
    text: (p) =>
      `INSERT INTO relay.events (store_id, seq, event_id, type, aggregate_type, aggregate_id, payload, actor, correlation_id, occurred_at, store_occurred_at)
       SELECT $${p}::uuid, * FROM unnest($${p + 1}::bigint[], $${p + 2}::text[], $${p + 3}::text[], $${p + 4}::text[], $${p + 5}::text[],
         $${p + 6}::jsonb[], $${p + 7}::jsonb[], $${p + 8}::text[], $${p + 9}::timestamptz[], $${p + 12}::text[])
       WHERE (SELECT count(relay.refuse_stored_event_id(stored.event_id)) FROM relay.events AS stored
              WHERE stored.occurred_at >= $${p + 10}::timestamptz AND stored.occurred_at < $${p + 11}::timestamptz
                AND stored.event_id = ANY($${p + 2}::text[])) = 0`,
    values: [
      storeId,
      events.map((e) => e.seq),
      events.map((e) => e.id),
      events.map((e) => e.type),
      events.map((e) => e.aggregateType),
      events.map((e) => e.aggregateId),
      events.map((e) => JSON.stringify(e.payload)),
      events.map((e) => (e.actor ? JSON.stringify(e.actor) : null)),
      events.map((e) => e.correlationId ?? null),
      events.map((e) => e.occurredAt),
      from,
      to,
      events.map((e) => e.storeOccurredAt ?? null),
    ],
  };
}

/** What a batch tells about its store: seen now, how far its journal goes, what it still holds. */
interface StoreContact {
  storeId: string;
  journalHead: number;
  /** Undefined when the store did not say (an older appliance): the stored value stays. */
  oldestUnsentAt: string | null | undefined;
  highWater: number;
  /** Null when the batch stored nothing: the stored value stays. */
  lastEventAt: string | null;
}

function storeContactUpdate(contact: StoreContact): StatementPart {
  return {
    text: (p) =>
      `UPDATE relay.stores SET last_seen_at = now(), journal_head = GREATEST(journal_head, $${p}::bigint),
         oldest_unsent_at = CASE WHEN $${p + 1}::boolean THEN $${p + 2}::timestamptz ELSE oldest_unsent_at END,
         high_water = $${p + 3}::bigint, last_event_at = COALESCE($${p + 4}::timestamptz, last_event_at)
       WHERE id = $${p + 5}::uuid`,
    values: [
      contact.journalHead,
      contact.oldestUnsentAt !== undefined,
      contact.oldestUnsentAt ?? null,
      contact.highWater,
      contact.lastEventAt,
      contact.storeId,
    ],
  };
}

/** One per database (tests run several in a process): what it knows of that database's partitions. */
const partitionsByDatabase = new WeakMap<RelayDb, MonthPartitions>();

function monthPartitionsOf(db: RelayDb): MonthPartitions {
  let partitions = partitionsByDatabase.get(db);
  if (!partitions) {
    partitions = new MonthPartitions();
    partitionsByDatabase.set(db, partitions);
  }
  return partitions;
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: string }).code === '23505';
}

/**
 * The batch's events at or below the high water must be the very events stored under those seqs.
 * Skipped unchecked, a batch of another journal of the store (two appliances on one credential, a
 * cloned disk) would be told its events are at HQ, and its later seqs would be stored after
 * another journal's. Only a resend reaches below the high water, so a batch that follows it pays
 * no look-up. A seq whose raw event was pruned (RELAY_RAW_EVENTS_RETENTION_MONTHS) has nothing to
 * compare with and passes.
 */
async function assertSameEventsStored(trx: RelayDb, storeId: string, resent: StoredEvent[]): Promise<void> {
  if (resent.length === 0) return;
  const stored = await trx
    .selectFrom('relay.events')
    .select(['seq', 'event_id'])
    .where('store_id', '=', storeId)
    .where('seq', '>=', resent[0].seq)
    .where('seq', '<=', resent[resent.length - 1].seq)
    .execute();
  const sentIds = new Map(resent.map((event) => [event.seq, event.id]));
  const other = stored.find((row) => sentIds.get(row.seq) !== row.event_id);
  if (other) {
    throw new RelayError('DUPLICATE_EVENT_ID', 409, { messageKey: 'SEQ_HELD_BY_ANOTHER_EVENT', params: { seq: other.seq }, details: { seq: other.seq } });
  }
}

/**
 * Stores a batch exactly once. The store row is locked so concurrent senders for one store serialize;
 * a batch must start at or before high-water + 1 (409 with the expected seq otherwise); events at or
 * below high-water must be the ones already stored (409 otherwise) and are skipped, so a replayed
 * batch is a no-op. Raw events, projections, rollups and the new high-water commit in one transaction.
 */
export async function ingestBatch(db: RelayDb, store: AuthenticatedStore, batch: IngestBatch): Promise<IngestResult> {
  assertContiguous(batch.events);
  const partitions = monthPartitionsOf(db);
  const receivedAt = new Date();
  const believed = { ...batch, events: batch.events.map((event) => believedTime(storableEvent(event), receivedAt)) };
  try {
    return await storeBatch(db, store, believed, partitions);
  } catch (error) {
    // A month this process believed present was dropped meanwhile (by another node's prune): it
    // is made again in a second try, so the batch is stored rather than refused.
    if (!isMissingPartition(error)) throw error;
    partitions.forget();
    return await storeBatch(db, store, believed, partitions);
  }
}

async function storeBatch(db: RelayDb, store: AuthenticatedStore, batch: IngestBatch & { events: StoredEvent[] }, partitions: MonthPartitions): Promise<IngestResult> {
  try {
    return await db.transaction().execute(async (trx) => {
      const locked = await executePrepared(trx, trx.selectFrom('relay.stores').select('high_water').where('id', '=', store.id).forUpdate());
      if (locked.rows.length === 0) throw new Error(`store ${store.id} is gone`);
      const highWater: number = locked.rows[0].high_water;
      const first = batch.events[0].seq;
      const last = batch.events[batch.events.length - 1].seq;
      if (first > highWater + 1) {
        throw new RelayError('SEQ_GAP', 409, { params: { expectedSeq: highWater + 1, firstSeq: first }, details: { expectedSeq: highWater + 1, highWater } });
      }
      await assertSameEventsStored(trx, store.id, batch.events.filter((event) => event.seq <= highWater));
      const fresh = batch.events.filter((event) => event.seq > highWater);
      const contact = { storeId: store.id, journalHead: Math.max(batch.journalHead ?? 0, highWater, last), oldestUnsentAt: batch.oldestUnsentAt };
      if (fresh.length === 0) {
        await runAsOneStatement(trx, [storeContactUpdate({ ...contact, highWater, lastEventAt: null })]);
        return { accepted: 0, replayed: true, highWater, unprojected: 0 };
      }
      await partitions.ensure(trx, new Map([['relay.events', new Set(fresh.map((event) => monthOf(event.occurredAt)))]]));
      const projection = await projectEvents(trx, { clientId: store.clientId, storeId: store.id, timeZone: store.timeZone }, fresh, partitions);
      // The raw events, their projections and rollups and the new high-water: one round trip.
      await runAsOneStatement(trx, [
        rawEventsInsert(store.id, fresh),
        ...projection.writes,
        storeContactUpdate({ ...contact, highWater: last, lastEventAt: fresh[fresh.length - 1].occurredAt }),
      ]);
      await projection.writeAfter(trx);
      await recordConfigurationOutcomes(trx, store.id, fresh);
      await queueStoreMarketplaceActions(trx, store.id, fresh, projection.channelOf);
      await queueChatReplies(trx, store.id, fresh);
      return { accepted: fresh.length, replayed: false, highWater: last, unprojected: projection.unprojected };
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new RelayError('DUPLICATE_EVENT_ID', 409);
    }
    throw error;
  }
}

export async function getHighWater(db: RelayDb, storeId: string): Promise<number> {
  const row = await db.selectFrom('relay.stores').select('high_water').where('id', '=', storeId).executeTakeFirstOrThrow();
  return row.high_water;
}
