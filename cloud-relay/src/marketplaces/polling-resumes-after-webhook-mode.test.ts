import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitUntil } from '../../../appliance/src/kernel/testing/wait-until.js';
import { startTestPostgres, type TestPostgres } from '../testing/test-postgres.js';
import { startTestRelay, type TestRelay } from '../testing/test-relay.js';
import { IfoodSimulator } from './ifood/ifood-simulator.js';

/**
 * HQ moves a store's iFood connection to webhooks and later back to polling (the webhook URL gave
 * trouble): from then on the relay polls iFood again and the store's orders keep arriving.
 */
let postgres: TestPostgres;
let relay: TestRelay;
const ifood = new IfoodSimulator('merchant-back-to-polling', 'client-chefia', 'segredo-do-app-ifood');

beforeAll(async () => {
  postgres = await startTestPostgres();
  await ifood.start();
  relay = await startTestRelay(postgres, { marketplaces: { pollSeconds: 1, apiUrls: { IFOOD: ifood.baseUrl } } });
});

afterAll(async () => {
  await relay?.close();
  await ifood.close();
  await postgres?.stop();
});

describe('a connection switched back to polling', () => {
  it('polls the platform again and the orders reach the store', async () => {
    const store = await relay.enrolledStore('BACK-TO-POLLING');
    const save = async (mode: 'POLLING' | 'WEBHOOK') => {
      const saved = await relay.api('PUT', '/api/v1/marketplace-connections', {
        token: await relay.adminToken(),
        body: { storeId: store.storeId, platform: 'IFOOD', merchantId: ifood.merchantId, mode, credentials: { clientId: ifood.clientId, clientSecret: ifood.clientSecret } },
      });
      expect(saved.status).toBe(200);
      return saved.body.data.connection.id as string;
    };
    const connectionId = await save('POLLING');
    await save('WEBHOOK');
    // The relay stops polling a webhook connection.
    await waitUntil(
      'polling to stop',
      async () => (await relay.database.pool.query("SELECT done_at FROM relay.marketplace_jobs WHERE kind = 'POLL' AND connection_id = $1", [connectionId])).rows,
      (rows) => rows.length === 1 && rows[0].done_at !== null,
      { timeoutMs: 10_000 },
    );
    await save('POLLING');

    const { order } = ifood.placeOrder();
    const messages = await waitUntil(
      'the polled order to reach the store',
      async () => (await relay.api('GET', `/api/v1/stores/${store.storeId}/downstream?after=0`, { token: store.credential })).body.data.messages as { payload: any }[],
      (m) => m.some((message) => message.payload.platformOrderId === order.id),
      { timeoutMs: 10_000 },
    );
    expect(messages).toHaveLength(1);
    expect(ifood.unacknowledged()).toEqual([]);
  });
});
