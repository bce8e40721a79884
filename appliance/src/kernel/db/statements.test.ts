import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { openDatabase, type Db } from './open.js';
import { prepareCached } from './statements.js';

let dir: string;
let db: Db;
afterEach(() => {
  db?.close();
  rmSync(dir, { recursive: true, force: true });
});

it('compiles a SQL text once per connection and hands it back in its plain mode', () => {
  dir = mkdtempSync(join(tmpdir(), 'chefia-statements-'));
  db = openDatabase(join(dir, 'store.db'), 'full');
  db.exec("CREATE TABLE t (k TEXT PRIMARY KEY, v INTEGER) STRICT; INSERT INTO t VALUES ('a', 1);");
  const sql = 'SELECT k, v FROM t WHERE k = ?';
  expect(prepareCached(db, sql).pluck().get('a')).toBe('a');
  expect(prepareCached(db, sql).get('a')).toEqual({ k: 'a', v: 1 });
  expect(prepareCached(db, sql).raw().get('a')).toEqual(['a', 1]);
  expect(prepareCached(db, sql).all('a')).toEqual([{ k: 'a', v: 1 }]);
  expect(prepareCached(db, sql)).toBe(prepareCached(db, sql));
  const insert = prepareCached(db, 'INSERT INTO t VALUES (?, ?)');
  expect(prepareCached(db, 'INSERT INTO t VALUES (?, ?)')).toBe(insert);
  expect(insert.run('b', 2).changes).toBe(1);
});
