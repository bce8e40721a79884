import type { Statement } from 'better-sqlite3';
import type { Db } from './open.js';

const caches = new WeakMap<Db, Map<string, Statement>>();

/**
 * Compiling SQL costs more than running a simple statement, so hot paths keep one compiled
 * statement per (connection, SQL text). A statement comes back in its plain mode: one caller's
 * `pluck()` or `raw()` must not change the rows another caller of the same SQL gets.
 */
export function prepareCached(db: Db, sql: string): Statement {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  let statement = cache.get(sql);
  if (!statement) {
    statement = db.prepare(sql);
    cache.set(sql, statement);
  } else if (statement.reader) {
    // Each toggle only clears its own mode.
    statement.pluck(false).raw(false).expand(false);
  }
  return statement;
}
