/**
 * HQ connecting stores to a platform: one platform merchant belongs to one store of the chain,
 * however the requests arrive.
 *
 * - "answers 409 MARKETPLACE_MERCHANT_TAKEN, not 500, when two stores are saved together for one merchant":
 *   two HQ users (or a retried form) connecting the same iFood merchant to two stores at once each
 *   find the merchant free; the second insert hits the unique index and HQ read 500 INTERNAL_ERROR
 *   instead of the 409 the same request gets a moment later.
 */
import { describe, expect, it } from 'vitest';
import { useTestRelay } from '../testing/use-test-relay.js';

const relay = useTestRelay();

describe('one platform merchant, one store', () => {
  it('answers 409 MARKETPLACE_MERCHANT_TAKEN, not 500, when two stores are saved together for one merchant', async () => {
    const token = await relay.adminToken();
    for (let round = 0; round < 5; round += 1) {
      const stores = await Promise.all([relay.enrolledStore(`MERC-A-${round}`), relay.enrolledStore(`MERC-B-${round}`)]);
      const merchantId = `ifood-merchant-${round}`;
      const answers = await Promise.all(
        stores.map((store) =>
          relay.api('PUT', '/api/v1/marketplace-connections', {
            token,
            body: { storeId: store.storeId, platform: 'IFOOD', merchantId, mode: 'WEBHOOK', credentials: { clientId: 'client', clientSecret: 'secret' } },
          }),
        ),
      );
      const outcomes = answers.map((answer) => `${answer.status} ${answer.body.error?.code ?? ''}`.trim()).sort();
      expect(outcomes).toEqual(['200', '409 MARKETPLACE_MERCHANT_TAKEN']);
      const refused = answers.find((answer) => answer.status === 409);
      expect(refused?.body.error.message).toBe('Esta loja da plataforma já está ligada a outra loja da rede.');
    }
    const connections = await relay.query("SELECT count(*)::int AS n FROM relay.marketplace_connections WHERE merchant_id LIKE 'ifood-merchant-%'");
    expect(connections[0].n).toBe(5);
  });
});
