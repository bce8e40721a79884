import { describe, expect, it } from 'vitest';
import { useTestRelay } from '../testing/use-test-relay.js';

/**
 * An HQ administrator adds people from the portal's users page or through the API: both keep the
 * same rules for a username (3 to 60 lowercase letters, digits, `.`, `_` or `-`) and a name, so no
 * account exists that the API would have refused. The page writes the username in lowercase; the
 * person then signs in with it as they think of it ("Maria.Silva" or "maria.silva", a phone that
 * capitalises the first letter) and is let in, not refused and counted towards a lock.
 */
const relay = useTestRelay();

const usernames = async () => (await relay.query<{ username: string }>('SELECT username FROM relay.hq_users ORDER BY username')).map((row) => row.username);

describe('HQ users created from the portal', () => {
  const post = async (path: string, form: Record<string, string>, cookie?: string) =>
    fetch(`${relay.baseUrl}${path}`, {
      method: 'POST',
      redirect: 'manual',
      headers: { origin: relay.baseUrl, ...(cookie ? { cookie } : {}) },
      body: new URLSearchParams(form),
    });
  const adminCookie = async () => `chefia_hq_session=${await relay.adminToken()}`;
  const user = (username: string, displayName = 'Maria Silva') => ({ username, displayName, password: 'Senha#segura-2026', role: 'HQ_ANALYST' });

  it('refuses a username or a name the API would refuse, naming the field in pt-BR', async () => {
    for (const form of [user('maria silva'), user('ma'), user('maria<b>'), user('maria.sem.nome', '   ')]) {
      const answer = await post('/portal/users', form, await adminCookie());
      const page = await answer.text();
      expect({ username: form.username, status: answer.status }).toEqual({ username: form.username, status: 400 });
      expect(page).toMatch(/class="error">Requisição inválida\. \((Usuário|Nome): [^<a-z]*[a-zà-ú ]+/);
    }
    expect(await usernames()).toEqual(['admin']);
  });

  it('lets a user created as "Maria.Silva" sign in however they capitalise it', async () => {
    const created = await post('/portal/users', user('Maria.Silva'), await adminCookie());
    expect(created.status).toBe(302);
    expect(await usernames()).toContain('maria.silva');
    for (const username of ['Maria.Silva', 'maria.silva', 'MARIA.SILVA']) {
      const form = await post('/login', { username, password: 'Senha#segura-2026', next: '/portal' });
      expect({ username, status: form.status }).toEqual({ username, status: 302 });
      const api = await relay.api('POST', '/api/v1/auth/login', { body: { username, password: 'Senha#segura-2026' } });
      expect({ username, status: api.status }).toEqual({ username, status: 200 });
    }
  });
});
