import http from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPostgres, type TestPostgres } from '../../../cloud-relay/src/testing/test-postgres.js';
import { startTestRelay, type TestRelay } from '../../../cloud-relay/src/testing/test-relay.js';
import { openTestJournal, type TestJournal } from './testing/journal-fixture.js';
import { RelayClient } from './relay-client.js';
import { Replicator } from './replicator.js';
import { parseRetryAfter, retryAfterDelay } from './backoff.js';

/** One upload as the store saw it: when it reached the relay, when the answer went back, what it was. */
interface Exchange {
  storeId: string;
  receivedAt: number;
  answeredAt: number;
  status: number;
  retryAfter: string | undefined;
  body: string;
}

/**
 * A loopback HTTP forwarder in front of the relay that records every journal upload, so the test
 * sees what the replicators really did on the wire (when they came back after a 429).
 */
async function recordingForwarder(target: string): Promise<{ url: string; uploads: Exchange[]; close(): Promise<void> }> {
  const upstream = new URL(target);
  const uploads: Exchange[] = [];
  const server = http.createServer((req, res) => {
    const receivedAt = Date.now();
    const match = /^\/api\/v1\/stores\/([^/]+)\/events$/.exec(req.url ?? '');
    const forward = http.request({ host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers: req.headers }, (answer) => {
      const chunks: Buffer[] = [];
      answer.on('data', (chunk: Buffer) => chunks.push(chunk));
      answer.on('end', () => {
        const answeredAt = Date.now();
        if (match && req.method === 'POST') {
          const retryAfter = answer.headers['retry-after'];
          uploads.push({ storeId: match[1], receivedAt, answeredAt, status: answer.statusCode ?? 0, retryAfter: typeof retryAfter === 'string' ? retryAfter : undefined, body: Buffer.concat(chunks).toString('utf8') });
        }
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        res.end(Buffer.concat(chunks));
      });
    });
    forward.on('error', () => res.destroy());
    req.pipe(forward);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as { port: number }).port}`,
    uploads,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function waitFor(what: string, probe: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!probe()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function appendEvents(journal: TestJournal, count: number, tag: string): void {
  const occurredAt = new Date(Date.now() - 3_600_000).toISOString();
  for (let start = 0; start < count; start += 1000) {
    journal.append(
      Array.from({ length: Math.min(1000, count - start) }, (_, i) => ({
        type: 'customer.pii_key_rotated' as const,
        aggregateType: 'pii_key' as const,
        aggregateId: `${tag}-${start + i}`,
        payload: { keyId: `${tag}-${start + i}`, resealed: start + i, resealedByStore: { customers: 1 } },
        occurredAt,
      })),
    );
  }
}

/**
 * Each up-to-date store's live sales during the catch-up: this many events every interval (40 a
 * second, far above a real store's). What contends for the node is the stores always having
 * something to send, not how much: more events per interval only made every batch slower, so the
 * catch-up took longer and the stores sold even more meanwhile.
 */
const LIVE_SALE_EVENTS = 2;
const LIVE_SALE_INTERVAL_MS = 50;

describe('relay back-pressure with real replicators', () => {
  let postgres: TestPostgres;
  let relay: TestRelay;
  const dir = mkdtempSync(join(tmpdir(), 'chefia-backpressure-'));

  beforeAll(async () => {
    postgres = await startTestPostgres();
    // A tiny node: two batches at once, two waiting, one slot for stores catching up.
    relay = await startTestRelay(postgres, {
      ingestAdmission: { maxInFlight: 2, maxQueued: 2, queueWaitMs: 2000, catchUpSharePercent: 50, catchUpBacklog: 1000 },
    });
  });
  afterAll(async () => {
    await relay?.close();
    await postgres?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers 429 with Retry-After under overload; the replicators wait it out and every event is stored exactly once', async () => {
    const forwarder = await recordingForwarder(relay.baseUrl);
    // Eight stores up to date with a little to send, and one back from days offline with a lot.
    const stores = [
      ...Array.from({ length: 8 }, (_, i) => ({ code: `BP-${i + 1}`, events: 500, batchEvents: 100 })),
      // Back from offline, it sends batches of the replicator's production size (1,000 events): its
      // catch-up needs 30 admissions, each won against the busy node. Fewer (a dozen) could all be
      // won while the up-to-date stores sat out a 429's whole-second Retry-After on a loaded host,
      // and the catch-up would end first without anything unfair having happened.
      { code: 'BP-OFFLINE', events: 30_000, batchEvents: 1000 },
    ];
    const running: Array<{ code: string; storeId: string; journal: TestJournal; replicator: Replicator; events: number }> = [];
    try {
      for (const store of stores) {
        const { storeId, credential } = await relay.enrolledStore(store.code);
        const journal = openTestJournal(join(dir, `${store.code}.db`));
        appendEvents(journal, store.events, store.code);
        const replicator = new Replicator(journal.db, new RelayClient(forwarder.url, storeId, credential, 60_000), {
          maxBatchEvents: store.batchEvents,
          maxDelayMs: 0,
          idlePollMs: 200,
          // Exponential backoff would hide whether Retry-After is honoured: keep it short.
          backoff: { baseMs: 50, maxMs: 60_000 },
        });
        running.push({ code: store.code, storeId, journal, replicator, events: store.events });
      }
      for (const store of running) store.replicator.start();

      const offline = running[running.length - 1];
      const live = running.slice(0, -1);
      // The up-to-date stores keep selling while the other one catches up, so the node is contended
      // for the whole catch-up, not only while their first 500 events last (on a fast machine those
      // could be at HQ before the catch-up met a busy node).
      let round = 0;
      const liveSales = setInterval(() => {
        round += 1;
        for (const store of live) {
          appendEvents(store.journal, LIVE_SALE_EVENTS, `${store.code}-live-${round}`);
          store.events += LIVE_SALE_EVENTS;
        }
      }, LIVE_SALE_INTERVAL_MS);
      let offlineWhenLiveDone: number;
      try {
        await waitFor('the up-to-date stores at HQ', () => live.every((store) => (store.replicator.lag().relayHighWater ?? 0) >= 500), 120_000);
        // Fairness: the stores with a little to send were not left behind the one with a week of journal.
        offlineWhenLiveDone = offline.replicator.lag().relayHighWater ?? 0;
        await waitFor('the store back from offline at HQ', () => offline.replicator.lag().relayHighWater === offline.events, 180_000);
      } finally {
        clearInterval(liveSales);
      }
      await waitFor('the live sales at HQ', () => live.every((store) => store.replicator.lag().relayHighWater === store.events), 120_000);

      const throttled = forwarder.uploads.filter((upload) => upload.status === 429);
      expect(throttled.length).toBeGreaterThan(0);
      expect(offlineWhenLiveDone).toBeLessThan(offline.events);
      for (const upload of throttled) {
        const envelope = JSON.parse(upload.body);
        expect(envelope).toMatchObject({ success: false, error: { code: 'RELAY_BUSY', details: { reason: expect.any(String) } } });
        expect(envelope.error.message).toMatch(/matriz|loja/);
        expect(upload.retryAfter).toMatch(/^\d+$/);
        expect(Number(upload.retryAfter)).toBe(envelope.error.details.retryAfterSeconds);
        // The same store's next upload came no sooner than the relay asked.
        const next = forwarder.uploads.find((other) => other.storeId === upload.storeId && other.receivedAt >= upload.answeredAt && other !== upload);
        expect(next, `an upload after the 429 of ${upload.storeId}`).toBeDefined();
        expect(next!.receivedAt - upload.answeredAt).toBeGreaterThanOrEqual(Number(upload.retryAfter) * 1000 - 5);
      }
      // The store catching up met its share limit; nobody timed out.
      expect(throttled.some((upload) => JSON.parse(upload.body).error.details.reason === 'CATCH_UP_SHARE')).toBe(true);
      expect(forwarder.uploads.every((upload) => upload.status === 200 || upload.status === 429)).toBe(true);

      // Exactly once: every journal event at HQ once, under its own seq, nothing else.
      const client = new pg.Client(relay.databaseUrl);
      await client.connect();
      try {
        for (const store of running) {
          const ids = store.journal.db.prepare('SELECT event_id FROM journal ORDER BY seq').pluck().all() as string[];
          const rows = (await client.query('SELECT seq::int AS seq, event_id FROM relay.events WHERE store_id = $1 ORDER BY seq', [store.storeId])).rows;
          expect(rows.length).toBe(store.events);
          expect(rows.map((row) => row.seq)).toEqual(Array.from({ length: store.events }, (_, i) => i + 1));
          expect(rows.map((row) => row.event_id)).toEqual(ids);
        }
      } finally {
        await client.end();
      }
      const metrics = await (await fetch(`${relay.baseUrl}/metrics`)).text();
      const throttledTotal = [...metrics.matchAll(/^chefia_relay_ingest_throttled_total\{reason="\w+"\} (\d+)$/gm)].reduce((sum, m) => sum + Number(m[1]), 0);
      expect(throttledTotal).toBe(throttled.length);
      expect(metrics).toMatch(new RegExp(`^chefia_relay_ingest_events_total ${running.reduce((sum, store) => sum + store.events, 0)}$`, 'm'));
    } finally {
      for (const store of running) {
        await store.replicator.stop();
        store.journal.close();
      }
      await forwarder.close();
    }
  }, 300_000);

  it('reads Retry-After as seconds or a date and waits at least that long, with a little jitter on top', () => {
    expect(parseRetryAfter('3')).toBe(3000);
    expect(parseRetryAfter(null)).toBeNull();
    expect(parseRetryAfter('soon')).toBeNull();
    const now = Date.parse('2026-12-02T12:00:00Z');
    expect(parseRetryAfter('Wed, 02 Dec 2026 12:00:05 GMT', now)).toBe(5000);
    const backoff = { baseMs: 500, maxMs: 60_000 };
    expect(retryAfterDelay(2000, backoff, () => 0)).toBe(2000);
    expect(retryAfterDelay(2000, backoff, () => 1)).toBe(2400);
    expect(retryAfterDelay(600_000, backoff, () => 0)).toBe(60_000);
  });
});
