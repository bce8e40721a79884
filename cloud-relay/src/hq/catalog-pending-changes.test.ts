import { describe, expect, it } from 'vitest';
import { SyntheticStore } from '../testing/synthetic-store.js';
import { useTestRelay } from '../testing/use-test-relay.js';

/**
 * HQ's catalog shows, per store, the changes the store has not confirmed yet (the store is offline).
 * A manager who sends a new price and then, separately, takes the product off the menu sees both
 * waiting: the second change does not hide the first, which would look lost and be sent again.
 */
const relay = useTestRelay();

describe('changes waiting for an offline store, on HQ\'s catalog', () => {
  it('shows a pending price and a pending availability sent apart, each as its latest', async () => {
    const { storeId, credential } = await relay.enrolledStore('PENDENTE');
    const store = new SyntheticStore();
    const events = store.catalogEvents(new Date('2026-11-20T11:00:00Z'));
    expect((await relay.api('POST', `/api/v1/stores/${storeId}/events`, { token: credential, body: { events, journalHead: events.length } })).status).toBe(200);
    const token = await relay.adminToken();
    const push = (body: Record<string, unknown>) => relay.api('POST', '/api/v1/catalog/products/prod-xburger/changes', { token, body: { storeIds: [storeId], ...body } });
    expect((await push({ priceCents: 2990 })).status).toBe(202);
    expect((await push({ priceCents: 3090 })).status).toBe(202);
    expect((await push({ active: false })).status).toBe(202);

    const products = await relay.api('GET', '/api/v1/catalog/products', { token });
    const entry = products.body.data.find((p: { productId: string }) => p.productId === 'prod-xburger').stores[0];
    expect(entry).toMatchObject({ storeId, priceCents: 2890, active: true, pendingPriceCents: 3090, pendingActive: false });

    // Once the store confirms, nothing is pending: the catalog shows what the store reports.
    const downstream = await relay.api('GET', `/api/v1/stores/${storeId}/downstream?after=0`, { token: credential });
    const last = downstream.body.data.messages.at(-1).cursor;
    expect((await relay.api('POST', `/api/v1/stores/${storeId}/downstream/ack`, { token: credential, body: { cursor: last } })).status).toBe(200);
    const after = await relay.api('GET', '/api/v1/catalog/products', { token });
    expect(after.body.data.find((p: { productId: string }) => p.productId === 'prod-xburger').stores[0]).toMatchObject({ pendingPriceCents: null, pendingActive: null });
  });
});
