import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { useTestRelay } from '../testing/use-test-relay.js';
import { handJournal, orderLine as line, type SyntheticEvent } from '../testing/synthetic-store.js';

/**
 * A guest gives up one dish of a live order (`order.item_cancelled`): HQ's product sales stop
 * counting it and the order's total follows, whether the cancel arrives with the order or in a
 * later batch; the whole order cancelled afterwards takes off what was left, not the dish again.
 * A dish that was half of a combo takes the combo's discount with it (`order.line_discounts_lowered`):
 * the other half's sales go up to its price.
 */
const relay = useTestRelay();

/** A hand-written journal of one store's order events. */
function orderEvents() {
  const journal = handJournal();
  return (type: string, aggregateId: string, payload: Record<string, unknown>, occurredAt: string) => journal(type, 'order', aggregateId, payload, occurredAt);
}

describe('product sales of an order that lost one dish', () => {
  it.each([
    ['with the order', 'DC-1', 2],
    ['in a later batch', 'DC-2', 1],
  ])('stops counting the dish when its cancel arrives %s, and a later cancel of the order takes off only the rest', async (_, code, firstBatch) => {
    const { storeId, credential } = await relay.enrolledStore(code);
    const token = await relay.adminToken();
    const date = '2026-11-21';
    const event = orderEvents();
    const orderId = crypto.randomUUID();
    const burger = line('prod-xburger', 'X-Burger', 2890);
    const fries = line('prod-fries', 'Batata frita', 1500);
    const events = [
      event('order.created', orderId, {
        orderId, number: 7, businessDate: date, channel: 'TABLE', tableId: null, customerId: null, status: 'CONFIRMED', items: [burger, fries],
        subtotalCents: 4390, discountCents: 0, totalCents: 4390,
      }, `${date}T19:00:00.000Z`),
      event('order.item_cancelled', orderId, { orderId, number: 7, itemId: fries.itemId, reason: 'cliente desistiu', managerId: 'gerente', subtotalCents: 2890, discountCents: 0, totalCents: 2890 }, `${date}T19:05:00.000Z`),
      event('order.cancelled', orderId, { orderId, number: 7, businessDate: date, status: 'CANCELLED', reason: 'clientes foram embora', totalCents: 2890 }, `${date}T19:30:00.000Z`),
    ];
    const post = async (batch: SyntheticEvent[]) => {
      const posted = await relay.api('POST', `/api/v1/stores/${storeId}/events`, { token: credential, body: { events: batch, journalHead: batch.at(-1)!.seq } });
      expect(posted.body.data).toMatchObject({ accepted: batch.length, unprojected: 0 });
    };
    const sold = async () => {
      const byProduct = await relay.api('GET', `/api/v1/reports/sales?from=${date}&to=${date}&groupBy=product&storeId=${storeId}`, { token });
      return Object.fromEntries(byProduct.body.data.rows.map((row: { key: string; quantity: number; netCents: number }) => [row.key, [row.quantity, row.netCents]]));
    };

    await post(events.slice(0, firstBatch));
    if (firstBatch === 1) await post(events.slice(1, 2));
    expect(await sold()).toMatchObject({ 'prod-xburger': [1, 2890], 'prod-fries': [0, 0] });
    const [order] = await relay.query('SELECT total_cents FROM pos_modern.orders WHERE store_id = $1 AND id = $2', [storeId, orderId]);
    expect(Number(order.total_cents)).toBe(2890);

    await post(events.slice(2));
    expect(await sold()).toMatchObject({ 'prod-xburger': [0, 0], 'prod-fries': [0, 0] });
  });

  it('raises the other half of a combo to its price when its partner is cancelled, in a later batch too', async () => {
    const { storeId, credential } = await relay.enrolledStore('DC-3');
    const token = await relay.adminToken();
    const date = '2026-11-22';
    const event = orderEvents();
    const orderId = crypto.randomUUID();
    // Burger and fries with R$ 5,00 off the set, shared 2,90 and 2,10.
    const burger = { ...line('prod-xburger', 'X-Burger', 2890), discountCents: 290, totalCents: 2600, appliedRules: ['combo-lanche'] };
    const fries = { ...line('prod-fries', 'Batata frita', 2100), discountCents: 210, totalCents: 1890, appliedRules: ['combo-lanche'] };
    const post = async (batch: SyntheticEvent[]) => {
      const posted = await relay.api('POST', `/api/v1/stores/${storeId}/events`, { token: credential, body: { events: batch, journalHead: batch.at(-1)!.seq } });
      expect(posted.body.data).toMatchObject({ accepted: batch.length, unprojected: 0 });
    };
    await post([
      event('order.created', orderId, {
        orderId, number: 8, businessDate: date, channel: 'TABLE', tableId: null, customerId: null, status: 'CONFIRMED', items: [burger, fries],
        subtotalCents: 4990, discountCents: 500, totalCents: 4490,
      }, `${date}T19:00:00.000Z`),
    ]);
    await post([
      event('order.item_cancelled', orderId, { orderId, number: 8, itemId: fries.itemId, reason: 'cliente desistiu', managerId: 'gerente', subtotalCents: 2890, discountCents: 290, totalCents: 2600 }, `${date}T19:05:00.000Z`),
      event('order.line_discounts_lowered', orderId, {
        orderId, number: 8, cancelledItemId: fries.itemId, items: [{ itemId: burger.itemId, discountCents: 0, totalCents: 2890, appliedRules: [] }],
        subtotalCents: 2890, discountCents: 0, totalCents: 2890,
      }, `${date}T19:05:00.000Z`),
    ]);
    const byProduct = await relay.api('GET', `/api/v1/reports/sales?from=${date}&to=${date}&groupBy=product&storeId=${storeId}`, { token });
    const sold = Object.fromEntries(byProduct.body.data.rows.map((row: { key: string; quantity: number; netCents: number }) => [row.key, [row.quantity, row.netCents]]));
    expect(sold).toMatchObject({ 'prod-xburger': [1, 2890], 'prod-fries': [0, 0] });
    const [order] = await relay.query('SELECT total_cents FROM pos_modern.orders WHERE store_id = $1 AND id = $2', [storeId, orderId]);
    expect(Number(order.total_cents)).toBe(2890);
    const [stored] = await relay.query('SELECT total_cents, discount_cents FROM pos_modern.order_items WHERE store_id = $1 AND id = $2', [storeId, burger.itemId]);
    expect([Number(stored.total_cents), Number(stored.discount_cents)]).toEqual([2890, 0]);
  });
});
