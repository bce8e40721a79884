import { describe, expect, it } from 'vitest';
import { TEST_ADMIN_PASSWORD } from '../testing/test-relay.js';
import { useTestRelay } from '../testing/use-test-relay.js';

/** HQ session tokens used as bearer tokens (API clients) are revocable by their owner. */
const relay = useTestRelay();

describe('HQ bearer sessions', () => {
  it('POST /api/v1/auth/logout with the bearer token ends that session', async () => {
    const login = await relay.api('POST', '/api/v1/auth/login', { body: { username: 'admin', password: TEST_ADMIN_PASSWORD } });
    expect(login.status).toBe(200);
    const token = login.body.data.token as string;
    expect((await relay.api('GET', '/api/v1/stores', { token })).status).toBe(200);

    const logout = await relay.api('POST', '/api/v1/auth/logout', { token });
    expect(logout.status).toBe(200);
    expect(logout.body.data).toEqual({ loggedOut: true });

    // The relay said the session is over: the token must no longer authenticate.
    const after = await relay.api('GET', '/api/v1/stores', { token });
    expect(after.status).toBe(401);
  });
});
