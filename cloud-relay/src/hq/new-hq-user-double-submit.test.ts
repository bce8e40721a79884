import { describe, expect, it } from 'vitest';
import { useTestRelay } from '../testing/use-test-relay.js';

/**
 * An administrator who clicks *Criar usuário* twice, or an API client that retries a creation
 * whose answer it lost, sends the same new username twice at once. One account is created and the
 * other request is told, in pt-BR, that the username exists (409 USERNAME_TAKEN, or the users page
 * with that message): never a 500 "veja o log da matriz" for a person who did nothing wrong.
 */
const relay = useTestRelay();

const accounts = async (username: string) => (await relay.query<{ n: number }>('SELECT count(*)::int AS n FROM relay.hq_users WHERE username = $1', [username]))[0].n;

describe('the same new HQ user sent twice at once', () => {
  it('creates it once through the API and answers the other 409 USERNAME_TAKEN', async () => {
    const token = await relay.adminToken();
    const body = { username: 'joana.lima', displayName: 'Joana Lima', password: 'Senha#segura-2026', role: 'HQ_ANALYST' };
    const answers = await Promise.all([1, 2, 3].map(() => relay.api('POST', '/api/v1/hq-users', { token, body })));
    expect(answers.map((answer) => answer.status).sort()).toEqual([201, 409, 409]);
    expect(answers.filter((answer) => answer.status === 409).map((answer) => answer.body.error.code)).toEqual(['USERNAME_TAKEN', 'USERNAME_TAKEN']);
    expect(await accounts('joana.lima')).toBe(1);
  });

  it('creates it once from the users page and shows the other post the page with the pt-BR reason', async () => {
    const cookie = `chefia_hq_session=${await relay.adminToken()}`;
    const form = { username: 'pedro.alves', displayName: 'Pedro Alves', password: 'Senha#segura-2026', role: 'HQ_ANALYST' };
    const posts = await Promise.all(
      [1, 2].map(() => fetch(`${relay.baseUrl}/portal/users`, { method: 'POST', redirect: 'manual', headers: { origin: relay.baseUrl, cookie }, body: new URLSearchParams(form) })),
    );
    expect(posts.map((post) => post.status).sort()).toEqual([302, 400]);
    const refused = posts.find((post) => post.status === 400)!;
    expect(await refused.text()).toContain('O usuário pedro.alves já existe.');
    expect(await accounts('pedro.alves')).toBe(1);
  });
});
