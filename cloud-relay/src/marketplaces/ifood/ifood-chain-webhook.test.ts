import { describe, expect, it } from 'vitest';
import { useTestRelay } from '../../testing/use-test-relay.js';
import { ifoodSignature } from './ifood-connector.js';

/**
 * - A chain runs its stores on one iFood app (a centralized application authorized by each
 *   merchant). iFood delivers the app's events to the one webhook URL registered for the app, so
 *   the events of every store arrive on one connection's path. Each event is taken by the
 *   connection of its merchant (same app, same signing secret), and never by a store whose
 *   credentials did not sign it.
 */const relay = useTestRelay();
const APP = { clientId: 'app-da-rede', clientSecret: 'segredo-do-app-da-rede' };

async function connect(code: string, merchantId: string, credentials = APP) {
  const store = await relay.enrolledStore(code);
  const saved = await relay.api('PUT', '/api/v1/marketplace-connections', {
    token: await relay.adminToken(),
    body: { storeId: store.storeId, platform: 'IFOOD', merchantId, mode: 'WEBHOOK', credentials },
  });
  expect(saved.status).toBe(200);
  return { connectionId: saved.body.data.connection.id as string, webhookPath: saved.body.data.webhookPath as string };
}

describe('one iFood app for a chain of stores', () => {
  it('takes an order of the second store delivered to the app\'s single webhook URL', async () => {
    const first = await connect('CHAIN-1', 'merchant-loja-centro');
    const second = await connect('CHAIN-2', 'merchant-loja-bairro');

    // The app's webhook URL is the first store's path; an order placed at the second store arrives there.
    const event = { id: 'evt-bairro-1', code: 'PLC', fullCode: 'PLACED', orderId: 'pedido-bairro-1', merchantId: 'merchant-loja-bairro', createdAt: new Date().toISOString() };
    const raw = Buffer.from(JSON.stringify(event));
    const answer = await relay.api('POST', first.webhookPath, { rawBody: raw, headers: { 'content-type': 'application/json', 'x-ifood-signature': ifoodSignature(raw, APP.clientSecret) } });
    expect(answer.status).toBe(202);

    const secondJobs = await relay.query("SELECT kind, payload->>'platformOrderId' AS order_id FROM relay.marketplace_jobs WHERE connection_id = $1 AND kind = 'FETCH_ORDER'", [second.connectionId]);
    expect(secondJobs).toEqual([{ kind: 'FETCH_ORDER', order_id: 'pedido-bairro-1' }]);
    const firstJobs = await relay.query("SELECT kind FROM relay.marketplace_jobs WHERE connection_id = $1 AND kind = 'FETCH_ORDER'", [first.connectionId]);
    expect(firstJobs).toEqual([]);
  });

  it('never hands an event to a store whose own credentials did not sign it', async () => {
    const chainStore = await connect('CHAIN-3', 'merchant-loja-praia');
    const elsewhere = await connect('OTHER-APP-1', 'merchant-de-outro-app', { clientId: 'outro-app', clientSecret: 'segredo-do-outro-app' });

    const event = { id: 'evt-outro-1', code: 'PLC', fullCode: 'PLACED', orderId: 'pedido-outro-1', merchantId: 'merchant-de-outro-app', createdAt: new Date().toISOString() };
    const raw = Buffer.from(JSON.stringify(event));
    const answer = await relay.api('POST', chainStore.webhookPath, { rawBody: raw, headers: { 'content-type': 'application/json', 'x-ifood-signature': ifoodSignature(raw, APP.clientSecret) } });
    expect(answer.status).toBe(202);

    const jobs = await relay.query("SELECT connection_id FROM relay.marketplace_jobs WHERE kind = 'FETCH_ORDER' AND payload->>'platformOrderId' = 'pedido-outro-1'");
    expect(jobs).toEqual([]);
    expect(await relay.query('SELECT event_id FROM relay.marketplace_events WHERE connection_id = ANY($1)', [[chainStore.connectionId, elsewhere.connectionId]])).toEqual([]);
  });
});
