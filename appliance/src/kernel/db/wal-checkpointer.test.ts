import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from './open.js';
import { WalCheckpointer, type CheckpointPacing, type CheckpointResult } from './wal-checkpointer.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function storeWithWal(): Db {
  const dir = mkdtempSync(join(tmpdir(), 'chefia-ckpt-'));
  dirs.push(dir);
  const db = openDatabase(join(dir, 'store.db'));
  db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)');
  return db;
}

/** A fixed interval: its floor and its ceiling are the same. */
const every250ms: CheckpointPacing = { minIntervalMs: 250, maxIntervalMs: 250, framesPerCheckpoint: 2_048 };

const twoTurns = () => new Promise((resolve) => setImmediate(() => setImmediate(() => setImmediate(resolve))));

describe('WAL checkpointer', () => {
  it('checkpoints the WAL after a commit, off the commit itself, at most once per interval', async () => {
    const db = storeWithWal();
    let clock = 1_000;
    const results: CheckpointResult[] = [];
    const checkpointer = new WalCheckpointer(db, every250ms, (r) => results.push(r), () => clock);
    const write = () => db.prepare('INSERT INTO t (v) VALUES (?)').run('x'.repeat(3000));

    write();
    checkpointer.noteCommit();
    expect(results).toHaveLength(0);
    await twoTurns();
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ ok: true, busy: 0 });
    expect(results[0].log).toBeGreaterThan(0);
    expect(results[0].checkpointed).toBe(results[0].log);

    clock += 100;
    write();
    checkpointer.noteCommit();
    await twoTurns();
    expect(results).toHaveLength(1);

    clock += 200;
    checkpointer.noteCommit();
    checkpointer.noteCommit();
    await twoTurns();
    expect(results).toHaveLength(2);

    checkpointer.stop();
    clock += 1_000;
    checkpointer.noteCommit();
    await twoTurns();
    expect(results).toHaveLength(2);
    db.close();
  });

  it('stretches the interval while few frames come and shortens it when many do', async () => {
    const db = storeWithWal();
    let clock = 1_000;
    const results: CheckpointResult[] = [];
    const checkpointer = new WalCheckpointer(db, { minIntervalMs: 250, maxIntervalMs: 10_000, framesPerCheckpoint: 100 }, (r) => results.push(r), () => clock);
    const write = (rows: number) => {
      const insert = db.prepare('INSERT INTO t (v) VALUES (?)');
      db.transaction(() => {
        for (let i = 0; i < rows; i++) insert.run('x'.repeat(3000));
      })();
      checkpointer.noteCommit();
    };
    const checkpointsAfter = async (advanceMs: number, rows: number) => {
      clock += advanceMs;
      write(rows);
      await twoTurns();
      return results.length;
    };

    expect(await checkpointsAfter(0, 1)).toBe(1);
    // A few frames in a second: the next checkpoint waits for the 10 s ceiling, not 250 ms.
    expect(await checkpointsAfter(1_000, 1)).toBe(2);
    expect(results[1].log).toBeLessThan(10);
    expect(await checkpointsAfter(1_000, 1)).toBe(2);
    expect(await checkpointsAfter(5_000, 1)).toBe(2);
    expect(await checkpointsAfter(4_000, 1)).toBe(3);
    // ≈ 300 frames in the next 10 s: the interval falls to 10 s × 100 / 300 ≈ 3.3 s.
    expect(await checkpointsAfter(10_000, 200)).toBe(4);
    expect(results[3].log).toBeGreaterThan(250);
    expect(results[3].log).toBeLessThan(400);
    expect(await checkpointsAfter(2_500, 1)).toBe(4);
    expect(await checkpointsAfter(1_000, 1)).toBe(5);
    expect(results.every((r) => r.ok)).toBe(true);
    db.close();
  });

  it('waits until the batch that asked for it is durable, so it never holds the loop as that batch is answered', async () => {
    const db = storeWithWal();
    const results: CheckpointResult[] = [];
    const checkpointer = new WalCheckpointer(db, { minIntervalMs: 0, maxIntervalMs: 0, framesPerCheckpoint: 1 }, (r) => results.push(r));
    let fsyncDone!: () => void;
    checkpointer.durable = () => new Promise((resolve) => (fsyncDone = resolve));
    db.prepare('INSERT INTO t (v) VALUES (?)').run('x'.repeat(3000));
    checkpointer.noteCommit();
    await twoTurns();
    await twoTurns();
    expect(results).toHaveLength(0);
    fsyncDone();
    await twoTurns();
    expect(results).toEqual([expect.objectContaining({ ok: true })]);
    db.close();
  });

  it('reports a failed checkpoint instead of throwing into the event loop', async () => {
    const db = storeWithWal();
    const results: CheckpointResult[] = [];
    const checkpointer = new WalCheckpointer(db, { minIntervalMs: 0, maxIntervalMs: 0, framesPerCheckpoint: 1 }, (r) => results.push(r));
    db.exec('BEGIN IMMEDIATE; INSERT INTO t (v) VALUES (1)');
    checkpointer.noteCommit();
    await twoTurns();
    expect(results).toEqual([{ ok: false, error: expect.stringMatching(/transaction|locked|checkpoint/i) }]);
    db.exec('ROLLBACK');
    db.close();
  });
});
