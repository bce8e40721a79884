import Database from 'better-sqlite3';
import { newId } from '../ids.js';
import type { Actor, NewEvent } from './event.js';
import { journalStoreId, saveStreamSegments, setJournalStoreId, streamSegments } from './journal-stream.js';

/** What carrying the history into a restored database did. */
export interface CarriedHistory {
  /** Events journaled after the backup, now in the restored journal under their own seqs. */
  events: number;
  /** The seq the restore's own event got: past every seq the live journal had handed out. */
  restoreSeq: number;
}

/** The event that records the restore, journaled in the restored database with the swap. */
export interface RestoreRecord {
  event: NewEvent;
  actor: Actor;
}

/**
 * A restore rewinds the store's state, not its history. The journal is the relay's feed and the
 * audit trail, so the events journaled after the backup are copied into the restored database
 * under their own seqs: the relay keeps receiving one gapless sequence (it would otherwise take the
 * restored store's new events for replays of seqs it already holds, and HQ would never see them),
 * HQ keeps the sales made after the backup, and the audit keeps who did what. Durable consumers
 * start past the carried events: their effects (tickets printed, screens told) belong to the state
 * being replaced, and the restored state has none of the orders they would act on.
 *
 * Only a backup of this same journal (its last event is the live journal's event at that seq) gets
 * the history; any other is restored as it is, but its journal goes on after the highest seq the
 * live one handed out (no seq names two events for a screen, a consumer or the relay) and what it
 * journals from there is a new run of the relay stream (`journal-stream.ts`), placed by the
 * replicator after whatever the relay holds: the replacement appliance of a store whose disk
 * failed does not know how far the relay got. The restore's own event (`record`) is journaled
 * right after, in the same transaction, so the restored file names the backup it came from.
 * Both files must be closed by the appliance.
 */
export function carryHistoryInto(restoredFile: string, liveFile: string, record: RestoreRecord): CarriedHistory {
  const restored = new Database(restoredFile, { fileMustExist: true });
  try {
    restored.prepare('ATTACH DATABASE ? AS live').run(liveFile);
    const copy = restored.transaction((): CarriedHistory => {
      const backupHead = Number(restored.prepare('SELECT COALESCE(MAX(seq), 0) FROM main.journal').pluck().get());
      const liveHead = Number(restored.prepare('SELECT COALESCE(MAX(seq), 0) FROM live.journal').pluck().get());
      const liveStore = journalStoreId(restored, 'live');
      if (journalStoreId(restored) === null && liveStore !== null) setJournalStoreId(restored, liveStore, 'main');
      const restoreSeq = Math.max(liveHead, backupHead) + 1;
      let events = 0;
      if (liveHead > backupHead && sameLineage(restored, backupHead)) {
        events = carryEvents(restored, backupHead, liveHead);
      } else {
        saveStreamSegments(restored, [...streamSegments(restored), { fromSeq: restoreSeq, streamSeq: null }]);
      }
      appendAt(restored, restoreSeq, record);
      return { events, restoreSeq };
    });
    return copy();
  } finally {
    restored.close();
  }
}

/** The live journal's events after the backup, its consumers' positions and its runs of the relay stream. */
function carryEvents(restored: Database.Database, backupHead: number, liveHead: number): number {
  const events = restored.prepare('INSERT INTO main.journal SELECT * FROM live.journal WHERE seq > ? ORDER BY seq').run(backupHead).changes;
  restored
    .prepare(
      `INSERT INTO main.consumer_offsets (name, seq, updated_at)
         SELECT name, ?, ? FROM (SELECT name FROM main.consumer_offsets UNION SELECT name FROM live.consumer_offsets)
       WHERE true ON CONFLICT (name) DO UPDATE SET seq = MAX(seq, excluded.seq), updated_at = excluded.updated_at`,
    )
    .run(liveHead, new Date().toISOString());
  // The journal is now the live one, so are its positions in the stream.
  saveStreamSegments(restored, streamSegments(restored, 'live'));
  return events;
}

function appendAt(db: Database.Database, seq: number, { event, actor }: RestoreRecord): void {
  db.prepare(
    `INSERT INTO main.journal (seq, event_id, type, aggregate_type, aggregate_id, payload, actor_type, actor_id, correlation_id, occurred_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, ?)`,
  ).run(seq, newId(), event.type, event.aggregateType, event.aggregateId, JSON.stringify(event.payload), actor.type, actor.id, new Date().toISOString());
}

/** The backup's last event is the live journal's event at the same seq (an empty backup always is). */
function sameLineage(db: Database.Database, backupHead: number): boolean {
  if (backupHead === 0) return true;
  const ids = db
    .prepare('SELECT (SELECT event_id FROM main.journal WHERE seq = ?) = (SELECT event_id FROM live.journal WHERE seq = ?)')
    .pluck()
    .get(backupHead, backupHead);
  return ids === 1;
}
