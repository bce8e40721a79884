import type { Db } from '../db/open.js';
import { newId } from '../ids.js';
import type { Actor, JournalEvent, NewEvent } from './event.js';

interface JournalRow {
  seq: number;
  event_id: string;
  type: string;
  aggregate_type: string;
  aggregate_id: string;
  payload: string;
  actor_type: string | null;
  actor_id: string | null;
  correlation_id: string | null;
  occurred_at: string;
}

export function rowToEvent(row: JournalRow): JournalEvent {
  return {
    seq: row.seq,
    id: row.event_id,
    type: row.type,
    aggregateType: row.aggregate_type,
    aggregateId: row.aggregate_id,
    payload: JSON.parse(row.payload),
    actor: row.actor_type && row.actor_id ? { type: row.actor_type as Actor['type'], id: row.actor_id } : null,
    correlationId: row.correlation_id,
    occurredAt: row.occurred_at,
  };
}

/** Append and read access to the `journal` table. Appends must run inside a command transaction. */
export class JournalStore {
  private readonly insert;
  private readonly selectFrom;
  private readonly selectLast;

  constructor(private readonly db: Db) {
    this.insert = db.prepare(`INSERT INTO journal
      (event_id, type, aggregate_type, aggregate_id, payload, actor_type, actor_id, correlation_id, occurred_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    this.selectFrom = db.prepare('SELECT * FROM journal WHERE seq > ? ORDER BY seq LIMIT ?');
    this.selectLast = db.prepare('SELECT COALESCE(MAX(seq), 0) FROM journal').pluck();
  }

  append(event: NewEvent, actor: Actor | null, correlationId: string | null, occurredAt: string): JournalEvent {
    const id = newId();
    const info = this.insert.run(
      id,
      event.type,
      event.aggregateType,
      event.aggregateId,
      JSON.stringify(event.payload),
      actor?.type ?? null,
      actor?.id ?? null,
      correlationId,
      occurredAt,
    );
    return {
      ...event,
      seq: Number(info.lastInsertRowid),
      id,
      actor: actor ? { type: actor.type, id: actor.id } : null,
      correlationId,
      occurredAt,
    };
  }

  readAfter(seq: number, limit = 500): JournalEvent[] {
    return (this.selectFrom.all(seq, limit) as JournalRow[]).map(rowToEvent);
  }

  lastSeq(): number {
    return this.selectLast.get() as number;
  }
}
