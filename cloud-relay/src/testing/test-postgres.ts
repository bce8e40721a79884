import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres, type EmbeddedPostgresHandle } from '../db/embedded-postgres.js';

export interface TestPostgres {
  /** URL of the server's maintenance database. */
  url: string;
  /** Creates an empty database and returns its URL: one per test keeps tests independent. */
  freshDatabase(prefix?: string): Promise<string>;
  stop(): Promise<void>;
}

let counter = 0;

/** Set by the test run's global set-up (`test/support/shared-postgres.ts`) to the cluster it shares. */
export const SHARED_TEST_POSTGRES_ENV = 'CHEFIA_TEST_POSTGRES_URL';

/**
 * A real Postgres for a test file (or a bench): DATABASE_URL when set, else the cluster the test run
 * shares, otherwise embedded-postgres of its own in a temp dir. Only an own cluster is stopped.
 */
export async function startTestPostgres(): Promise<TestPostgres> {
  let embedded: EmbeddedPostgresHandle | undefined;
  let dir: string | undefined;
  let url = process.env.DATABASE_URL || process.env[SHARED_TEST_POSTGRES_ENV];
  if (!url) {
    dir = mkdtempSync(join(tmpdir(), 'chefia-relay-pg-'));
    embedded = await startEmbeddedPostgres({ dataDir: join(dir, 'pg') });
    url = embedded.url;
  }
  const baseUrl = url;
  return {
    url: baseUrl,
    async freshDatabase(prefix = 'relay_test') {
      counter += 1;
      const name = `${prefix}_${process.pid}_${Date.now().toString(36)}_${counter}`;
      const client = new pg.Client(baseUrl);
      await client.connect();
      try {
        await client.query(`CREATE DATABASE ${name}`);
      } finally {
        await client.end();
      }
      const target = new URL(baseUrl);
      target.pathname = `/${name}`;
      return target.toString();
    },
    async stop() {
      await embedded?.stop();
      if (dir) rmSync(dir, { recursive: true, force: true });
    },
  };
}
