import { CompiledQuery } from 'kysely';
import type { RelayDb } from './database.js';
import { preparedSql } from './prepared-statements.js';

/** A write that can travel with others in one statement: its text, with parameters numbered from a given one. */
export interface StatementPart {
  /** The INSERT, UPDATE or DELETE text, its parameters `$firstParameter` onwards in `values` order. */
  text(firstParameter: number): string;
  values: unknown[];
}

/**
 * Runs several writes as one statement and one round trip, every part but the last a data-modifying
 * WITH query. On the chain bench each round trip to Postgres cost the relay a socket write (the
 * largest share of its CPU) and Postgres a wake-up, whatever the rows, so a batch's writes go
 * together. Postgres runs every part to completion on one snapshot: the parts must write different
 * tables (or rows) and none may need another's rows. The text depends only on the parts' shapes, so
 * callers that keep their shapes fixed get it prepared once per connection.
 */
export async function runAsOneStatement(executor: RelayDb, parts: StatementPart[]): Promise<void> {
  if (parts.length === 0) return;
  const texts: string[] = [];
  let nextParameter = 1;
  for (const part of parts) {
    texts.push(part.text(nextParameter));
    nextParameter += part.values.length;
  }
  const last = texts.pop()!;
  const text = texts.length === 0 ? last : `WITH ${texts.map((part, index) => `w${index} AS (${part})`).join(', ')} ${last}`;
  await executor.executeQuery(CompiledQuery.raw(preparedSql(text), parts.flatMap((part) => part.values)));
}
