import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { handJournal, orderLine } from '../testing/synthetic-store.js';
import { useTestRelay } from '../testing/use-test-relay.js';

/**
 * HQ's sales by product shows what each product really brought in, as the store's day does: a
 * discount given on the whole bill comes off its lines in proportion to what each line cost, and
 * money given back to a customer comes off the lines of the bill it was refunded on, in proportion
 * to what each line was charged. Each share is to the centavo, the leftover centavos going to the
 * largest remainders, so the products add up to the period's net sales, by store or by day.
 */
const relay = useTestRelay();

describe('the sales-by-product report', () => {
  it('takes a bill\'s discount and a refund off its products, and adds up to the net sales of the day', async () => {
    const { storeId, credential } = await relay.enrolledStore('PRODUTOS-LIQUIDO');
    const token = await relay.adminToken();
    const event = handJournal();
    const date = '2026-11-21';
    const at = (time: string) => `${date}T${time}:00.000Z`;
    const captured = (paymentId: string, orderId: string, amountCents: number, time: string) =>
      event('payment.captured', 'payment', paymentId, { paymentId, orderId, businessDate: date, method: 'CASH', amountCents, tenderedCents: amountCents, changeCents: 0, provider: 'CASH', providerRef: null, payerLabel: null, cashierSessionId: 'cs-1', splitRules: [] }, at(time));

    // Bill 1: burger 30,00 + fries 10,00 with a 4,00 discount on the bill (36,00 paid), then 9,00 given back.
    const bill1 = crypto.randomUUID();
    const burger = orderLine('prod-burger', 'X-Burger', 3000);
    const fries = orderLine('prod-fries', 'Batata', 1000);
    const pay1 = crypto.randomUUID();
    // Bill 2: fries 10,00 and a soda 5,00, paid in full.
    const bill2 = crypto.randomUUID();
    const events = [
      event('order.created', 'order', bill1, { orderId: bill1, number: 1, businessDate: date, channel: 'COUNTER', tableId: null, customerId: null, status: 'DRAFT', items: [burger, fries], subtotalCents: 4000, discountCents: 0, totalCents: 4000 }, at('18:00')),
      event('order.discount_applied', 'order', bill1, { orderId: bill1, number: 1, amountCents: 400, reason: 'cliente fiel', subtotalCents: 4000, discountCents: 400, totalCents: 3600 }, at('18:05')),
      captured(pay1, bill1, 3600, '18:10'),
      event('order.completed', 'order', bill1, { orderId: bill1, number: 1, businessDate: date, status: 'COMPLETED', totalCents: 3600 }, at('18:10')),
      event('order.created', 'order', bill2, { orderId: bill2, number: 2, businessDate: date, channel: 'COUNTER', tableId: null, customerId: null, status: 'DRAFT', items: [orderLine('prod-fries', 'Batata', 1000), orderLine('prod-soda', 'Refrigerante', 500)], subtotalCents: 1500, discountCents: 0, totalCents: 1500 }, at('18:15')),
      captured(crypto.randomUUID(), bill2, 1500, '18:20'),
      event('order.completed', 'order', bill2, { orderId: bill2, number: 2, businessDate: date, status: 'COMPLETED', totalCents: 1500 }, at('18:20')),
    ];
    const refund = event('payment.refunded', 'payment', pay1, { paymentId: pay1, refundId: crypto.randomUUID(), orderId: bill1, businessDate: date, saleBusinessDate: date, method: 'CASH', amountCents: 900, reason: 'demorou', authorizedBy: null }, at('18:40'));
    // The refund reaches HQ in a later upload than the sale, as it does when it happens later.
    const first = await relay.api('POST', `/api/v1/stores/${storeId}/events`, { token: credential, body: { events, journalHead: events.length } });
    expect(first.body.data, JSON.stringify(first.body)).toMatchObject({ accepted: events.length, unprojected: 0 });
    const second = await relay.api('POST', `/api/v1/stores/${storeId}/events`, { token: credential, body: { events: [refund], journalHead: refund.seq } });
    expect(second.body.data).toMatchObject({ accepted: 1, unprojected: 0 });

    const report = (groupBy: string) => relay.api('GET', `/api/v1/reports/sales?from=${date}&to=${date}&storeId=${storeId}&groupBy=${groupBy}`, { token });
    const byStore = (await report('store')).body.data.totals;
    expect(byStore).toMatchObject({ grossCents: 5100, refundedCents: 900, netCents: 4200 });

    const byProduct = (await report('product')).body.data;
    const rows = Object.fromEntries(byProduct.rows.map((row: { key: string; grossCents: number; refundedCents: number; netCents: number }) => [row.key, [row.grossCents, row.refundedCents, row.netCents]]));
    // Bill 1's discount: 4,00 × 30/40 = 3,00 off the burger, 1,00 off the fries. Its refund, 9,00 of
    // the 36,00 charged: 9 × 27/36 = 6,75 off the burger, 2,25 off the fries.
    expect(rows).toEqual({
      'prod-burger': [2700, 675, 2025],
      'prod-fries': [900 + 1000, 225, 1675],
      'prod-soda': [500, 0, 500],
    });
    expect(byProduct.totals).toMatchObject({ grossCents: byStore.grossCents, refundedCents: byStore.refundedCents, netCents: byStore.netCents });
  });
  it('spreads a bill\'s discount again over the lines added after it, to the centavo', async () => {
    const { storeId, credential } = await relay.enrolledStore('PRODUTOS-RATEIO');
    const token = await relay.adminToken();
    const event = handJournal();
    const date = '2026-11-22';
    const at = (time: string) => `${date}T${time}:00.000Z`;
    const bill = crypto.randomUUID();
    const paymentId = crypto.randomUUID();
    const post = async (events: ReturnType<typeof event>[]) => {
      const posted = await relay.api('POST', `/api/v1/stores/${storeId}/events`, { token: credential, body: { events, journalHead: events.at(-1)!.seq } });
      expect(posted.body.data).toMatchObject({ accepted: events.length, unprojected: 0 });
    };
    // A table's tab: two dishes and a 1,00 discount on the bill; a third dish comes in a later upload.
    const dishes = [orderLine('prod-a', 'Prato A', 1000), orderLine('prod-b', 'Prato B', 1000), orderLine('prod-c', 'Prato C', 1000)];
    await post([
      event('order.created', 'order', bill, { orderId: bill, number: 7, businessDate: date, channel: 'TABLE', tableId: null, customerId: null, status: 'DRAFT', items: dishes.slice(0, 2), subtotalCents: 2000, discountCents: 0, totalCents: 2000 }, at('19:00')),
      event('order.discount_applied', 'order', bill, { orderId: bill, number: 7, amountCents: 100, reason: 'aniversário', subtotalCents: 2000, discountCents: 100, totalCents: 1900 }, at('19:05')),
    ]);
    await post([
      event('order.items_added', 'order', bill, { orderId: bill, items: [dishes[2]], subtotalCents: 3000, discountCents: 100, totalCents: 2900 }, at('19:30')),
      event('payment.captured', 'payment', paymentId, { paymentId, orderId: bill, businessDate: date, method: 'PIX', amountCents: 2900, tenderedCents: 2900, changeCents: 0, provider: 'ASAAS', providerRef: 'pix-1', payerLabel: null, cashierSessionId: 'cs-1', splitRules: [] }, at('20:00')),
      event('order.completed', 'order', bill, { orderId: bill, number: 7, businessDate: date, status: 'COMPLETED', totalCents: 2900 }, at('20:00')),
    ]);

    const report = (groupBy: string) => relay.api('GET', `/api/v1/reports/sales?from=${date}&to=${date}&storeId=${storeId}&groupBy=${groupBy}`, { token });
    const byProduct = (await report('product')).body.data;
    // 1,00 over three lines of 10,00: 0,33 each, and the centavo left to one line, the same one
    // whenever the bill is spread again (HQ keeps no line positions: the line with the smallest id).
    const first = dishes.reduce((a, b) => (a.itemId < b.itemId ? a : b));
    const expected = Object.fromEntries(dishes.map((dish) => [dish.productId, dish === first ? 966 : 967]));
    expect(Object.fromEntries(byProduct.rows.map((row: { key: string; netCents: number }) => [row.key, row.netCents]))).toEqual(expected);
    expect(byProduct.totals.netCents).toBe((await report('store')).body.data.totals.netCents);
  });
});
