/**
 * What HQ may push down to stores (`POST /api/v1/catalog/products/{productId}/changes`,
 * `POST /api/v1/configurations`).
 *
 * - "refuses a price change for a product id no store can hold, with 400 and not 202 or 500":
 *   the product id in the path is taken as is. A 5,000-character id (or one with a space) is
 *   answered 202 "queued" and sent to every store named, which can never hold such a product
 *   (store product ids are 1–64 letters, digits, `_` and `-`) and silently drops it: HQ believes
 *   the price went out. An id holding a NUL answers 500 INTERNAL_ERROR. HQ expects 400
 *   VALIDATION_FAILED and nothing queued.
 * - "refuses receipt lines with control characters with 400, not 202 or 500":
 *   a receipt header holding ESC/POS control bytes (`ESC p`, the cash-drawer kick) is queued for
 *   the stores as a valid setting, and one holding a NUL answers 500 INTERNAL_ERROR. HQ expects
 *   400 VALIDATION_FAILED for both, nothing queued.
 */
import { describe, expect, it } from 'vitest';
import { useTestRelay } from '../testing/use-test-relay.js';

const relay = useTestRelay();

const queuedFor = async (storeId: string) =>
  (await relay.query<{ n: number }>('SELECT count(*)::int AS n FROM relay.downstream_messages WHERE store_id = $1', [storeId]))[0].n;

describe('HQ pushes refused before they are queued', () => {
  it('refuses a price change for a product id no store can hold, with 400 and not 202 or 500', async () => {
    const { storeId } = await relay.enrolledStore('PUSH-ID');
    const token = await relay.adminToken();
    for (const productId of ['x'.repeat(5000), 'x%20burger', 'x%00burger']) {
      const answer = await relay.api('POST', `/api/v1/catalog/products/${productId}/changes`, { token, body: { storeIds: [storeId], priceCents: 2990 } });
      expect({ productId: productId.slice(0, 12), status: answer.status, code: answer.body.error?.code }).toEqual({
        productId: productId.slice(0, 12),
        status: 400,
        code: 'VALIDATION_FAILED',
      });
    }
    expect(await queuedFor(storeId)).toBe(0);
  });

  it('refuses receipt lines with control characters with 400, not 202 or 500', async () => {
    const { storeId } = await relay.enrolledStore('PUSH-RECEIPT');
    const token = await relay.adminToken();
    for (const value of [['Bem-vindo\u001bp0\u0019\u00fa'], 'Volte sempre\u0000']) {
      const answer = await relay.api('POST', '/api/v1/configurations', { token, body: { storeIds: [storeId], key: 'receipt.header', value } });
      expect({ value, status: answer.status, code: answer.body.error?.code }).toEqual({ value, status: 400, code: 'VALIDATION_FAILED' });
    }
    expect(await queuedFor(storeId)).toBe(0);
  });
});
