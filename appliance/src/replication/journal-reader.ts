import type { Db } from '../kernel/db/open.js';
import type { JournalEvent } from '../kernel/journal/event.js';
import { rowToEvent } from '../kernel/journal/journal-store.js';

/** Read-only access to the journal in seq order; the replicator never updates or deletes it. */
export class JournalReader {
  private readonly selectAfter;
  private readonly selectHead;
  private readonly selectOccurredAt;

  constructor(db: Db) {
    this.selectAfter = db.prepare('SELECT * FROM journal WHERE seq > ? AND seq <= ? ORDER BY seq LIMIT ?');
    this.selectHead = db.prepare('SELECT COALESCE(MAX(seq), 0) FROM journal').pluck();
    this.selectOccurredAt = db.prepare('SELECT occurred_at FROM journal WHERE seq = ?').pluck();
  }

  head(): number {
    return this.selectHead.get() as number;
  }

  occurredAt(seq: number): string | null {
    return (this.selectOccurredAt.get(seq) as string | undefined) ?? null;
  }

  /** Up to maxEvents events after seq (up to untilSeq), cut once the payloads pass maxBytes (at least one event). */
  readAfter(seq: number, maxEvents: number, maxBytes: number, untilSeq = Number.MAX_SAFE_INTEGER): JournalEvent[] {
    const rows = this.selectAfter.all(seq, untilSeq, maxEvents) as Parameters<typeof rowToEvent>[0][];
    const events: JournalEvent[] = [];
    let bytes = 0;
    for (const row of rows) {
      bytes += row.payload.length + 200;
      if (events.length > 0 && bytes > maxBytes) break;
      events.push(rowToEvent(row));
    }
    return events;
  }
}
