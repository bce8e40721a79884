import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { useTestRelay } from '../testing/use-test-relay.js';
import type { SyntheticEvent } from '../testing/synthetic-store.js';

/**
 * `GET /api/v1/reports/z?storeId&from&to&page&size` lists closed days with their Z reports, newest
 * first, a page at a time, with `metadata.total` saying how many the period holds (docs/relay.md,
 * "Reporting API and portal"): HQ adding up a month of its chain's Z reports reads every page and
 * gets every closed day. The portal's store page shows the same list a page at a time.
 */
const relay = useTestRelay();

describe('the Z reports of a chain for one month', () => {
  it('lists every closed day of every store in the period across its pages, newest first, with their total', async () => {
    const token = await relay.adminToken();
    const stores = 17;
    const days = Array.from({ length: 30 }, (_, i) => `2026-11-${String(i + 1).padStart(2, '0')}`);
    for (let s = 0; s < stores; s += 1) {
      const { storeId, credential } = await relay.enrolledStore(`Z-${s}`);
      // The even days come from a release before the printed Z was journaled: no text.
      const events: SyntheticEvent[] = days.map((date, i) => ({
        seq: i + 1, id: crypto.randomUUID(), type: 'business_day.closed', aggregateType: 'business_day', aggregateId: `bd-${date}`,
        payload: { businessDayId: `bd-${s}-${date}`, date, report: { date, payments: { capturedCents: 10000, refundedCents: 0, netCents: 10000 } }, text: i % 2 === 0 ? `REDUÇÃO Z Loja Z-${s} ${date}` : undefined },
        actor: { type: 'user', id: 'gerente' }, correlationId: null, occurredAt: `${date}T23:59:00.000Z`,
      }));
      const posted = await relay.api('POST', `/api/v1/stores/${storeId}/events`, { token: credential, body: { events, journalHead: events.length } });
      expect(posted.status).toBe(200);
    }
    const [stored] = await relay.query('SELECT count(*)::int AS n FROM pos_modern.business_days WHERE closed_at IS NOT NULL');
    expect(stored.n).toBe(stores * days.length);

    type Entry = { storeId: string; storeName: string; businessDate: string; report: { payments: { netCents: number } }; text: string | null };
    const listed: Entry[] = [];
    for (let page = 1; ; page += 1) {
      const answer = await relay.api('GET', `/api/v1/reports/z?from=2026-11-01&to=2026-11-30&page=${page}&size=100`, { token });
      expect(answer.status).toBe(200);
      expect(answer.body.metadata).toMatchObject({ page, size: 100, total: stores * days.length });
      if (answer.body.data.length === 0) break;
      listed.push(...answer.body.data);
    }
    expect(listed).toHaveLength(stores * days.length);
    expect(new Set(listed.map((entry) => `${entry.storeId}|${entry.businessDate}`)).size).toBe(stores * days.length);
    expect(listed.reduce((sum, entry) => sum + entry.report.payments.netCents, 0)).toBe(stores * days.length * 10000);
    expect(listed[0].businessDate).toBe('2026-11-30');
    const printed = (entry: Entry) => (Number(entry.businessDate.slice(-2)) % 2 === 1 ? `REDUÇÃO Z ${entry.storeName} ${entry.businessDate}` : null);
    expect(listed.map((entry) => entry.text)).toEqual(listed.map(printed));
  });
});

describe('a store\'s page in the portal', () => {
  it('shows its Z reports a page of days at a time, with the way to the older ones', async () => {
    const { storeId, credential } = await relay.enrolledStore('Z-PORTAL');
    const days = Array.from({ length: 12 }, (_, i) => `2026-10-${String(i + 1).padStart(2, '0')}`);
    const events: SyntheticEvent[] = days.map((date, i) => ({
      seq: i + 1, id: crypto.randomUUID(), type: 'business_day.closed', aggregateType: 'business_day', aggregateId: `bd-${date}`,
      payload: { businessDayId: `bd-${date}`, date, report: { date, payments: { netCents: 10000 } } },
      actor: { type: 'user', id: 'gerente' }, correlationId: null, occurredAt: `${date}T23:59:00.000Z`,
    }));
    expect((await relay.api('POST', `/api/v1/stores/${storeId}/events`, { token: credential, body: { events, journalHead: events.length } })).status).toBe(200);
    const cookie = `chefia_hq_session=${await relay.adminToken()}`;
    const page = async (n: number) => (await fetch(`${relay.baseUrl}/portal/stores/${storeId}?page=${n}`, { headers: { cookie } })).text();
    const shownDays = (html: string) => [...html.matchAll(/<h2>(\d{2})\/(\d{2})\/(\d{4}) · fechado em/g)].map(([, day, month, year]) => `${year}-${month}-${day}`);

    const newest = await page(1);
    expect(shownDays(newest)).toEqual(days.slice(2).reverse());
    expect(newest).toContain('Dias 1–10 de 12 fechados');
    expect(newest).toContain(`href="/portal/stores/${storeId}?page=2"`);
    const oldest = await page(2);
    expect(shownDays(oldest)).toEqual(['2026-10-02', '2026-10-01']);
    expect(oldest).toContain('Dias 11–12 de 12 fechados');
  });
});
