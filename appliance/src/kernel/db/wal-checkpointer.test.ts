import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from './open.js';
import { WalCheckpointer, type CheckpointResult } from './wal-checkpointer.js';

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

const twoTurns = () => new Promise((resolve) => setImmediate(() => setImmediate(() => setImmediate(resolve))));

describe('WAL checkpointer', () => {
  it('checkpoints the WAL after a commit, off the commit itself, at most once per interval', async () => {
    const db = storeWithWal();
    let clock = 1_000;
    const results: CheckpointResult[] = [];
    const checkpointer = new WalCheckpointer(db, 250, (r) => results.push(r), () => clock);
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

  it('reports a failed checkpoint instead of throwing into the event loop', async () => {
    const db = storeWithWal();
    const results: CheckpointResult[] = [];
    const checkpointer = new WalCheckpointer(db, 0, (r) => results.push(r));
    db.exec('BEGIN IMMEDIATE; INSERT INTO t (v) VALUES (1)');
    checkpointer.noteCommit();
    await twoTurns();
    expect(results).toEqual([{ ok: false, error: expect.stringMatching(/transaction|locked|checkpoint/i) }]);
    db.exec('ROLLBACK');
    db.close();
  });
});
