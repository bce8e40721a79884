import type { Db } from '../db/open.js';
import { newId } from '../ids.js';
import { prepareCached } from '../db/statements.js';
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

/** The journal holds only what commands emitted through the typed `tx.emit`, so a row is a JournalEvent. */
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
  } as JournalEvent;
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
    } as JournalEvent;
  }

  /**
   * Events after `seq` (up to `untilSeq`) whose type matches one of the patterns (`order.*`,
   * exact types, `*`), in seq order. The journal has no index by type (each would cost a page
   * per commit), so this scans the seq range, filtering in SQL so that skipped rows are never
   * parsed: callers keep the range short (see the event bus's SCAN_WINDOW).
   */
  readMatching(seq: number, untilSeq: number, patterns: readonly string[], limit = 200): JournalEvent[] {
    if (patterns.includes('*')) {
      return (prepareCached(this.db, 'SELECT * FROM journal WHERE seq > ? AND seq <= ? ORDER BY seq LIMIT ?').all(seq, untilSeq, limit) as JournalRow[]).map(rowToEvent);
    }
    const clauses: string[] = [];
    const params: (string | number)[] = [];
    for (const pattern of patterns) {
      if (pattern.endsWith('.*')) {
        // A range on the type index: 'order.' <= type < 'order/' ('/' follows '.' in ASCII).
        const prefix = pattern.slice(0, -1);
        clauses.push('(type >= ? AND type < ?)');
        params.push(prefix, prefix.slice(0, -1) + '/');
      } else {
        clauses.push('type = ?');
        params.push(pattern);
      }
    }
    const sql = `SELECT * FROM journal WHERE seq > ? AND seq <= ? AND (${clauses.join(' OR ')}) ORDER BY seq LIMIT ?`;
    return (prepareCached(this.db, sql).all(seq, untilSeq, ...params, limit) as JournalRow[]).map(rowToEvent);
  }

  readAfter(seq: number, limit = 500): JournalEvent[] {
    return (this.selectFrom.all(seq, limit) as JournalRow[]).map(rowToEvent);
  }

  lastSeq(): number {
    return this.selectLast.get() as number;
  }
}
