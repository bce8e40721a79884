import { describe, expect, it } from 'vitest';
import { useTestRelay } from '../testing/use-test-relay.js';
import { saleOfManyProducts } from '../testing/synthetic-store.js';

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
    const products = 1005;
    const { events, totalCents } = saleOfManyProducts(products, date);
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
