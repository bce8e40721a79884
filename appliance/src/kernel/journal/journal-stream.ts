import type Database from 'better-sqlite3';

/**
 * A run of the journal's seqs and where it sits in the store's stream at the relay. A restore that
 * cannot carry the history starts a new run after a gap in the journal's seqs, and the stream
 * position of that run is not known offline: the replicator places it right after whatever the
 * relay already holds, so no event of the run takes a position the relay has given to another.
 */
export interface StreamSegment {
  /** First journal seq of the run; it ends where the next run starts. */
  fromSeq: number;
  /** Stream position of `fromSeq`; null until the replicator places the run. */
  streamSeq: number | null;
}

/** Which store's relay stream this journal is (the relay's store id), once it has replicated. */
const STORE_KEY = 'journal.store_id';
const SEGMENTS_KEY = 'journal.stream_segments';

/** A journal never restored from a foreign lineage is one run: seq = stream position. */
const WHOLE_JOURNAL: StreamSegment[] = [{ fromSeq: 1, streamSeq: 1 }];

type Handle = Pick<Database.Database, 'prepare'>;
/** The database file the statements address: `main`, or an attached one during a restore. */
export type Schema = 'main' | 'live';

function readSetting(db: Handle, key: string, schema: Schema): string | null {
  return (db.prepare(`SELECT value FROM ${schema}.settings WHERE key = ?`).pluck().get(key) as string | undefined) ?? null;
}

function writeSetting(db: Handle, key: string, value: string, schema: Schema): void {
  db.prepare(`INSERT INTO ${schema}.settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`).run(key, value);
}

export function journalStoreId(db: Handle, schema: Schema = 'main'): string | null {
  return readSetting(db, STORE_KEY, schema);
}

/**
 * Records the relay store this journal replicates to, the first time it does; answers the store it
 * is bound to. A backup carries the binding, so a restore can refuse another store's journal.
 */
export function bindJournalToStore(db: Handle, storeId: string): string {
  const bound = journalStoreId(db);
  if (bound !== null) return bound;
  writeSetting(db, STORE_KEY, storeId, 'main');
  return storeId;
}

export function setJournalStoreId(db: Handle, storeId: string, schema: Schema): void {
  writeSetting(db, STORE_KEY, storeId, schema);
}

export function streamSegments(db: Handle, schema: Schema = 'main'): StreamSegment[] {
  const raw = readSetting(db, SEGMENTS_KEY, schema);
  return raw === null ? WHOLE_JOURNAL.map((s) => ({ ...s })) : (JSON.parse(raw) as StreamSegment[]);
}

export function saveStreamSegments(db: Handle, segments: readonly StreamSegment[], schema: Schema = 'main'): void {
  writeSetting(db, SEGMENTS_KEY, JSON.stringify(segments), schema);
}
