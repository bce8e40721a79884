import { describe, expect, it } from 'vitest';
import { SyntheticStore, seededRandom, type SyntheticEvent } from '../testing/synthetic-store.js';
import { useTestRelay } from '../testing/use-test-relay.js';

/**
 * `GET /api/v1/reports/sales?groupBy=storeDay` answers one row per store and day: a year of a
 * 1,000-store chain is 365,000 rows, too many for one answer. It answers a page at a time
 * (`page`, `size`, 1,000 rows when none is asked), in store and date order, with `page.total`
 * saying how many rows the period holds and `totals` always over the whole period, so HQ reading
 * every page gets every store's every day exactly once and the period's sum on the first page.
 */
const relay = useTestRelay();

describe('sales by store by day over a chain', () => {
  it('pages every store and day exactly once, with the whole period\'s totals on every page', async () => {
    const token = await relay.adminToken();
    const days = ['2026-11-16', '2026-11-17', '2026-11-18', '2026-11-19'];
    let netCents = 0;
    for (let s = 0; s < 3; s += 1) {
      const { storeId, credential } = await relay.enrolledStore(`SD-${s}`);
      const store = new SyntheticStore(seededRandom(40 + s));
      const events: SyntheticEvent[] = days.flatMap((day) => store.paidOrder(day, new Date(`${day}T15:00:00Z`)));
      const posted = await relay.api('POST', `/api/v1/stores/${storeId}/events`, { token: credential, body: { events, journalHead: events.length } });
      expect(posted.status).toBe(200);
      netCents += store.totals.paidCents;
    }

    const keys: string[] = [];
    for (let page = 1; page <= 4; page += 1) {
      const answer = await relay.api('GET', `/api/v1/reports/sales?from=2026-11-16&to=2026-11-19&groupBy=storeDay&page=${page}&size=5`, { token });
      expect(answer.status).toBe(200);
      expect(answer.body.data.page).toEqual({ page, size: 5, total: 12 });
      expect(answer.body.data.totals.netCents).toBe(netCents);
      expect(answer.body.data.rows.length).toBe(page < 3 ? 5 : page === 3 ? 2 : 0);
      keys.push(...answer.body.data.rows.map((row: { key: string }) => row.key));
    }
    expect(keys).toHaveLength(12);
    expect(new Set(keys).size).toBe(12);
    expect([...keys].sort()).toEqual(keys);

    const unpaged = await relay.api('GET', '/api/v1/reports/sales?from=2026-11-16&to=2026-11-19&groupBy=storeDay', { token });
    expect(unpaged.body.data.page).toEqual({ page: 1, size: 1000, total: 12 });
    expect(unpaged.body.data.rows).toHaveLength(12);
  });

  it('refuses a page larger than 5,000 rows with a message saying so', async () => {
    const token = await relay.adminToken();
    const answer = await relay.api('GET', '/api/v1/reports/sales?from=2026-11-16&to=2026-11-19&groupBy=storeDay&size=100000', { token });
    expect(answer.status).toBe(400);
    expect(answer.body.error).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ path: 'size' }] });
  });
});
