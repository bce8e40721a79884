import { describe, expect, it } from 'vitest';
import { TEST_ADMIN_PASSWORD } from '../testing/test-relay.js';
import { useTestRelay } from '../testing/use-test-relay.js';

/**
 * After signing in, the portal takes the person back to the portal page they had asked for (the
 * `next` of the login link), and only to one: a link anyone can send, with a line break or another
 * site in its `next`, still signs the person in and opens the portal, never a 500 "veja o log da
 * matriz" after a correct password, nor another site.
 */
const relay = useTestRelay();

const signIn = (next: string) =>
  fetch(`${relay.baseUrl}/login`, { method: 'POST', redirect: 'manual', headers: { origin: relay.baseUrl }, body: new URLSearchParams({ username: 'admin', password: TEST_ADMIN_PASSWORD, next }) });

describe('where the portal goes after signing in', () => {
  it('goes back to the portal page asked for, with its filters', async () => {
    const answer = await signIn('/portal/stores?x=1');
    expect([answer.status, answer.headers.get('location')]).toEqual([302, '/portal/stores?x=1']);
  });

  it('opens the portal for a return address holding a line break, signed in', async () => {
    for (const next of ['/portal\r\nSet-Cookie: chefia_hq_session=attacker', '/portal/\nX-Injected: 1']) {
      const answer = await signIn(next);
      expect({ next, status: answer.status }).toEqual({ next, status: 302 });
      expect(answer.headers.get('location')).toMatch(/^\/portal(\/|$)/);
      expect(answer.headers.get('x-injected')).toBeNull();
      expect(answer.headers.get('set-cookie')).toMatch(/^chefia_hq_session=hqs_/);
    }
  });

  it('never leaves the portal for another site or another page of the relay', async () => {
    for (const next of ['//evil.example/portal', 'https://evil.example/portal', '/portal/../api/v1/hq-users', '/portalx', '/login']) {
      const answer = await signIn(next);
      expect({ next, location: answer.headers.get('location') }).toEqual({ next, location: '/portal' });
    }
  });
});
