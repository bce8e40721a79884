import { Kysely, SqliteDialect } from 'kysely';
import type { Db } from './open.js';

export function createQueryDb(readConnection: Db): Kysely<any> {
  return new Kysely<any>({ dialect: new SqliteDialect({ database: readConnection }) });
}
