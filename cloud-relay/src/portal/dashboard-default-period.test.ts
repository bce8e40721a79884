import crypto from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useTestRelay } from '../testing/use-test-relay.js';
import type { SyntheticEvent } from '../testing/synthetic-store.js';

/**
 * The dashboard and the CSV export open on "the last 7 days" when HQ names no period. Those are
 * the chain's days, on the Brazilian clock: from 21:00 in Brasília (00:00 UTC) the UTC date is
 * already tomorrow, and a period ending on it holds an empty tomorrow and leaves out the first of
 * the seven days, its sales missing from the totals HQ reads at the end of the evening.
 */
const relay = useTestRelay();

afterEach(() => {
  vi.useRealTimers();
});

const DAY_MS = 86_400_000;
const isoDay = (at: number) => new Date(at).toISOString().slice(0, 10);

describe('the sales dashboard with no period chosen', () => {
  it('covers the last 7 business days on the Brazilian clock late in the evening, not the UTC date', async () => {
    // 22:30 in Brasília (01:30 UTC of the next day), ahead of the real clock so sessions and
    // stored times stay plausible.
    const now = Date.now();
    let late = Date.UTC(new Date(now).getUTCFullYear(), new Date(now).getUTCMonth(), new Date(now).getUTCDate(), 1, 30);
    while (late <= now) late += DAY_MS;
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(late);
    const today = isoDay(late - DAY_MS);
    const firstDay = isoDay(late - 7 * DAY_MS);

    const { storeId, credential } = await relay.enrolledStore('LATE-1');
    let seq = 0;
    const event = (type: string, aggregateType: string, aggregateId: string, payload: Record<string, unknown>, occurredAt: string): SyntheticEvent => ({
      seq: ++seq, id: crypto.randomUUID(), type, aggregateType, aggregateId, payload, actor: { type: 'system', id: 'payments' }, correlationId: null, occurredAt,
    });
    const sale = (businessDate: string, cents: number, occurredAt: string) => {
      const orderId = crypto.randomUUID();
      const paymentId = crypto.randomUUID();
      const item = { itemId: crypto.randomUUID(), productId: 'prod-pizza', name: 'Pizza', categoryId: 'cat-1', quantity: 1, unit: 'UNIT', unitPriceCents: cents, discountCents: 0, totalCents: cents, appliedRules: [] };
      return [
        event('order.created', 'order', orderId, { orderId, number: seq + 1, businessDate, channel: 'COUNTER', tableId: null, customerId: null, status: 'DRAFT', items: [item], subtotalCents: cents, discountCents: 0, totalCents: cents }, occurredAt),
        event('payment.captured', 'payment', paymentId, { paymentId, orderId, businessDate, method: 'PIX', amountCents: cents, tenderedCents: cents, changeCents: 0, provider: 'ASAAS', providerRef: null, payerLabel: null, cashierSessionId: 'cs-1', splitRules: [] }, occurredAt),
      ];
    };
    const events = [...sale(firstDay, 5000, `${firstDay}T15:00:00.000Z`), ...sale(today, 3000, new Date(late - 5 * 60_000).toISOString())];
    const uploaded = await relay.api('POST', `/api/v1/stores/${storeId}/events`, { token: credential, body: { events, journalHead: events.length } });
    expect(uploaded.body.data).toMatchObject({ accepted: 4, unprojected: 0 });

    const cookie = `chefia_hq_session=${await relay.adminToken()}`;
    const page = await (await fetch(`${relay.baseUrl}/portal?storeId=${storeId}`, { headers: { cookie } })).text();
    expect(page).toContain(`name="from" value="${firstDay}"`);
    expect(page).toContain(`name="to" value="${today}"`);

    const csv = await fetch(`${relay.baseUrl}/portal/export.csv?groupBy=day&storeId=${storeId}`, { headers: { cookie } });
    expect(csv.headers.get('content-disposition')).toContain(`vendas-day-${firstDay}-${today}.csv`);
    const rows = (await csv.text()).split('\r\n').slice(1).filter(Boolean).map((line) => line.split(';'));
    expect(rows.map((cells) => [cells[1], cells[10]])).toEqual([[firstDay, '50,00'], [today, '30,00']]);
  });
});
