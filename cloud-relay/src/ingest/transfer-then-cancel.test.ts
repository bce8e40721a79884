import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { useTestRelay } from '../testing/use-test-relay.js';
import { handJournal, orderLine as line } from '../testing/synthetic-store.js';

/**
 * sales_by_product is "ordered items minus cancelled orders" (docs/relay.md, "Projections"; the
 * Z report's byProduct counts completed orders only). A line moved to another table's order
 * (`/tabs/{id}/transfer-items`) that is then cancelled is an item of a cancelled order, whether
 * the replicator sends the move and the cancellation in one batch or in two.
 */
const relay = useTestRelay();

describe('product sales of a line moved to an order that is then cancelled', () => {
  it.each([
    ['in one batch', 'TC-1', 3],
    ['in two batches', 'TC-2', 2],
  ])('takes the moved line off the product sales when the move and the cancellation arrive %s', async (_, code, firstBatch) => {
    const { storeId, credential } = await relay.enrolledStore(code);
    const token = await relay.adminToken();
    const date = '2026-11-20';
    const event = handJournal();
    const tableA = crypto.randomUUID();
    const tableB = crypto.randomUUID();
    const coxinha = line('prod-coxinha', 'Coxinha', 750);
    const chope = line('prod-chope', 'Chope', 1200);
    const guarana = line('prod-guarana', 'Guaraná 350ml', 600);
    const created = (orderId: string, number: number, items: ReturnType<typeof line>[], at: string) =>
      event('order.created', 'order', orderId, {
        orderId, number, businessDate: date, channel: 'TABLE', tableId: null, customerId: null, status: 'CONFIRMED', items,
        subtotalCents: items.reduce((s, i) => s + i.totalCents, 0), discountCents: 0, totalCents: items.reduce((s, i) => s + i.totalCents, 0),
      }, at);
    // First batch: two tables' orders, nothing paid yet.
    const opened = [created(tableA, 1, [coxinha], `${date}T22:00:00.000Z`), created(tableB, 2, [chope, guarana], `${date}T22:01:00.000Z`)];
    expect((await relay.api('POST', `/api/v1/stores/${storeId}/events`, { token: credential, body: { events: opened, journalHead: 2 } })).status).toBe(200);

    // Then the chope moves from table B to table A, and table A's order is cancelled.
    const moved = [
      event('order.items_transferred', 'order', tableB, { orderId: tableB, direction: 'OUT', fromOrderId: tableB, toOrderId: tableA, itemIds: [chope.itemId], subtotalCents: 600, discountCents: 0, totalCents: 600 }, `${date}T22:30:00.000Z`),
      event('order.items_transferred', 'order', tableA, { orderId: tableA, direction: 'IN', fromOrderId: tableB, toOrderId: tableA, itemIds: [chope.itemId], subtotalCents: 1950, discountCents: 0, totalCents: 1950 }, `${date}T22:30:00.000Z`),
      event('order.cancelled', 'order', tableA, { orderId: tableA, number: 1, businessDate: date, status: 'CANCELLED', reason: 'clientes foram embora', totalCents: 1950 }, `${date}T22:35:00.000Z`),
    ];
    for (const batch of [moved.slice(0, firstBatch), moved.slice(firstBatch)].filter((events) => events.length > 0)) {
      const posted = await relay.api('POST', `/api/v1/stores/${storeId}/events`, { token: credential, body: { events: batch, journalHead: 5 } });
      expect(posted.body.data).toMatchObject({ accepted: batch.length, unprojected: 0 });
    }

    const [chopeRow] = await relay.query('SELECT order_id FROM pos_modern.order_items WHERE store_id = $1 AND id = $2', [storeId, chope.itemId]);
    expect(chopeRow.order_id).toBe(tableA);
    // Only table B's guaraná is still an ordered item of an order that was not cancelled.
    const byProduct = await relay.api('GET', `/api/v1/reports/sales?from=${date}&to=${date}&groupBy=product&storeId=${storeId}`, { token });
    const sold = Object.fromEntries(byProduct.body.data.rows.filter((row: { quantity: number }) => row.quantity !== 0).map((row: { key: string; netCents: number }) => [row.key, row.netCents]));
    expect(sold).toEqual({ 'prod-guarana': 600 });
  });
});
