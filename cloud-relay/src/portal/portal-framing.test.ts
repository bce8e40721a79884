import { describe, expect, it } from 'vitest';
import { useTestRelay } from '../testing/use-test-relay.js';

/**
 * The portal is never shown inside another site's frame. A sibling subdomain (www.rede.com.br next
 * to hq.rede.com.br) is *same-site*, so the SameSite=Lax session cookie goes along into an iframe
 * of the portal: it could frame /portal/users or /portal/catalog invisibly and have the HQ admin
 * click "Desativar" or submit a price change (clickjacking), a post the portal's own page makes, so
 * `sameOriginForms` lets it through. Pages holding enrollment codes and sales figures are not
 * kept by the browser's cache or shared proxies either (`Cache-Control: no-store`).
 */
const relay = useTestRelay();

describe('portal pages inside another site\'s frame', () => {
  it('forbids framing the HQ users page', async () => {
    const cookie = `chefia_hq_session=${await relay.adminToken()}`;
    const page = await fetch(`${relay.baseUrl}/portal/users`, { headers: { cookie } });
    expect(page.status).toBe(200);
    const xfo = page.headers.get('x-frame-options');
    const csp = page.headers.get('content-security-policy') ?? '';
    const framingForbidden = /^(deny|sameorigin)$/i.test(xfo ?? '') || /frame-ancestors\s+('none'|'self')/i.test(csp);
    expect({ 'x-frame-options': xfo, 'content-security-policy': csp || null, framingForbidden }).toMatchObject({ framingForbidden: true });
    expect(page.headers.get('cache-control')).toBe('no-store');
  });
});
