import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { useTestRelay } from '../testing/use-test-relay.js';
import type { SyntheticEvent } from '../testing/synthetic-store.js';

/**
 * The portal's "Exportar CSV (produtos)" is the accountant's file of what each product sold in the
 * period. A chain's catalog easily passes a thousand products (each store's own ids): the file
 * must hold every one, so that it adds up to the period's sales, not the dashboard's top ones.
 */
const relay = useTestRelay();

describe('the product CSV export', () => {
  it('lists every product sold in the period, past a thousand of them', async () => {
    const { storeId, credential } = await relay.enrolledStore('MANY-1');
    const date = '2026-11-20';
    const orderId = crypto.randomUUID();
    const paymentId = crypto.randomUUID();
    const products = 1005;
    const items = Array.from({ length: products }, (_, index) => ({
      itemId: crypto.randomUUID(), productId: `prod-${index}`, name: `Produto ${index}`, categoryId: 'cat-1', quantity: 1, unit: 'UNIT',
      unitPriceCents: 100 + index, discountCents: 0, totalCents: 100 + index, appliedRules: [],
    }));
    const totalCents = items.reduce((sum, item) => sum + item.totalCents, 0);
    const event = (seq: number, type: string, aggregateType: string, aggregateId: string, payload: Record<string, unknown>): SyntheticEvent => ({
      seq, id: crypto.randomUUID(), type, aggregateType, aggregateId, payload, actor: { type: 'system', id: 'orders' }, correlationId: null, occurredAt: `${date}T18:00:00.000Z`,
    });
    const events = [
      event(1, 'order.created', 'order', orderId, { orderId, number: 1, businessDate: date, channel: 'COUNTER', tableId: null, customerId: null, status: 'DRAFT', items, subtotalCents: totalCents, discountCents: 0, totalCents }),
      event(2, 'payment.captured', 'payment', paymentId, { paymentId, orderId, businessDate: date, method: 'CASH', amountCents: totalCents, tenderedCents: totalCents, changeCents: 0, provider: 'CASH', providerRef: null, payerLabel: null, cashierSessionId: 'cs-1', splitRules: [] }),
    ];
    const uploaded = await relay.api('POST', `/api/v1/stores/${storeId}/events`, { token: credential, body: { events, journalHead: 2 } });
    expect(uploaded.body.data).toMatchObject({ accepted: 2, unprojected: 0 });

    const cookie = `chefia_hq_session=${await relay.adminToken()}`;
    const csv = await fetch(`${relay.baseUrl}/portal/export.csv?from=${date}&to=${date}&groupBy=product&storeId=${storeId}`, { headers: { cookie } });
    const rows = (await csv.text()).split('\r\n').slice(1).filter(Boolean).map((line) => line.split(';'));
    expect(rows).toHaveLength(products);
    const exportedCents = rows.reduce((sum, cells) => sum + Number(cells[8].replace(',', '')), 0);
    expect(exportedCents).toBe(totalCents);
  });
});
