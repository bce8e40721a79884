import { describe, expect, it } from 'vitest';
import { useTestRelay } from '../testing/use-test-relay.js';

/**
 * Five wrong passwords in a row lock an HQ username for 15 minutes: the portal faces the internet.
 * Guesses sent at the same time must not all read "not locked" and all be checked — an attacker
 * would get as many guesses per window as they can send in one burst. Each check is claimed
 * atomically in Postgres before the password is verified (hq/users.ts), so at most five are
 * checked however many arrive at once, on however many relay nodes.
 */
const relay = useTestRelay();

describe('HQ login lockout under concurrent guesses', () => {
  it('checks at most five wrong passwords however many arrive at once', async () => {
    const token = await relay.adminToken();
    const created = await relay.api('POST', '/api/v1/hq-users', { token, body: { username: 'alvo-rajada', displayName: 'Alvo', password: 'senha-certa-123', role: 'HQ_ADMIN' } });
    expect(created.status).toBe(201);

    const burst = await Promise.all(
      Array.from({ length: 20 }, (_, i) => relay.api('POST', '/api/v1/auth/login', { body: { username: 'alvo-rajada', password: `chute-${i}` } })),
    );
    const checked = burst.filter((answer) => answer.status === 401).length;
    const refused = burst.filter((answer) => answer.status === 429).length;
    expect(checked + refused).toBe(20);
    expect(checked, `password guesses actually checked in one burst (${checked} checked, ${refused} refused 429)`).toBeLessThanOrEqual(5);
  });
});
