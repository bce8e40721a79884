/**
 * A price or availability HQ sends for a product a store does not have is ignored by that store
 * (there is nothing to reprice). HQ must hear so when it sends, naming the store, instead of
 * reading "sent" for a change that never reaches its till; nothing is queued, so HQ resends to the
 * stores that have it. The relay knows each store's products from the catalog the store replicates.
 */
import { describe, expect, it } from 'vitest';
import { SyntheticStore } from '../testing/synthetic-store.js';
import { useTestRelay } from '../testing/use-test-relay.js';

const relay = useTestRelay();

const queuedFor = async (storeId: string) =>
  (await relay.query<{ n: number }>("SELECT count(*)::int AS n FROM relay.downstream_messages WHERE store_id = $1 AND type = 'catalog.product_changed'", [storeId]))[0].n;

describe('an HQ price change for a product a store does not have', () => {
  it('answers 409 PRODUCT_NOT_IN_STORE naming that store, queues nothing, and goes out to the stores that have it', async () => {
    const withMenu = await relay.enrolledStore('COM-CARDAPIO');
    const events = new SyntheticStore().catalogEvents(new Date('2026-11-20T11:00:00Z'));
    expect((await relay.api('POST', `/api/v1/stores/${withMenu.storeId}/events`, { token: withMenu.credential, body: { events, journalHead: events.length } })).status).toBe(200);
    const withoutIt = await relay.enrolledStore('SEM-XBURGER');
    const token = await relay.adminToken();
    const push = (storeIds: string[]) => relay.api('POST', '/api/v1/catalog/products/prod-xburger/changes', { token, body: { storeIds, priceCents: 2990 } });

    const refused = await push([withMenu.storeId, withoutIt.storeId]);
    expect(refused.status).toBe(409);
    expect(refused.body.error).toMatchObject({
      code: 'PRODUCT_NOT_IN_STORE',
      message: 'Produto prod-xburger não encontrado na loja SEM-XBURGER; nada foi enviado.',
      details: [{ storeId: withoutIt.storeId, storeCode: 'SEM-XBURGER' }],
    });
    expect(await queuedFor(withMenu.storeId)).toBe(0);
    expect(await queuedFor(withoutIt.storeId)).toBe(0);

    expect((await push([withMenu.storeId])).status).toBe(202);
    expect(await queuedFor(withMenu.storeId)).toBe(1);
  });
});
