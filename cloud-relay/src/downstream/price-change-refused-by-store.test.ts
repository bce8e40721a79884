/**
 * HQ sends a price for a product the store still listed when the relay last heard, but the store
 * dropped it since: the relay queues the change, the store cannot take it and says so in its
 * journal (`configuration.product_change_rejected`, naming the product and why). HQ sees that push
 * refused, with the store's reason, in the same list as its settings pushes; a change the store
 * takes is listed as applied.
 */
import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { SyntheticStore } from '../testing/synthetic-store.js';
import { useTestRelay } from '../testing/use-test-relay.js';

const relay = useTestRelay();

describe('an HQ price change a store could not take', () => {
  it('is listed for HQ as rejected with the store\'s reason, and a change taken as applied', async () => {
    const store = await relay.enrolledStore('LARGOU-XBURGER');
    const at = new Date('2026-11-20T11:00:00Z');
    const catalog = new SyntheticStore().catalogEvents(at);
    const sendEvents = (events: unknown[], journalHead: number) => relay.api('POST', `/api/v1/stores/${store.storeId}/events`, { token: store.credential, body: { events, journalHead } });
    expect((await sendEvents(catalog, catalog.length)).status).toBe(200);
    const token = await relay.adminToken();
    const push = (productId: string, priceCents: number) => relay.api('POST', `/api/v1/catalog/products/${productId}/changes`, { token, body: { storeIds: [store.storeId], priceCents } });
    expect((await push('prod-xburger', 2990)).status).toBe(202);
    const otherProduct = catalog.find((event) => event.aggregateId !== 'prod-xburger')!.aggregateId;
    expect((await push(otherProduct, 1500)).status).toBe(202);

    const delivered = (await relay.api('GET', `/api/v1/stores/${store.storeId}/downstream?after=0&wait=0`, { token: store.credential })).body.data.messages as { id: string; payload: { productId: string } }[];
    const messageIdOf = (productId: string) => delivered.find((message) => message.payload.productId === productId)!.id;
    // What the store journals for each, as the HQ catalog workflow does.
    const outcome = (seq: number, type: string, payload: Record<string, unknown>) => ({
      seq, id: crypto.randomUUID(), type, aggregateType: 'product', aggregateId: payload.productId, payload,
      actor: { type: 'system', id: 'replication' }, correlationId: null, occurredAt: '2026-11-20T11:05:00.000Z',
    });
    const first = catalog.length + 1;
    const outcomes = [
      outcome(first, 'configuration.product_change_rejected', { messageId: messageIdOf('prod-xburger'), productId: 'prod-xburger', reason: 'PRODUCT_NOT_FOUND' }),
      outcome(first + 1, 'configuration.product_change_applied', { messageId: messageIdOf(otherProduct), productId: otherProduct }),
    ];
    const stored = await sendEvents(outcomes, first + 1);
    expect(stored.status, JSON.stringify(stored.body)).toBe(200);

    const pushes = (await relay.api('GET', `/api/v1/configurations?storeId=${store.storeId}`, { token })).body.data;
    expect(pushes).toEqual([
      expect.objectContaining({ messageId: messageIdOf(otherProduct), key: 'catalog.product', value: { productId: otherProduct, priceCents: 1500, active: null }, outcome: 'APPLIED', outcomeReason: null }),
      expect.objectContaining({
        messageId: messageIdOf('prod-xburger'),
        storeId: store.storeId,
        key: 'catalog.product',
        value: { productId: 'prod-xburger', priceCents: 2990, active: null },
        outcome: 'REJECTED',
        outcomeReason: 'PRODUCT_NOT_FOUND',
        outcomeAt: '2026-11-20T11:05:00.000Z',
      }),
    ]);
  });
});
