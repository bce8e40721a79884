import { describe, expect, it } from 'vitest';
import { useTestRelay } from '../testing/use-test-relay.js';

/**
 * The JSON API takes the HQ session from the portal's cookie as well as from a bearer token. A page
 * on a sibling subdomain (www.rede.com.br next to hq.rede.com.br: one *site*, so the SameSite=Lax
 * cookie goes along) can make a logged-in HQ admin's browser send
 * `fetch('https://hq…/api/v1/hq-users', {method:'POST', mode:'no-cors', credentials:'include',
 * body:'{"username":…,"role":"HQ_ADMIN"}'})` — a "simple" text/plain request with no preflight —
 * to create an HQ_ADMIN for the attacker (or push prices, connect marketplaces, issue enrollment
 * codes...), or log the victim into the attacker's account through the JSON login.
 *
 * So a write riding the cookie, and the JSON login, are taken only from the portal's own pages (the
 * check the portal's forms run: 403 `CROSS_SITE_FORM`), and a JSON body is read only when it says
 * `application/json` (415 `UNSUPPORTED_MEDIA_TYPE`), which a browser sends cross-origin only after
 * a CORS preflight the relay never grants. Programs holding the token as a bearer are not asked.
 */
const relay = useTestRelay();

describe('JSON API with the portal cookie, posted from a sibling subdomain', () => {
  it('does not create an HQ admin from a cross-origin text/plain post carrying the session cookie', async () => {
    const cookie = `chefia_hq_session=${await relay.adminToken()}`;
    const response = await fetch(`${relay.baseUrl}/api/v1/hq-users`, {
      method: 'POST',
      headers: {
        cookie,
        // What a browser sends for a no-cors fetch / text/plain form from www.rede.example to hq.rede.example.
        'content-type': 'text/plain;charset=UTF-8',
        origin: 'http://www.rede.example',
        'sec-fetch-site': 'same-site',
      },
      body: JSON.stringify({ username: 'invasor-api', displayName: 'Invasor', password: 'Senha#segura-2026', role: 'HQ_ADMIN' }),
    });
    const created = await relay.query("SELECT username, role FROM relay.hq_users WHERE username = 'invasor-api'");
    expect(created, 'an HQ_ADMIN was created by a cross-origin request riding the session cookie').toEqual([]);
    expect([response.status, (await response.json()).error.code]).toEqual([403, 'CROSS_SITE_FORM']);
  });

  it('does not queue a price change to stores from a cross-origin post carrying the session cookie', async () => {
    const store = await relay.enrolledStore('CSRF1');
    const cookie = `chefia_hq_session=${await relay.adminToken()}`;
    const response = await fetch(`${relay.baseUrl}/api/v1/catalog/products/prod-1/changes`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'text/plain', origin: 'http://www.rede.example', 'sec-fetch-site': 'same-site' },
      body: JSON.stringify({ storeIds: [store.storeId], priceCents: 1 }),
    });
    const queued = await relay.query("SELECT 1 FROM relay.downstream_messages WHERE store_id = $1 AND type = 'catalog.product_changed'", [store.storeId]);
    expect(queued, 'a price of R$ 0,01 was pushed to the store by a cross-origin request').toEqual([]);
    expect(response.status).toBe(403);
  });

  it('does not log the victim into the attacker\'s account from a cross-origin post to the JSON login', async () => {
    // Login CSRF: the portal's /login refuses other origins for this reason (portal-cross-site.test.ts);
    // the JSON login sets the very same session cookie and takes the same cross-origin text/plain post.
    const response = await fetch(`${relay.baseUrl}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', origin: 'http://www.rede.example', 'sec-fetch-site': 'same-site' },
      body: JSON.stringify({ username: 'admin', password: 'Matriz#2026' }),
    });
    expect(response.headers.get('set-cookie'), 'a session cookie was set by a cross-origin login').toBeNull();
    expect(response.status).toBe(403);
  });

  it('still takes writes from the portal\'s own pages and from programs holding a bearer token, as JSON only', async () => {
    const token = await relay.adminToken();
    const user = (username: string) => JSON.stringify({ username, displayName: 'Gerente', password: 'Senha#segura-2026', role: 'HQ_ANALYST' });
    const own = await fetch(`${relay.baseUrl}/api/v1/hq-users`, {
      method: 'POST',
      headers: { cookie: `chefia_hq_session=${token}`, 'content-type': 'application/json', 'sec-fetch-site': 'same-origin' },
      body: user('gerente-portal'),
    });
    expect(own.status).toBe(201);
    const program = await relay.api('POST', '/api/v1/hq-users', { token, body: { username: 'gerente-programa', displayName: 'Gerente', password: 'Senha#segura-2026', role: 'HQ_ANALYST' } });
    expect(program.status).toBe(201);

    const notJson = await fetch(`${relay.baseUrl}/api/v1/hq-users`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'text/plain' }, body: user('gerente-texto') });
    expect([notJson.status, (await notJson.json()).error.code]).toEqual([415, 'UNSUPPORTED_MEDIA_TYPE']);
    expect(await relay.query("SELECT username FROM relay.hq_users WHERE username LIKE 'gerente-%' ORDER BY username")).toEqual([{ username: 'gerente-portal' }, { username: 'gerente-programa' }]);
  });
});
