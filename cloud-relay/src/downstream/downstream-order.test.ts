import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPostgres, type TestPostgres } from '../testing/test-postgres.js';
import { startTestRelay, type TestRelay } from '../testing/test-relay.js';
import { DownstreamChannel } from './downstream-service.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A store reads its queue by cursor and never looks back: with writers committing out of cursor
 * order, a message committed after a later one was read would be skipped for good. Many
 * transactions enqueue for one store at once, each holding its transaction open a while, while
 * the store reads as it goes; it must receive every message.
 */
describe('downstream queue under concurrent writers', () => {
  let postgres: TestPostgres;
  let relay: TestRelay;

  beforeAll(async () => {
    postgres = await startTestPostgres();
    relay = await startTestRelay(postgres);
  });
  afterAll(async () => {
    await relay?.close();
    await postgres?.stop();
  });

  it('hands a reader every message, whatever order the writers commit in', async () => {
    const { storeId } = await relay.enrolledStore('FILA');
    const channel = new DownstreamChannel(relay.database.db);
    const writers = Array.from({ length: 30 }, (_, i) =>
      relay.database.db.transaction().execute(async (trx) => {
        await channel.enqueue(trx, { storeId, type: 'catalog.product_changed', payload: { n: i } });
        // Later writers commit sooner: without ordering, their higher cursors land first.
        await sleep((30 - i) % 7);
      }),
    );
    const seen: number[] = [];
    let after = 0;
    let writing = true;
    const done = Promise.all(writers).finally(() => {
      writing = false;
    });
    while (writing) {
      const messages = await channel.fetchAfter(storeId, after);
      for (const message of messages) seen.push((message.payload as { n: number }).n);
      after = messages.at(-1)?.cursor ?? after;
      await sleep(1);
    }
    await done;
    for (const message of await channel.fetchAfter(storeId, after)) seen.push((message.payload as { n: number }).n);
    expect(seen.sort((a, b) => a - b)).toEqual(Array.from({ length: 30 }, (_, i) => i));
  });
});
