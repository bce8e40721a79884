import pg from 'pg';
import { afterAll, beforeAll } from 'vitest';
import { startTestPostgres, type TestPostgres } from './test-postgres.js';
import { startTestRelay, type TestRelay } from './test-relay.js';

export type SuiteRelay = Pick<TestRelay, 'api' | 'adminToken' | 'enrolledStore' | 'baseUrl' | 'databaseUrl'> & {
  /** One statement on the relay's Postgres, on a connection of its own: what a test checks beneath the API. */
  query<T = any>(sql: string, params?: unknown[]): Promise<T[]>;
};

/**
 * One embedded Postgres and one in-process relay for the calling test file (or describe block):
 * started before its first test, stopped after its last. The returned relay reads the started one,
 * so suites use it like a `TestRelay` without their own set-up and tear-down.
 */
export function useTestRelay(): SuiteRelay {
  let postgres: TestPostgres | undefined;
  let relay: TestRelay | undefined;
  beforeAll(async () => {
    postgres = await startTestPostgres();
    relay = await startTestRelay(postgres);
  });
  afterAll(async () => {
    await relay?.close();
    await postgres?.stop();
  });
  const started = (): TestRelay => {
    if (!relay) throw new Error('the test relay is started in beforeAll');
    return relay;
  };
  return {
    api: (...args) => started().api(...args),
    adminToken: () => started().adminToken(),
    enrolledStore: (...args) => started().enrolledStore(...args),
    get baseUrl() {
      return started().baseUrl;
    },
    get databaseUrl() {
      return started().databaseUrl;
    },
    async query<T>(sql: string, params: unknown[] = []) {
      const client = new pg.Client(started().databaseUrl);
      await client.connect();
      try {
        return (await client.query(sql, params)).rows as T[];
      } finally {
        await client.end();
      }
    },
  };
}
