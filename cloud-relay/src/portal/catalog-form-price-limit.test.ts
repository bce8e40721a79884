import { describe, expect, it } from 'vitest';
import { SyntheticStore } from '../testing/synthetic-store.js';
import { useTestRelay } from '../testing/use-test-relay.js';

/**
 * A store takes a unit price up to R$ 1.000.000,00 and quietly ignores an HQ push above it. The JSON
 * API refuses such a price at once; the portal's catalog form must too, or the manager reads "sent
 * to 1 store" for a price that never reaches the till (a slip of the keyboard, `1299000` for
 * `12,99`). What HQ tells a person about a refused push is pt-BR.
 */
const relay = useTestRelay();

const queuedFor = async (storeId: string) =>
  (await relay.query<{ n: number }>('SELECT count(*)::int AS n FROM relay.downstream_messages WHERE store_id = $1', [storeId]))[0].n;

describe('the portal catalog form and prices no store can take', () => {
  const post = async (productId: string, form: Record<string, string>) =>
    fetch(`${relay.baseUrl}/portal/catalog/${productId}`, {
      method: 'POST',
      redirect: 'manual',
      headers: { cookie: `chefia_hq_session=${await relay.adminToken()}`, origin: relay.baseUrl },
      body: new URLSearchParams(form),
    });

  it('refuses a price above R$ 1.000.000,00 and queues nothing, as the API does', async () => {
    const { storeId, credential } = await relay.enrolledStore('FORM-PRICE');
    // The store has the product (its replicated catalog): a price for one it lacks is refused anyway.
    const events = new SyntheticStore().catalogEvents(new Date('2026-11-20T11:00:00Z'));
    expect((await relay.api('POST', `/api/v1/stores/${storeId}/events`, { token: credential, body: { events, journalHead: events.length } })).status).toBe(200);
    for (const price of ['1.000.000,01', '2000000', '99999999999999999999']) {
      const answer = await post('prod-xburger', { price, active: '', storeId });
      const page = await answer.text();
      expect({ price, status: answer.status, sent: page.includes('Alteração enviada') }).toEqual({ price, status: 400, sent: false });
    }
    expect(await queuedFor(storeId)).toBe(0);
    // The dearest price a store takes still goes out.
    const dearest = await post('prod-xburger', { price: '1.000.000,00', active: '', storeId });
    expect(dearest.status).toBe(200);
    expect(await queuedFor(storeId)).toBe(1);
  });

  it('names what is wrong with a product id in pt-BR, on the form and in the API', async () => {
    const { storeId } = await relay.enrolledStore('FORM-ID');
    const answer = await post('x%20burger', { price: '12,90', active: '', storeId });
    expect(answer.status).toBe(400);
    expect(await answer.text()).not.toMatch(/letters|digits|at most/);
    const api = await relay.api('POST', '/api/v1/catalog/products/x%20burger/changes', { token: await relay.adminToken(), body: { storeIds: [storeId], priceCents: 1290 } });
    expect(api.status).toBe(400);
    expect(JSON.stringify(api.body.error.details)).not.toMatch(/letters|digits|at most/);
    expect(await queuedFor(storeId)).toBe(0);
  });
});
