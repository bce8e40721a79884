import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLE_PERMISSIONS } from '../auth/index.js';
import type { TestAppliance } from '../kernel/testing/harness.js';
import { ticketsOfOrder } from '../kitchen/index.js';
import { createStockItem, findStockItem, listMovements, setRecipe } from '../stock/index.js';
import { apiAs, startTillStore, type Api } from './test-support.js';

/**
 * A dish the grill already started (or finished) is cancelled: the meat on it is gone. Stock books
 * it as a loss under the cancel's reason, so the shelf count stays true and the day's waste shows
 * it; what the kitchen never touched (the beer still waiting at the bar) goes back to what can be
 * sold, as before.
 */
describe('cancelling what the kitchen already cooked books its goods as waste', () => {
  let app: TestAppliance;
  let waiter: Api;
  let manager: Api;
  let kitchen: Api;
  let beefId: string;
  let beerId: string;
  let friesId: string;

  beforeAll(async () => {
    app = await startTillStore();
    waiter = apiAs(app, [...ROLE_PERMISSIONS.WAITER], 'WAITER');
    manager = apiAs(app, [...ROLE_PERMISSIONS.MANAGER], 'MANAGER', 'user-manager');
    kitchen = apiAs(app, ['kds.operate', 'orders.read'], 'KITCHEN');
    await app.ctx.commands.run('test.stock', (tx) => {
      beefId = createStockItem(tx, { name: 'Carne moída', kind: 'INGREDIENT', unit: 'GRAM', availabilityPolicy: 'WARN', initialQuantity: 10_000 }).id;
      beerId = createStockItem(tx, { productId: 'prod-beer', name: 'Cerveja long neck', kind: 'PRODUCT', unit: 'MILLIUNIT', availabilityPolicy: 'BLOCK', initialQuantity: 30_000 }).id;
      friesId = createStockItem(tx, { productId: 'prod-fries', name: 'Batata frita porção', kind: 'PRODUCT', unit: 'MILLIUNIT', availabilityPolicy: 'WARN', initialQuantity: 20_000 }).id;
      setRecipe(tx, 'prod-classic-burger', [{ stockItemId: beefId, quantity: 150 }]);
    });
  });
  afterAll(() => app.close());

  const stockOf = (stockItemId: string) => findStockItem(app.ctx.db, stockItemId)!;

  async function sendRound(table: string) {
    const tab = (await waiter.post(`/tables/${table}/tab`, { guests: 2 })).body.data as { id: string; primaryOrderId: string };
    const round = await waiter.post(`/tabs/${tab.id}/rounds`, {
      items: [
        { productId: 'prod-classic-burger', quantity: 2, options: ['medium'] },
        { productId: 'prod-beer', quantity: 1 },
      ],
    });
    expect(round.status, JSON.stringify(round.body)).toBe(200);
    const order = (await waiter.get(`/orders/${tab.primaryOrderId}`)).body.data as { id: string; items: { itemId: string; productId: string }[] };
    const burger = order.items.find((i) => i.productId === 'prod-classic-burger')!;
    const burgerTicket = ticketsOfOrder(app.ctx.db, order.id).find((t) => t.kind === 'STATION' && t.items.some((i) => i.itemId === burger.itemId))!;
    return { order, burger, burgerTicket };
  }

  const lossesOf = (stockItemId: string, orderId: string) =>
    listMovements(app.ctx.db, stockItemId)
      .filter((m) => m.type === 'LOSS' && m.reference === orderId)
      .map((m) => ({ onHandDelta: m.onHandDelta, reason: m.reason }));

  it('an order cancelled while its burgers are on the grill loses their meat and gives the untouched beer back', async () => {
    const [beef, beer] = [stockOf(beefId), stockOf(beerId)];
    const { order, burgerTicket } = await sendRound('table-2');
    expect(stockOf(beefId)).toMatchObject({ onHand: beef.onHand, reserved: beef.reserved + 300 });
    const started = await kitchen.post(`/kds/${burgerTicket.station}/commands`, { ticketId: burgerTicket.ticketId, action: 'start' });
    expect(started.status, JSON.stringify(started.body)).toBe(200);

    const cancelled = await manager.post(`/orders/${order.id}/cancel`, { reason: 'cliente foi embora' });
    expect(cancelled.status, JSON.stringify(cancelled.body)).toBe(200);

    expect(stockOf(beefId)).toMatchObject({ onHand: beef.onHand - 300, reserved: beef.reserved });
    expect(lossesOf(beefId, order.id)).toEqual([{ onHandDelta: -300, reason: 'cliente foi embora' }]);
    expect(stockOf(beerId)).toMatchObject({ onHand: beer.onHand, reserved: beer.reserved });
    expect(lossesOf(beerId, order.id)).toEqual([]);
  });

  it('one burger cancelled after the grill bumped it loses its meat; the other keeps its hold for the bill', async () => {
    const before = stockOf(beefId);
    const { order, burger, burgerTicket } = await sendRound('table-4');
    const bumped = await kitchen.post(`/kds/${burgerTicket.station}/commands`, { ticketId: burgerTicket.ticketId, action: 'bump' });
    expect(bumped.status, JSON.stringify(bumped.body)).toBe(200);

    const cancelled = await manager.post(`/orders/${order.id}/items/${burger.itemId}/cancel`, { reason: 'passou do ponto' });
    expect(cancelled.status, JSON.stringify(cancelled.body)).toBe(200);

    expect(stockOf(beefId)).toMatchObject({ onHand: before.onHand - 300, reserved: before.reserved });
    expect(lossesOf(beefId, order.id)).toEqual([{ onHandDelta: -300, reason: 'passou do ponto' }]);
  });

  it('a dish cancelled before the grill started it goes back to stock whole', async () => {
    const beef = stockOf(beefId);
    const { order, burger } = await sendRound('table-6');
    expect(stockOf(beefId)).toMatchObject({ onHand: beef.onHand, reserved: beef.reserved + 300 });

    const cancelled = await manager.post(`/orders/${order.id}/items/${burger.itemId}/cancel`, { reason: 'pedido errado' });
    expect(cancelled.status, JSON.stringify(cancelled.body)).toBe(200);

    expect(stockOf(beefId)).toMatchObject({ onHand: beef.onHand, reserved: beef.reserved });
    expect(lossesOf(beefId, order.id)).toEqual([]);
  });

  it('a combo counts part by part: the burger on the grill is lost, the fries nobody started go back', async () => {
    const [beef, fries] = [stockOf(beefId), stockOf(friesId)];
    const tab = (await waiter.post('/tables/table-8/tab', { guests: 1 })).body.data as { id: string; primaryOrderId: string };
    const round = await waiter.post(`/tabs/${tab.id}/rounds`, { items: [{ productId: 'prod-combo-classic', quantity: 1, options: ['medium', 'side-fries', 'drink-coke'] }] });
    expect(round.status, JSON.stringify(round.body)).toBe(200);
    expect(stockOf(beefId).reserved).toBe(beef.reserved + 150);
    expect(stockOf(friesId).reserved).toBe(fries.reserved + 1000);
    const burgerTicket = ticketsOfOrder(app.ctx.db, tab.primaryOrderId).find((t) => t.kind === 'STATION' && t.items.some((i) => i.productId === 'prod-classic-burger'))!;
    const burgerPart = burgerTicket.items.find((i) => i.productId === 'prod-classic-burger')!;
    const started = await kitchen.post(`/kds/${burgerTicket.station}/commands`, { ticketId: burgerTicket.ticketId, itemId: burgerPart.itemId, action: 'start' });
    expect(started.status, JSON.stringify(started.body)).toBe(200);

    expect((await manager.post(`/orders/${tab.primaryOrderId}/cancel`, { reason: 'cliente desistiu' })).status).toBe(200);

    expect(stockOf(beefId)).toMatchObject({ onHand: beef.onHand - 150, reserved: beef.reserved });
    expect(stockOf(friesId)).toMatchObject({ onHand: fries.onHand, reserved: fries.reserved });
    expect(lossesOf(friesId, tab.primaryOrderId)).toEqual([]);
  });
});
