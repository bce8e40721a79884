import { createHash } from 'node:crypto';
import type { Compilable, PostgresPool, PostgresPoolClient, QueryResult } from 'kysely';
import type { RelayDb } from './database.js';
import type pg from 'pg';

/**
 * Statements that every ingested batch runs (a dozen per batch, a few events each at chain scale)
 * are prepared once per connection instead of parsed, analyzed and planned on every execution:
 * measured on the chain bench, a sixth of Postgres's CPU per event was that work. Only texts marked
 * here are prepared, because a prepared statement lives as long as its connection: a text that
 * varies with its input (an IN list per id count) would pile up statements in every backend.
 * Connection poolers in transaction mode must forward protocol-level prepared statements
 * (PgBouncer ≥ 1.21 with `max_prepared_statements`) or sit out of the ingest path.
 */
const MAX_PREPARED_TEXTS = 256;
const nameByText = new Map<string, string>();

/** Marks a fixed SQL text as prepared once per connection; returns it unchanged. */
export function preparedSql(text: string): string {
  // The cap is a safety net against a caller marking texts built from its input: past it, texts run
  // unprepared (correct, only slower) rather than growing every backend's memory.
  if (!nameByText.has(text) && nameByText.size < MAX_PREPARED_TEXTS) {
    nameByText.set(text, `relay_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`);
  }
  return text;
}

/** Runs a query Kysely built (its text fixed by the code, not the input) as a prepared statement. */
export function executePrepared<R>(executor: RelayDb, query: Compilable<R>): Promise<QueryResult<R>> {
  const compiled = query.compile();
  preparedSql(compiled.sql);
  return executor.executeQuery(compiled);
}

/** The name a marked text is prepared under (tests read it back from `pg_prepared_statements`). */
export function preparedStatementName(text: string): string | undefined {
  return nameByText.get(text);
}

/**
 * The pool Kysely's dialect draws from: marked texts go to node-postgres as named statements, which
 * it parses once per connection and then only binds and executes. One wrapper per pg client, since
 * Kysely keeps its connection objects by client identity.
 */
export function poolPreparingStatements(pool: pg.Pool): PostgresPool {
  const wrappers = new WeakMap<pg.PoolClient, PostgresPoolClient>();
  const wrap = (client: pg.PoolClient): PostgresPoolClient => {
    const query = (text: unknown, values?: readonly unknown[]) => {
      const name = typeof text === 'string' ? nameByText.get(text) : undefined;
      if (name) return client.query({ name, text: text as string, values: values as unknown[] });
      return (client.query as (text: unknown, values?: readonly unknown[]) => unknown)(text, values);
    };
    return { query, release: () => client.release() } as PostgresPoolClient;
  };
  return {
    connect: async () => {
      const client = await pool.connect();
      let wrapper = wrappers.get(client);
      if (!wrapper) {
        wrapper = wrap(client);
        wrappers.set(client, wrapper);
      }
      return wrapper;
    },
    end: () => pool.end(),
  };
}
