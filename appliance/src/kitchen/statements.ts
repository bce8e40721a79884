import type { Statement } from 'better-sqlite3';
import type { Db } from '../kernel/db/open.js';

const cache = new WeakMap<Db, Map<string, Statement>>();

/** A prepared statement cached per connection: ticket reads run on every KDS publish. */
export function stmt(db: Db, sql: string): Statement {
  let byDb = cache.get(db);
  if (!byDb) cache.set(db, (byDb = new Map()));
  let prepared = byDb.get(sql);
  if (!prepared) byDb.set(sql, (prepared = db.prepare(sql)));
  return prepared;
}
