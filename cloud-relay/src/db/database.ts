import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { poolPreparingStatements } from './prepared-statements.js';

export type RelayDb = Kysely<any>;

export interface Database {
  db: RelayDb;
  pool: pg.Pool;
  close(): Promise<void>;
}

const INT8_OID = 20;
const NUMERIC_OID = 1700;
const DATE_OID = 1082;

/** Seqs, cents and counts fit in a JS number; dates stay 'YYYY-MM-DD' strings (business dates have no zone). */
const typeParsers = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === INT8_OID || oid === NUMERIC_OID) return (value: string) => Number(value);
    if (oid === DATE_OID) return (value: string) => value;
    return pg.types.getTypeParser(oid, format as 'text');
  },
};

export function createDatabase(url: string, maxConnections = 20): Database {
  const pool = new pg.Pool({ connectionString: url, max: maxConnections, types: typeParsers as pg.CustomTypesConfig });
  // An idle client losing its server (e.g. Postgres restarting) must not crash the relay.
  pool.on('error', () => undefined);
  const db = new Kysely<any>({ dialect: new PostgresDialect({ pool: poolPreparingStatements(pool) }) });
  return {
    db,
    pool,
    close: () => db.destroy(),
  };
}
