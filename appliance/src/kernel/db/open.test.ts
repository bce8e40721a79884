import { mkdtempSync, readdirSync, readlinkSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from './open.js';

/** SQLite temp files this process holds open (SQLite names them etilqs_* and unlinks them at once). */
function openSqliteTempFiles(): string[] {
  return readdirSync('/proc/self/fd')
    .map((fd) => {
      try {
        return readlinkSync(`/proc/self/fd/${fd}`);
      } catch {
        return '';
      }
    })
    .filter((target) => target.includes('/etilqs_'));
}

describe('openDatabase', () => {
  let dir: string;
  let db: Db | undefined;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'chefia-open-'));
  });

  afterEach(() => {
    db?.close();
    db = undefined;
    rmSync(dir, { recursive: true, force: true });
  });

  it('opens in WAL mode and syncs every commit unless group fsync is chosen', () => {
    db = openDatabase(join(dir, 'full.db'));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    db.close();
    db = openDatabase(join(dir, 'group.db'), 'group-fsync');
    expect(db.pragma('synchronous', { simple: true })).toBe(1);
  });

  it('creates a store database with 2 KiB pages and keeps the pages of one made before', () => {
    db = openDatabase(join(dir, 'new.db'));
    db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY)');
    expect(db.pragma('page_size', { simple: true })).toBe(2048);
    db.close();
    db = openDatabase(join(dir, 'new.db'));
    expect(db.pragma('page_size', { simple: true })).toBe(2048);
    db.close();
    // A store installed before: a WAL database keeps its page size whatever is asked on open.
    const before = new Database(join(dir, 'before.db'));
    before.pragma('journal_mode = WAL');
    before.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, body TEXT)');
    before.prepare('INSERT INTO t (body) VALUES (?)').run('venda');
    before.close();
    db = openDatabase(join(dir, 'before.db'));
    expect(db.pragma('page_size', { simple: true })).toBe(4096);
    expect(db.prepare('SELECT body FROM t').pluck().get()).toBe('venda');
  });

  it('keeps statement journals of large savepoints in memory instead of temp files on the disk', () => {
    db = openDatabase(join(dir, 'store.db'));
    db.exec('CREATE TABLE lines (id INTEGER PRIMARY KEY, body TEXT)');
    const insert = db.prepare('INSERT INTO lines (body) VALUES (?)');
    db.transaction(() => {
      for (let i = 0; i < 2_000; i++) insert.run('x'.repeat(200));
    })();
    db.exec('BEGIN IMMEDIATE');
    // A command runs inside a savepoint; rewriting every row journals far more than SQLite's
    // 64 KiB in-memory statement journal, which by default then spills to a temp file.
    db.exec('SAVEPOINT command');
    db.prepare("UPDATE lines SET body = 'y' || body").run();
    const spilled = openSqliteTempFiles();
    db.exec('RELEASE command');
    db.exec('COMMIT');
    expect(spilled).toEqual([]);
    expect(db.pragma('temp_store', { simple: true })).toBe(2);
  });
});
