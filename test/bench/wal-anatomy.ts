import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';

const WAL_HEADER_BYTES = 32;
const FRAME_HEADER_BYTES = 24;

interface WalPosition {
  salts: string;
  frames: number;
}

/** The WAL's current generation (its salts) and how many frames of it are valid, read from the file itself. */
function walPosition(wal: Buffer): WalPosition & { pageSize: number } {
  const pageSize = wal.readUInt32BE(8);
  const salts = wal.subarray(16, 24).toString('hex');
  const frameBytes = FRAME_HEADER_BYTES + pageSize;
  let frames = 0;
  // A frame belongs to this generation when it carries the header's salts; past the last one lie
  // frames of an older generation that a restart began to overwrite.
  for (let at = WAL_HEADER_BYTES; at + frameBytes <= wal.length; at += frameBytes) {
    if (wal.subarray(at + 8, at + 16).toString('hex') !== salts) break;
    frames++;
  }
  return { salts, frames, pageSize };
}

export interface WalAnatomy {
  frames: number;
  commits: number;
  /** Distinct pages among the frames: what one checkpoint of the whole window copies to the database. */
  distinctPages: number;
  pageSize: number;
  /** Frames written per table or index (`(free or new)` for pages no b-tree holds now), and the pages each grew by, most frames first. */
  byName: { name: string; frames: number; pagesAdded: number }[];
  /** Commits grouped by the tables they wrote (an index counts as its table), most frequent first. */
  byCommitKind: { tables: string; commits: number; frames: number }[];
}

/** Pages per table and index, as the connection's snapshot sees them. */
function pagesByName(db: Database.Database): { owners: Map<number, string>; counts: Map<string, number>; tableOf: Map<string, string> } {
  const owners = new Map<number, string>();
  const counts = new Map<string, number>();
  for (const row of db.prepare('SELECT name, pageno FROM dbstat').iterate() as Iterable<{ name: string; pageno: number }>) {
    owners.set(row.pageno, row.name);
    counts.set(row.name, (counts.get(row.name) ?? 0) + 1);
  }
  const tableOf = new Map((db.prepare('SELECT name, tbl_name FROM sqlite_schema').all() as { name: string; tbl_name: string }[]).map((row) => [row.name, row.tbl_name]));
  return { owners, counts, tableOf };
}

/**
 * What the appliance writes to its WAL while the pin is held, attributed to the tables and indexes
 * whose pages the frames carry. The pin is a read transaction on a connection of this process:
 * while it is open the appliance's checkpoints cannot let the WAL restart, so every frame written
 * meanwhile is still in the file when `read()` parses it. A diagnostic: the held snapshot keeps
 * checkpoints from finishing, so the disk writes measured meanwhile are not the store's usual ones.
 */
export function pinWal(dbFile: string): { read(): WalAnatomy; release(): void } {
  const walFile = `${dbFile}-wal`;
  const reader = new Database(dbFile, { readonly: true, fileMustExist: true });
  reader.exec('BEGIN');
  const before = pagesByName(reader).counts;
  const start = walPosition(readFileSync(walFile));
  return {
    read() {
      const wal = readFileSync(walFile);
      const end = walPosition(wal);
      // A WAL wholly checkpointed when the pin was taken may restart once more; the pin then reads
      // the database file alone and no checkpoint can copy anything back until it is released.
      const first = end.salts === start.salts ? start.frames : 0;
      const frameBytes = FRAME_HEADER_BYTES + end.pageSize;
      const catalog = new Database(dbFile, { readonly: true, fileMustExist: true });
      let after: ReturnType<typeof pagesByName>;
      try {
        after = pagesByName(catalog);
      } finally {
        catalog.close();
      }
      const counts = new Map<string, number>();
      let commits = 0;
      const distinct = new Set<number>();
      const kinds = new Map<string, { commits: number; frames: number }>();
      let commitTables = new Set<string>();
      let commitFrames = 0;
      for (let frame = first; frame < end.frames; frame++) {
        const at = WAL_HEADER_BYTES + frame * frameBytes;
        const page = wal.readUInt32BE(at);
        distinct.add(page);
        const name = after.owners.get(page) ?? '(free or new)';
        counts.set(name, (counts.get(name) ?? 0) + 1);
        commitTables.add(after.tableOf.get(name) ?? name);
        commitFrames++;
        // A frame with the database size in its header ends a commit.
        if (wal.readUInt32BE(at + 4) !== 0) {
          commits++;
          const tables = [...commitTables].filter((table) => table !== 'sqlite_schema').sort().join(' ') || 'sqlite_schema';
          const kind = kinds.get(tables) ?? { commits: 0, frames: 0 };
          kind.commits++;
          kind.frames += commitFrames;
          kinds.set(tables, kind);
          commitTables = new Set();
          commitFrames = 0;
        }
      }
      const byName = [...counts].map(([name, frames]) => ({ name, frames, pagesAdded: (after.counts.get(name) ?? 0) - (before.get(name) ?? 0) })).sort((a, b) => b.frames - a.frames);
      const byCommitKind = [...kinds].map(([tables, kind]) => ({ tables, ...kind })).sort((a, b) => b.commits - a.commits);
      return { frames: end.frames - first, commits, distinctPages: distinct.size, pageSize: end.pageSize, byName, byCommitKind };
    },
    release() {
      reader.exec('COMMIT');
      reader.close();
    },
  };
}
