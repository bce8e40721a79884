import { describe, expect, it } from 'vitest';
import { useTestRelay } from '../testing/use-test-relay.js';
import { SyntheticStore, seededRandom } from '../testing/synthetic-store.js';

/**
 * The *Vendas por dia* chart names each day as a person in Brazil writes it, day first: 4 March
 * is 04/03. Month first ("03-04") reads as 3 April there, and an analyst comparing weeks would put
 * a day's sales on the wrong date.
 */
const relay = useTestRelay();

describe('the sales by day chart', () => {
  it('labels each day day/month', async () => {
    const { storeId, credential } = await relay.enrolledStore('DIAS-1', 'Loja Dias');
    const synthetic = new SyntheticStore(seededRandom(7));
    const events = [
      ...synthetic.catalogEvents(new Date('2026-03-04T11:00:00Z')),
      ...synthetic.paidOrder('2026-03-04', new Date('2026-03-04T15:00:00Z')),
      ...synthetic.paidOrder('2026-03-05', new Date('2026-03-05T15:00:00Z')),
    ];
    const uploaded = await relay.api('POST', `/api/v1/stores/${storeId}/events`, { token: credential, body: { events, journalHead: events.length } });
    expect(uploaded.status).toBe(200);

    const page = await (await fetch(`${relay.baseUrl}/portal?from=2026-03-01&to=2026-03-07&storeId=${storeId}`, { headers: { cookie: `chefia_hq_session=${await relay.adminToken()}` } })).text();
    const chart = page.slice(page.indexOf('id="chart-by-day"'), page.indexOf('id="chart-by-hour"'));
    const labels = [...chart.matchAll(/<text [^>]*>([^<]+)<\/text>/g)].map((match) => match[1]);
    expect(labels).toEqual(['04/03', '05/03']);
    expect(chart).toContain('<title>04/03: ');
  });
});
