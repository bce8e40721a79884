import { describe, expect, it } from 'vitest';
import { useTillWithOpenDrawer } from './till-test-support.js';

/**
 * An inventory count taken while tables are open. Stock reserves a line's goods when the
 * round goes to the kitchen/bar (confirm) and takes them out of `onHand` only when the order is
 * paid/completed. A long-neck sent to table 1 is physically gone from the fridge, yet still counted
 * in `onHand` until the tab is paid. A count that set `onHand` to the counted number would take the
 * beers on the table out once by the count (they were not in the fridge) and a second time by the
 * SALE when the tab is paid, so POST /stock/counts compares the count with onHand − reserved.
 *
 * Harm otherwise: every count done during service (the usual "contagem de turno") understates stock by what
 * open tabs hold; with BLOCK items the POS then refuses to sell goods that are on the shelf, the
 * purchase list over-orders, and the loss report shows a shortage nobody caused.
 */
describe('a count posted while a tab holds goods does not take them out twice', () => {
  const till = useTillWithOpenDrawer();

  it('ends with the fridge count once the tab that held two beers is paid', async () => {
    const item = await till.manager.post('/stock/items', { productId: 'prod-beer', name: 'Cerveja long neck', kind: 'PRODUCT', unit: 'MILLIUNIT', initialQuantity: 10_000 });
    expect(item.status, JSON.stringify(item.body)).toBe(201);
    const beerId = item.body.data.id as string;

    const tab = await till.cashier.post('/tables/table-1/tab', { guests: 2 });
    expect(tab.status, JSON.stringify(tab.body)).toBe(201);
    const round = await till.cashier.post(`/tabs/${tab.body.data.id}/rounds`, { items: [{ productId: 'prod-beer', quantity: 2 }] });
    expect(round.status, JSON.stringify(round.body)).toBe(200);
    const orderId = round.body.data.order.id as string;
    expect((await till.manager.get(`/stock/items/${beerId}`)).body.data).toMatchObject({ onHand: 10_000, reserved: 2_000 });

    // The two beers are on the table. The clerk counts the fridge: 8 long-necks.
    const count = await till.manager.post('/stock/counts', { reason: 'contagem de turno', lines: [{ stockItemId: beerId, countedQuantity: 8_000 }] });
    expect(count.status, JSON.stringify(count.body)).toBe(201);

    // The bar hands them over and the table pays: the order completes and its SALE is booked.
    expect((await till.manager.post(`/orders/${orderId}/status`, { status: 'READY' })).status).toBe(200);
    const paid = await till.cashier.post(`/orders/${orderId}/payments`, { method: 'CASH', tenderedCents: 5_000 });
    expect(paid.status, JSON.stringify(paid.body)).toBe(201);
    expect((await till.cashier.get(`/orders/${orderId}`)).body.data.status).toBe('COMPLETED');

    // Nothing else left the fridge: the books must say 8, as counted (not 6).
    const after = (await till.manager.get(`/stock/items/${beerId}`)).body.data;
    expect({ onHand: after.onHand, reserved: after.reserved }).toEqual({ onHand: 8_000, reserved: 0 });
  });
});
