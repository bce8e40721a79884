import crypto from 'node:crypto';
import { EventEmitter } from 'node:events';
import { sql } from 'kysely';
import type { DownstreamMessage } from '../../../appliance/contract/index.js';
import type { RelayDb } from '../db/database.js';


const PAGE_SIZE = 100;
/** First key of the advisory locks that order a store's downstream queue (the second is the store's hash). */
const QUEUE_LOCK_CLASS = 7_310;
/** Other relay nodes may enqueue: waiting clients also re-check the table at this interval. */
const POLL_INTERVAL_MS = 1000;

export class DownstreamChannel {
  private readonly wakeups = new EventEmitter();

  constructor(private readonly db: RelayDb) {
    this.wakeups.setMaxListeners(0);
  }

  /**
   * Takes the stores' queue locks, in one order so that two transactions pushing to the same
   * stores cannot deadlock; call it first in a transaction that enqueues for several stores.
   */
  async lockStores(executor: RelayDb, storeIds: readonly string[]): Promise<void> {
    for (const storeId of [...new Set(storeIds)].sort()) {
      await sql`SELECT pg_advisory_xact_lock(${QUEUE_LOCK_CLASS}::int, hashtext(${storeId}::text))`.execute(executor);
    }
  }

  /**
   * Queues a message in the caller's transaction. A store's messages commit in cursor order: the
   * store's queue lock is held from before its cursor is drawn until the transaction ends, so a
   * reader can never see cursor 101 committed while 100 is still to come, and then skip 100 for
   * good (several relay nodes, and one node's parallel jobs, enqueue for the same store at once).
   */
  async enqueue(
    executor: RelayDb,
    message: { storeId: string; type: string; payload: unknown; createdBy?: string | null },
  ): Promise<DownstreamMessage> {
    await this.lockStores(executor, [message.storeId]);
    const row = await executor
      .insertInto('relay.downstream_messages')
      .values({
        id: crypto.randomUUID(),
        store_id: message.storeId,
        type: message.type,
        payload: JSON.stringify(message.payload),
        created_by: message.createdBy ?? null,
      })
      .returning(['cursor', 'id', 'type', 'payload', 'created_at'])
      .executeTakeFirstOrThrow();
    return toMessage(row);
  }

  /** Call after the transaction that enqueued for the store has committed. */
  notify(storeId: string): void {
    this.wakeups.emit(storeId);
  }

  async fetchAfter(storeId: string, after: number): Promise<DownstreamMessage[]> {
    const rows = await this.db
      .selectFrom('relay.downstream_messages')
      .select(['cursor', 'id', 'type', 'payload', 'created_at'])
      .where('store_id', '=', storeId)
      .where('cursor', '>', after)
      .orderBy('cursor')
      .limit(PAGE_SIZE)
      .execute();
    return rows.map(toMessage);
  }

  /** Long poll: answers at once when messages are waiting, otherwise when one arrives or waitMs passes. */
  async waitAfter(storeId: string, after: number, waitMs: number, signal?: AbortSignal): Promise<DownstreamMessage[]> {
    const deadline = Date.now() + waitMs;
    for (;;) {
      const messages = await this.fetchAfter(storeId, after);
      const remaining = deadline - Date.now();
      if (messages.length > 0 || remaining <= 0 || signal?.aborted) return messages;
      await new Promise<void>((resolve) => {
        const done = () => {
          clearTimeout(timer);
          this.wakeups.off(storeId, done);
          signal?.removeEventListener('abort', done);
          resolve();
        };
        const timer = setTimeout(done, Math.min(remaining, POLL_INTERVAL_MS));
        this.wakeups.on(storeId, done);
        signal?.addEventListener('abort', done);
      });
    }
  }

  /** Acknowledges everything up to cursor; acknowledgements never move backwards. */
  async acknowledge(storeId: string, cursor: number): Promise<number> {
    const row = await this.db
      .updateTable('relay.stores')
      .set({ downstream_acked: sql`GREATEST(downstream_acked, LEAST(${cursor}::bigint, (SELECT COALESCE(max(cursor), 0) FROM relay.downstream_messages WHERE store_id = ${storeId}::uuid)))`, last_seen_at: new Date() })
      .where('id', '=', storeId)
      .returning('downstream_acked')
      .executeTakeFirstOrThrow();
    await this.db
      .updateTable('relay.downstream_messages')
      .set({ acked_at: new Date() })
      .where('store_id', '=', storeId)
      .where('cursor', '<=', row.downstream_acked)
      .where('acked_at', 'is', null)
      .execute();
    return row.downstream_acked;
  }
}

function toMessage(row: { cursor: number; id: string; type: string; payload: unknown; created_at: Date }): DownstreamMessage {
  return { cursor: row.cursor, id: row.id, type: row.type, payload: row.payload, createdAt: row.created_at.toISOString() };
}
