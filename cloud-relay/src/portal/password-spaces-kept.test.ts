import { describe, expect, it } from 'vitest';
import { useTestRelay } from '../testing/use-test-relay.js';

/**
 * A password is what the person typed, spaces included: a passphrase ending in a space, or one
 * pasted from a password manager with a leading one. The portal's login form and its *Novo
 * usuário* form take it exactly as the API does, so an account made on one side opens on the
 * other, and the portal never stores a shorter password than the one the person chose.
 */
const relay = useTestRelay();

const postForm = (path: string, form: Record<string, string>, cookie?: string) =>
  fetch(`${relay.baseUrl}${path}`, { method: 'POST', redirect: 'manual', headers: { origin: relay.baseUrl, ...(cookie ? { cookie } : {}) }, body: new URLSearchParams(form) });

describe('passwords with spaces at either end', () => {
  it('let a user created through the API sign in to the portal with the password as typed', async () => {
    const password = ' cavalo correto bateria grampo ';
    const created = await relay.api('POST', '/api/v1/hq-users', { token: await relay.adminToken(), body: { username: 'ana.costa', displayName: 'Ana Costa', password, role: 'HQ_ANALYST' } });
    expect(created.status).toBe(201);

    const signedIn = await postForm('/login', { username: 'ana.costa', password, next: '/portal' });
    expect([signedIn.status, signedIn.headers.get('location')]).toEqual([302, '/portal']);
  });

  it('are stored as typed by the users page, so the API signs in with the same password', async () => {
    const password = 'Senha da loja 2026 ';
    const created = await postForm('/portal/users', { username: 'bruno.reis', displayName: 'Bruno Reis', password, role: 'HQ_ANALYST' }, `chefia_hq_session=${await relay.adminToken()}`);
    expect(created.status).toBe(302);

    const asTyped = await relay.api('POST', '/api/v1/auth/login', { body: { username: 'bruno.reis', password } });
    expect(asTyped.status).toBe(200);
  });

});
