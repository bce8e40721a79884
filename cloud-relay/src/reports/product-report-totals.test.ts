import { describe, expect, it } from 'vitest';
import { useTestRelay } from '../testing/use-test-relay.js';
import { saleOfManyProducts } from '../testing/synthetic-store.js';

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
    const { events, totalCents } = saleOfManyProducts(60, date);
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
