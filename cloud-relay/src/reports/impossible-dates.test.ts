import { describe, expect, it } from 'vitest';
import { useTestRelay } from '../testing/use-test-relay.js';

/**
 * Report dates must be real calendar days, not only look like one: Postgres refuses 2026-02-30 or
 * 2026-13-45 with an error, which would answer the HQ user (or any API client) 500 INTERNAL_ERROR
 * "veja o log da matriz" instead of a pt-BR 400 naming the field, and write an error with a stack
 * trace to the relay's log on every such request (cheap log flooding by any HQ session, and noise
 * that hides real failures from whoever watches the 5xx rate). The portal's date filters read the
 * same schema.
 */
const relay = useTestRelay();

describe('HQ reports with an impossible date', () => {
  it('answers 400 VALIDATION_FAILED, not 500, for the sales report', async () => {
    const answer = await relay.api('GET', '/api/v1/reports/sales?from=2026-02-30&to=2026-03-01', { token: await relay.adminToken() });
    expect([answer.status, answer.body.error?.code]).toEqual([400, 'VALIDATION_FAILED']);
  });

  it('answers 400 VALIDATION_FAILED, not 500, for the Z reports', async () => {
    const answer = await relay.api('GET', '/api/v1/reports/z?from=2026-13-45', { token: await relay.adminToken() });
    expect([answer.status, answer.body.error?.code]).toEqual([400, 'VALIDATION_FAILED']);
  });

  it('does not answer 500 on the portal\'s dashboard and export either', async () => {
    const cookie = `chefia_hq_session=${await relay.adminToken()}`;
    for (const query of ['from=2026-02-30&to=2026-03-01', 'to=2026-02-30']) {
      for (const page of ['/portal', '/portal/export.csv']) {
        const answer = await fetch(`${relay.baseUrl}${page}?${query}`, { headers: { cookie } });
        expect(answer.status, `${page}?${query}`).toBeLessThan(500);
      }
    }
  });
});
