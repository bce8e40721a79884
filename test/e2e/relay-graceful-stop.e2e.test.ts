import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPostgres, type TestPostgres } from '../../cloud-relay/src/testing/test-postgres.js';
import { SyntheticStore, seededRandom } from '../../cloud-relay/src/testing/synthetic-store.js';
import { spawnRelay } from './relay-process.js';

const ADMIN_PASSWORD = 'Matriz#2026';

async function until(what: string, probe: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The built relay stopped with SIGTERM while it is busy: what is in flight finishes, nothing errs. */
describe('relay graceful stop', () => {
  let postgres: TestPostgres;
  const dir = mkdtempSync(join(tmpdir(), 'chefia-relay-stop-'));
  beforeAll(async () => {
    postgres = await startTestPostgres();
  });
  afterAll(async () => {
    await postgres?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('on SIGTERM ends long polls, finishes the ingest in flight, refuses new work, closes the pool and exits 0 without an error line', async () => {
    const databaseUrl = await postgres.freshDatabase('relay_stop');
    const relay = await spawnRelay({ RELAY_HTTP_PORT: '0', RELAY_DATA_DIR: join(dir, 'relay'), DATABASE_URL: databaseUrl, RELAY_ADMIN_PASSWORD: ADMIN_PASSWORD, RELAY_SHUTDOWN_GRACE_SECONDS: '30' }, 60_000);
    const base = `http://127.0.0.1:${relay.httpPort}`;
    const locker = new pg.Client(databaseUrl);
    try {
      const json = async (method: string, path: string, body?: unknown, token?: string) => {
        const response = await fetch(`${base}${path}`, {
          method,
          headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
          body: body === undefined ? undefined : JSON.stringify(body),
        });
        return { status: response.status, body: await response.json() };
      };
      const metric = async (line: RegExp) => line.test(await (await fetch(`${base}/metrics`)).text());
      const admin = (await json('POST', '/api/v1/auth/login', { username: 'admin', password: ADMIN_PASSWORD })).body.data.token;
      const created = await json('POST', '/api/v1/stores', { code: 'STOP-1', name: 'Loja Parada' }, admin);
      const enrolled = (await json('POST', '/api/v1/enroll', { code: created.body.data.enrollmentCode })).body.data;
      const store = new SyntheticStore(seededRandom(3));
      const events = [
        ...store.catalogEvents(new Date('2026-11-20T12:00:00Z')),
        ...Array.from({ length: 300 }, (_, i) => store.paidOrder('2026-11-20', new Date(Date.UTC(2026, 10, 20, 15, i % 60)))).flat(),
      ];

      const pollStarted = Date.now();
      const poll = json('GET', `/api/v1/stores/${enrolled.storeId}/downstream?after=0&wait=50`, undefined, enrolled.credential);
      await until('the long poll open', () => metric(/^chefia_relay_downstream_long_polls 1$/m));
      // Hold the store's row so the upload stays in flight (admitted, waiting in its transaction) until released.
      await locker.connect();
      await locker.query('BEGIN');
      await locker.query('SELECT 1 FROM relay.stores WHERE id = $1 FOR UPDATE', [enrolled.storeId]);
      const upload = json('POST', `/api/v1/stores/${enrolled.storeId}/events`, { events, journalHead: events.length }, enrolled.credential);
      await until('the upload in flight', () => metric(/^chefia_relay_ingest_in_flight\{class="live"\} 1$/m));

      const exited = new Promise<number | null>((resolve) => relay.proc.once('exit', (code) => resolve(code)));
      relay.proc.kill('SIGTERM');

      // The long poll answers at once, empty: the store polls again (another node, or this one restarted).
      const polled = await poll;
      expect(polled.status).toBe(200);
      expect(polled.body.data).toEqual({ messages: [], cursor: 0 });
      expect(Date.now() - pollStarted).toBeLessThan(20_000);
      // New connections are no longer taken.
      await until('the listener closed', async () => {
        try {
          const response = await fetch(`${base}/health`);
          return response.status === 503;
        } catch {
          return true;
        }
      });
      // The upload in flight still commits whole once its row is free.
      await locker.query('COMMIT');
      const uploaded = await upload.catch((error) => {
        throw new Error(`upload failed: ${error}\n${relay.logs.join('\n')}`);
      });
      expect(uploaded.status).toBe(200);
      expect(uploaded.body.data).toMatchObject({ accepted: events.length, highWater: events.length });

      expect(await exited).toBe(0);
      const entries = relay.logs.flatMap((chunk) => chunk.split('\n')).filter(Boolean).map((line) => {
        try {
          return JSON.parse(line) as { level: number; msg: string };
        } catch {
          return { level: 60, msg: `not a log line: ${line}` };
        }
      });
      expect(entries.filter((entry) => entry.level >= 50)).toEqual([]);
      expect(entries.map((entry) => entry.msg)).toEqual(expect.arrayContaining(['stopping', 'stopped']));
      expect(relay.logs.join('\n')).not.toContain('destroyed');

      const check = new pg.Client(databaseUrl);
      await check.connect();
      try {
        const [row] = (await check.query('SELECT count(*)::int AS n FROM relay.events WHERE store_id = $1', [enrolled.storeId])).rows;
        expect(row.n).toBe(events.length);
      } finally {
        await check.end();
      }
    } finally {
      await locker.end().catch(() => undefined);
      await relay.kill('SIGKILL');
    }
  }, 180_000);
});
