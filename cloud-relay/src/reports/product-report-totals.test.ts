import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { useTestRelay } from '../testing/use-test-relay.js';
import type { SyntheticEvent } from '../testing/synthetic-store.js';

/**
 * HQ's sales by product lists the best-selling products (50 unless asked for more), but its totals
 * are the period's: they match the same period by store or by day, however many products sold
 * beyond the ones listed. A manager comparing the product report with the store report must not
 * find money missing.
 */
const relay = useTestRelay();

describe('the sales-by-product report\'s totals', () => {
  it('are the whole period\'s, not only the products on the list', async () => {
    const { storeId, credential } = await relay.enrolledStore('PRODUTOS-TOTAL');
    const date = '2026-11-20';
    const orderId = crypto.randomUUID();
    const paymentId = crypto.randomUUID();
    const items = Array.from({ length: 60 }, (_, index) => ({
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

    const token = await relay.adminToken();
    const report = (groupBy: string, extra = '') => relay.api('GET', `/api/v1/reports/sales?from=${date}&to=${date}&storeId=${storeId}&groupBy=${groupBy}${extra}`, { token });
    const byStore = await report('store');
    expect(byStore.body.data.totals.netCents).toBe(totalCents);
    for (const extra of ['', '&limit=10']) {
      const byProduct = await report('product', extra);
      expect(byProduct.status).toBe(200);
      expect(byProduct.body.data.rows.length).toBe(extra ? 10 : 50);
      expect({ extra, grossCents: byProduct.body.data.totals.grossCents, netCents: byProduct.body.data.totals.netCents }).toEqual({ extra, grossCents: totalCents, netCents: totalCents });
    }
  });
});
