/**
 * What HQ keeps receiving when a store journals an event about a long name.
 *
 * - "stores a refused MQTT login with a very long username, and the sales after it reach HQ":
 *   a store journals every refused login under the name that was tried (`auth.login_failed`,
 *   aggregate `username:<what was typed>`), and an MQTT CONNECT may carry a username of
 *   thousands of characters: anyone on the store's Wi-Fi can send one. Refused by the relay, that
 *   batch would be sent again forever and none of the store's later sales would ever reach HQ.
 *   It is stored as it came, and the sale journaled after it is projected.
 */
import { describe, expect, it } from 'vitest';
import { handJournal, orderLine } from '../testing/synthetic-store.js';
import { useTestRelay } from '../testing/use-test-relay.js';

const relay = useTestRelay();

describe('an event naming something long', () => {
  it('stores a refused MQTT login with a very long username, and the sales after it reach HQ', async () => {
    const { storeId, credential } = await relay.enrolledStore('LONG-NAME');
    const event = handJournal();
    const username = 'x'.repeat(5000);
    const at = '2026-11-20T15:00:00.000Z';
    const orderId = crypto.randomUUID();
    const paymentId = crypto.randomUUID();
    const items = [orderLine('prod-coxinha', 'Coxinha', 750)];
    const events = [
      event('auth.login_failed', 'user', `username:${username}`, { userId: null, username, method: 'mqtt', reason: 'BAD_SECRET', address: '192.168.0.77' }, at),
      event('order.created', 'order', orderId, { orderId, number: 1, businessDate: '2026-11-20', channel: 'COUNTER', tableId: null, customerId: null, status: 'DRAFT', items, subtotalCents: 750, discountCents: 0, totalCents: 750 }, at),
      event('payment.captured', 'payment', paymentId, { paymentId, orderId, businessDate: '2026-11-20', method: 'CASH', amountCents: 750, tenderedCents: 1000, changeCents: 250, provider: 'CASH', providerRef: null, payerLabel: null, cashierSessionId: 'cs-1', splitRules: [] }, at),
    ];

    const answer = await relay.api('POST', `/api/v1/stores/${storeId}/events`, { token: credential, body: { events, journalHead: 3 } });
    expect({ status: answer.status, code: answer.body.error?.code ?? null }).toEqual({ status: 200, code: null });
    expect(answer.body.data).toMatchObject({ accepted: 3, highWater: 3 });

    const [stored] = await relay.query<{ length: number }>('SELECT length(aggregate_id)::int AS length FROM relay.events WHERE store_id = $1 AND seq = 1', [storeId]);
    expect(stored.length).toBe(`username:${username}`.length);
    const [orders] = await relay.query<{ n: number }>('SELECT count(*)::int AS n FROM pos_modern.orders WHERE store_id = $1', [storeId]);
    expect(orders.n).toBe(1);
  });
});
