import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from './open.js';
import { WalSyncer } from './wal-sync.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('WAL syncer', () => {
  it('tells every commit it is durable, in commit order, the commits made during an fsync covered by the next', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'chefia-walsync-'));
    dirs.push(dir);
    const db = openDatabase(join(dir, 'store.db'), 'group-fsync');
    db.exec('CREATE TABLE t (n INTEGER)');
    const syncer = new WalSyncer(join(dir, 'store.db-wal'), (error) => {
      throw error;
    });
    const told: number[] = [];
    const all = Array.from({ length: 50 }, (_, n) => {
      db.prepare('INSERT INTO t (n) VALUES (?)').run(n);
      return new Promise<void>((resolve) =>
        syncer.afterCommit(() => {
          told.push(n);
          resolve();
        }),
      );
    });
    await Promise.all(all);
    expect(told).toEqual(Array.from({ length: 50 }, (_, n) => n));
    await syncer.flush();
    syncer.close();
    db.close();
  });
});
