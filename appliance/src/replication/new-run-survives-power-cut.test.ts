import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { useTestRelay } from '../../../cloud-relay/src/testing/use-test-relay.js';
import { until } from '../../../test/support/until.js';
import { systemClock } from '../kernel/clock.js';
import { CommandBus } from '../kernel/journal/command-bus.js';
import { RelayClient, Replicator } from './index.js';
import { openTestJournal, type JournalLike, type TestJournal } from './testing/journal-fixture.js';

/**
 * A store's replacement appliance (its journal never reached HQ) starts a new run in the store's
 * stream at HQ, after what HQ already holds of the old appliance. The power goes out right after
 * the first events of that run reached HQ: on the way back the store must still know where it put
 * them, and go on replicating, not send them again further on and be refused by HQ for good.
 *
 * The power cut keeps what the store's storage held: the appliance syncs its storage after each
 * commit of its command bus (group-fsync), so what it holds is the database as of the last commit
 * of a command; anything written to the database outside a command since is lost.
 */
const relay = useTestRelay();

const sales = (tag: string, count: number): JournalLike[] =>
  Array.from({ length: count }, (_, i) => ({ type: 'customer.pii_key_rotated' as const, aggregateType: 'pii_key' as const, aggregateId: `${tag}-${i}`, payload: { keyId: `${tag}-${i}`, resealed: i, resealedByStore: { customers: i } }, occurredAt: new Date().toISOString() }));

describe("a store's new run at HQ through a power cut", () => {
  const dir = mkdtempSync(join(tmpdir(), 'chefia-new-run-power-cut-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** The replicator as the appliance runs it: its transactions are commands, sent only once on storage. */
  function startReplicator(journal: TestJournal, client: RelayClient, storage: { image: Buffer }): { replicator: Replicator; commands: CommandBus } {
    const commands = new CommandBus(journal.db, journal.journal, systemClock, (synced) => {
      storage.image = journal.db.serialize();
      synced();
    });
    const replicator = new Replicator(journal.db, client, { maxDelayMs: 0, idlePollMs: 50, heartbeatMs: 100, backoff: { baseMs: 50, maxMs: 200 } }, undefined, () => commands.durable(), (name, write) => commands.run(name, (tx) => write(tx.db)));
    replicator.start();
    return { replicator, commands };
  }

  it('the replacement appliance goes on after a power cut right after its first events reached HQ', async () => {
    const { storeId, credential } = await relay.enrolledStore('POWER-CUT');
    const client = () => new RelayClient(relay.baseUrl, storeId, credential, 5_000);
    const atHq = () => relay.query<{ seq: number; event_id: string }>('SELECT seq::int AS seq, event_id FROM relay.events WHERE store_id = $1 ORDER BY seq', [storeId]);

    // The old appliance got 4 events to HQ before its disk failed.
    const old = openTestJournal(join(dir, 'old.db'));
    old.append(sales('old', 4));
    const oldReplicator = new Replicator(old.db, client(), { maxDelayMs: 0, idlePollMs: 50 });
    oldReplicator.start();
    await until('the old journal at HQ', () => (oldReplicator.lag().relayHighWater === 4 ? true : undefined));
    await oldReplicator.stop();
    old.close();

    // The replacement: 2 events journaled before it was enrolled, on its storage at start.
    const replacement = openTestJournal(join(dir, 'replacement.db'));
    replacement.append(sales('new', 2));
    const storage = { image: replacement.db.serialize() };
    const first = startReplicator(replacement, client(), storage);
    await until('the new run at HQ', async () => ((await atHq()).length === 6 ? true : undefined));
    await first.replicator.stop();
    first.commands.close();
    replacement.db.close();

    // The power comes back: the appliance starts on what its storage held.
    const afterCut = join(dir, 'after-power-cut.db');
    writeFileSync(afterCut, storage.image);
    const restarted = openTestJournal(afterCut);
    const second = startReplicator(restarted, client(), storage);
    try {
      restarted.append(sales('after-cut', 1));
      second.replicator.wake();
      const journal = restarted.journal.readAfter(0, 100);
      // Waited for, then asserted: a store stuck on the relay's refusal shows why.
      await until(
        'every event of the replacement at HQ once',
        async () => ((await atHq()).length === 7 && second.replicator.lag().events === 0 ? true : undefined),
        10_000,
      ).catch(() => undefined);
      expect(second.replicator.lag()).toMatchObject({ events: 0, lastError: null });
      expect((await atHq()).slice(4)).toEqual(journal.map((event, index) => ({ seq: 5 + index, event_id: event.id })));
    } finally {
      await second.replicator.stop();
      second.commands.close();
      restarted.close();
    }
  });
});
