import { describe, expect, it } from 'vitest';
import { useTestRelay } from '../testing/use-test-relay.js';

/**
 * The portal's forms change the chain (users, stores, prices) on the strength of a session cookie.
 * SameSite=Lax keeps the cookie off other sites' form posts, but not off a sibling subdomain's
 * (www.rede.com.br and hq.rede.com.br are one site) nor a page on the same host under another
 * port: a form post is taken only from the portal's own pages (Origin or Sec-Fetch-Site).
 */
const relay = useTestRelay();

describe('portal forms posted from another origin', () => {
  const post = (path: string, cookie: string, headers: Record<string, string>, form: Record<string, string>) =>
    fetch(`${relay.baseUrl}${path}`, { method: 'POST', redirect: 'manual', headers: { cookie, ...headers }, body: new URLSearchParams(form) });

  it('refuses a cross-origin form that would create an HQ user, and takes the portal\'s own', async () => {
    const cookie = `chefia_hq_session=${await relay.adminToken()}`;
    const user = (username: string) => ({ username, displayName: 'Invasor', password: 'Senha#segura-2026', role: 'HQ_ADMIN' });
    const sibling = await post('/portal/users', cookie, { origin: 'http://www.rede.example', 'sec-fetch-site': 'same-site' }, user('invasor'));
    expect(sibling.status).toBe(403);
    expect(await sibling.text()).toContain('Formulário enviado de fora do portal');
    const noOrigin = await post('/portal/users', cookie, {}, user('invasor2'));
    expect(noOrigin.status).toBe(403);
    expect(await relay.query("SELECT 1 FROM relay.hq_users WHERE username IN ('invasor', 'invasor2')")).toEqual([]);

    const own = await post('/portal/users', cookie, { origin: relay.baseUrl }, user('gerente-novo'));
    expect(own.status).toBe(302);
    const fetchMetadata = await post('/portal/users', cookie, { 'sec-fetch-site': 'same-origin' }, user('gerente-outro'));
    expect(fetchMetadata.status).toBe(302);
    expect((await relay.query("SELECT username FROM relay.hq_users WHERE username LIKE 'gerente-%' ORDER BY username")).map((r) => r.username)).toEqual(['gerente-novo', 'gerente-outro']);
  });

  it('refuses a cross-origin login form (it would sign the victim into the attacker\'s account)', async () => {
    const response = await fetch(`${relay.baseUrl}/login`, { method: 'POST', redirect: 'manual', headers: { origin: 'http://evil.example' }, body: new URLSearchParams({ username: 'admin', password: 'x', next: '/portal' }) });
    expect(response.status).toBe(403);
  });

  it('leaves the JSON API and the platforms\' webhooks alone (no cookie, no form)', async () => {
    const login = await fetch(`${relay.baseUrl}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json', origin: 'http://evil.example' }, body: JSON.stringify({ username: 'admin', password: 'errada-errada' }) });
    expect(login.status).toBe(401);
  });
});
