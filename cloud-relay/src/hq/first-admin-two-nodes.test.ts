import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPostgres, type TestPostgres } from '../testing/test-postgres.js';
import { startTestRelay, TEST_ADMIN_PASSWORD, type TestRelay } from '../testing/test-relay.js';

/**
 * A chain's relay runs on several nodes sharing one Postgres. On a new installation they start
 * together, and each finds no HQ user yet: the first administrator `admin` is created once, and
 * every node starts and lets that administrator in, instead of one failing its start on the
 * account the other has just created.
 */
let postgres: TestPostgres;
const started: TestRelay[] = [];

beforeAll(async () => {
  postgres = await startTestPostgres();
});

afterAll(async () => {
  for (const relay of started) await relay.close();
  await postgres?.stop();
});

describe('relay nodes starting together on a new database', () => {
  it('all start, with one administrator they all let in', async () => {
    const databaseUrl = await postgres.freshDatabase();
    const starts = await Promise.allSettled([1, 2, 3].map(() => startTestRelay(postgres, { databaseUrl })));
    for (const start of starts) if (start.status === 'fulfilled') started.push(start.value);
    expect(starts.map((start) => (start.status === 'rejected' ? String(start.reason) : 'started'))).toEqual(['started', 'started', 'started']);

    const admins = await started[0].api('GET', '/api/v1/hq-users', { token: await started[0].adminToken() });
    expect(admins.body.data.map((user: { username: string }) => user.username)).toEqual(['admin']);
    for (const relay of started) {
      const login = await relay.api('POST', '/api/v1/auth/login', { body: { username: 'admin', password: TEST_ADMIN_PASSWORD } });
      expect(login.status).toBe(200);
    }
  });
});
