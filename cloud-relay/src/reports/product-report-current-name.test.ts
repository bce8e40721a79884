import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { useTestRelay } from '../testing/use-test-relay.js';
import { handJournal, orderLine } from '../testing/synthetic-store.js';

/**
 * A product renamed at the stores ("X-Salada" becomes "Burger Salada") keeps its sales history
 * under one product, and HQ's product report, the dashboard's best sellers and the product CSV
 * name it as the stores sell it now: not whichever of its past names sorts last.
 */
const relay = useTestRelay();

describe('the sales-by-product report after a product is renamed', () => {
  it('names the product by its latest name over the period', async () => {
    const { storeId, credential } = await relay.enrolledStore('RENOMEADO');
    const event = handJournal();
    const sale = (date: string, name: string) => {
      const orderId = crypto.randomUUID();
      const paymentId = crypto.randomUUID();
      const at = `${date}T18:00:00.000Z`;
      return [
        event('order.created', 'order', orderId, { orderId, number: 1, businessDate: date, channel: 'COUNTER', tableId: null, customerId: null, status: 'DRAFT', items: [orderLine('prod-salada', name, 2500)], subtotalCents: 2500, discountCents: 0, totalCents: 2500 }, at),
        event('payment.captured', 'payment', paymentId, { paymentId, orderId, businessDate: date, method: 'CASH', amountCents: 2500, tenderedCents: 2500, changeCents: 0, provider: 'CASH', providerRef: null, payerLabel: null, cashierSessionId: 'cs-1', splitRules: [] }, at),
      ];
    };
    const events = [...sale('2026-11-16', 'X-Salada'), ...sale('2026-11-18', 'Burger Salada')];
    const uploaded = await relay.api('POST', `/api/v1/stores/${storeId}/events`, { token: credential, body: { events, journalHead: events.length } });
    expect(uploaded.body.data).toMatchObject({ accepted: 4, unprojected: 0 });

    const token = await relay.adminToken();
    const report = await relay.api('GET', `/api/v1/reports/sales?from=2026-11-16&to=2026-11-20&storeId=${storeId}&groupBy=product`, { token });
    expect(report.body.data.rows.map((row: { key: string; label: string; netCents: number }) => [row.key, row.label, row.netCents])).toEqual([['prod-salada', 'Burger Salada', 5000]]);

    const csv = await fetch(`${relay.baseUrl}/portal/export.csv?from=2026-11-16&to=2026-11-20&storeId=${storeId}&groupBy=product`, { headers: { cookie: `chefia_hq_session=${token}` } });
    expect((await csv.text()).split('\r\n')[1].split(';').slice(1, 3)).toEqual(['prod-salada', 'Burger Salada']);
  });
});
