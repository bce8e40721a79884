import Database from 'better-sqlite3';

/** What carrying the history into a restored database did. */
export interface CarriedHistory {
  /** Events journaled after the backup, now in the restored journal under their own seqs. */
  events: number;
  /** The restored journal's head: the next event gets this + 1. */
  headSeq: number;
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
 * the history; a backup from another appliance is restored as it is. Both files must be closed by
 * the appliance; the copy commits in one transaction on the restored file.
 */
export function carryHistoryInto(restoredFile: string, liveFile: string): CarriedHistory {
  const restored = new Database(restoredFile, { fileMustExist: true });
  try {
    restored.prepare('ATTACH DATABASE ? AS live').run(liveFile);
    const copy = restored.transaction((): CarriedHistory => {
      const backupHead = Number(restored.prepare('SELECT COALESCE(MAX(seq), 0) FROM main.journal').pluck().get());
      const liveHead = Number(restored.prepare('SELECT COALESCE(MAX(seq), 0) FROM live.journal').pluck().get());
      if (liveHead <= backupHead || !sameLineage(restored, backupHead)) return { events: 0, headSeq: backupHead };
      const events = restored.prepare('INSERT INTO main.journal SELECT * FROM live.journal WHERE seq > ? ORDER BY seq').run(backupHead).changes;
      restored
        .prepare(
          `INSERT INTO main.consumer_offsets (name, seq, updated_at)
             SELECT name, ?, ? FROM (SELECT name FROM main.consumer_offsets UNION SELECT name FROM live.consumer_offsets)
           WHERE true ON CONFLICT (name) DO UPDATE SET seq = MAX(seq, excluded.seq), updated_at = excluded.updated_at`,
        )
        .run(liveHead, new Date().toISOString());
      return { events, headSeq: liveHead };
    });
    return copy();
  } finally {
    restored.close();
  }
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
