import { describe, expect, it } from 'vitest';
import { useTestRelay } from '../testing/use-test-relay.js';

/**
 * The HQ login does not tell which usernames exist: an unknown one is checked against a hash so the
 * time matches, and failures are counted and locked per attempted username, known or not. Counting
 * only real users would answer 429 HQ_LOGIN_LOCKED after six wrong passwords for an existing
 * username and 401 forever for an unknown one, and an internet attacker would learn the chain's HQ
 * usernames (then target them, or lock them out).
 */
const relay = useTestRelay();

describe('HQ login does not tell which usernames exist', () => {
  it('answers six wrong passwords the same for a real and an unknown username', async () => {
    const token = await relay.adminToken();
    expect((await relay.api('POST', '/api/v1/hq-users', { token, body: { username: 'diretor.financeiro', displayName: 'Diretor', password: 'senha-certa-123', role: 'HQ_ANALYST' } })).status).toBe(201);

    const sixthAnswer = async (username: string) => {
      let last = { status: 0, code: '' };
      for (let i = 0; i < 6; i++) {
        const answer = await relay.api('POST', '/api/v1/auth/login', { body: { username, password: `chute-${i}` } });
        last = { status: answer.status, code: answer.body.error?.code };
      }
      return last;
    };
    const real = await sixthAnswer('diretor.financeiro');
    const unknown = await sixthAnswer('nao.existe');
    expect(real, 'an existing username answers differently from an unknown one').toEqual(unknown);
  });
});
