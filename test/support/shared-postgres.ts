import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres } from '../../cloud-relay/src/db/embedded-postgres.js';
import { SHARED_TEST_POSTGRES_ENV } from '../../cloud-relay/src/testing/test-postgres.js';

/**
 * Vitest global set-up of the node projects: one embedded Postgres for the whole run instead of an
 * initdb and a server start (≈ 5 s) in every relay test file. Each test still works in a database of
 * its own (`freshDatabase`). The URL reaches the test workers through the environment they are
 * forked with; `DATABASE_URL`, when set, still wins.
 */
export default async function setup(): Promise<(() => Promise<void>) | undefined> {
  if (process.env.DATABASE_URL || process.env[SHARED_TEST_POSTGRES_ENV]) return undefined;
  const dir = mkdtempSync(join(tmpdir(), 'chefia-test-pg-'));
  const postgres = await startEmbeddedPostgres({ dataDir: join(dir, 'pg') });
  process.env[SHARED_TEST_POSTGRES_ENV] = postgres.url;
  return async () => {
    delete process.env[SHARED_TEST_POSTGRES_ENV];
    await postgres.stop();
    rmSync(dir, { recursive: true, force: true });
  };
}
