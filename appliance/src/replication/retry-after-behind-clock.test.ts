/**
 * How a store waits when the relay (or the proxy in front of it) says "come back later".
 *
 * - "the replicator keeps backing off when a 503's Retry-After date is already past on the store's clock":
 *   a Retry-After given as an HTTP date is turned into "now" when the store's clock is ahead of the
 *   relay's (a store mini-PC without RTC battery, a wrong manual time), and the replicator then
 *   sends again at once, over and over, for as long as the relay is down: hundreds of requests a
 *   second from every such store, exactly when the relay is restarting. The store expects never
 *   to retry faster than its own back-off (0.5 s doubling), whatever the header says.
 * - "the downstream poller keeps backing off when a 503's Retry-After date is already past on the store's clock":
 *   the same for the HQ messages long poll.
 */
import http from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openTestJournal, type TestJournal } from './testing/journal-fixture.js';
import { RelayClient } from './relay-client.js';
import { Replicator } from './replicator.js';
import { DownstreamPoller } from './downstream-poller.js';

const STORE_ID = '7b0d3c57-2f8e-4f57-9a39-0d7c3f0f4c11';

/** A relay whose clock is an hour behind the store's, restarting: 503 with "Retry-After: <its now + 30 s>". */
async function restartingRelay(): Promise<{ url: string; requests: () => number; close(): Promise<void> }> {
  let count = 0;
  const server = http.createServer((req, res) => {
    count += 1;
    req.resume();
    const relayNow = Date.now() - 3_600_000;
    res.writeHead(503, { 'content-type': 'application/json', 'retry-after': new Date(relayNow + 30_000).toUTCString() });
    res.end(JSON.stringify({ success: false, data: null, error: { code: 'RELAY_SHUTTING_DOWN', message: 'O servidor está reiniciando.', details: null } }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as { port: number }).port}`,
    requests: () => count,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()!();
});

function journal(): TestJournal {
  const dir = mkdtempSync(join(tmpdir(), 'chefia-retry-after-'));
  const opened = openTestJournal(join(dir, 'store.db'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  cleanups.push(() => opened.close());
  return opened;
}

describe('Retry-After from a relay whose clock is behind the store', () => {
  it("the replicator keeps backing off when a 503's Retry-After date is already past on the store's clock", async () => {
    const relay = await restartingRelay();
    cleanups.push(() => relay.close());
    const store = journal();
    const replicator = new Replicator(store.db, new RelayClient(relay.url, STORE_ID, 'csk_test_credential_0123456789'), {
      backoff: { baseMs: 500, maxMs: 60_000 },
    });
    replicator.start();
    cleanups.push(() => replicator.stop());
    await new Promise((resolve) => setTimeout(resolve, 1500));
    // With a 0.5 s back-off doubling from the first failure, 1.5 s holds at most a handful of tries.
    expect(relay.requests()).toBeLessThanOrEqual(6);
  });

  it("the downstream poller keeps backing off when a 503's Retry-After date is already past on the store's clock", async () => {
    const relay = await restartingRelay();
    cleanups.push(() => relay.close());
    const store = journal();
    const poller = new DownstreamPoller(
      store.db,
      new RelayClient(relay.url, STORE_ID, 'csk_test_credential_0123456789'),
      { run: (name, fn) => store.commands.run(name, fn) },
      [],
      { waitSeconds: 1, backoff: { baseMs: 500, maxMs: 60_000 } },
    );
    poller.start();
    cleanups.push(() => poller.stop());
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(relay.requests()).toBeLessThanOrEqual(6);
  });
});
