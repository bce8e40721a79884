import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLE_PERMISSIONS } from '../auth/index.js';
import { VirtualCardNetwork, VirtualCardProvider } from '../devices/tef/index.js';
import type { TestAppliance } from '../kernel/testing/harness.js';
import { ticketsOfOrder } from '../kitchen/index.js';
import { createPaymentsModule } from '../payments/index.js';
import { createStockItem, findStockItem } from '../stock/index.js';
import { apiAs, startTillStore, type Api } from './test-support.js';

/**
 * A guest at a table gives up one dish the waiter already sent to the kitchen. With a manager's
 * approval and a reason, that line leaves the bill (the rest stays to pay), the kitchen voids it
 * on its ticket whether the cook is still at it or already bumped it (expo no longer serves it,
 * the kitchen's history records it), and the order is ready once the rest is done.
 */
describe('cancelling one dish of an order already sent to the kitchen', () => {
  let app: TestAppliance;
  let waiter: Api;
  let manager: Api;
  let kitchen: Api;

  interface Line {
    itemId: string;
    productId: string;
    status: string;
    totalCents: number;
  }
  interface Ticket {
    ticketId: string;
    station: string;
    status: string;
    items: { itemId: string; status: string }[];
  }

  beforeAll(async () => {
    app = await startTillStore(createPaymentsModule({ pixGateways: [], card: new VirtualCardProvider(new VirtualCardNetwork()) }));
    waiter = apiAs(app, [...ROLE_PERMISSIONS.WAITER], 'WAITER');
    manager = apiAs(app, [...ROLE_PERMISSIONS.MANAGER], 'MANAGER', 'user-manager');
    kitchen = apiAs(app, ['kds.operate', 'orders.read'], 'KITCHEN');
  });
  afterAll(() => app.close());

  async function sendRound(table: string, products: string[]) {
    const tab = (await waiter.post(`/tables/${table}/tab`, { guests: 2 })).body.data as { id: string; primaryOrderId: string };
    const round = await waiter.post(`/tabs/${tab.id}/rounds`, { items: products.map((productId) => ({ productId, quantity: 1, ...(productId === 'prod-classic-burger' ? { options: ['medium'] } : {}) })) });
    expect(round.status, JSON.stringify(round.body)).toBe(200);
    const order = (await waiter.get(`/orders/${tab.primaryOrderId}`)).body.data as { id: string; totalCents: number; items: Line[] };
    return { tab, order, line: (productId: string) => order.items.find((i) => i.productId === productId)! };
  }

  const ticketsOf = async (orderId: string): Promise<Ticket[]> => ticketsOfOrder(app.ctx.db, orderId);
  const openOn = async (station: string) => ((await kitchen.get(`/kds/${station}/tickets`)).body.data as Ticket[]).map((t) => t.ticketId);

  it('needs a manager, takes the dish off the bill and voids it on the ticket still cooking it', async () => {
    const { order, line } = await sendRound('table-3', ['prod-fries', 'prod-classic-burger']);
    const burger = line('prod-classic-burger');
    const fries = line('prod-fries');

    const refused = await waiter.post(`/orders/${order.id}/items/${burger.itemId}/cancel`, { reason: 'cliente desistiu' });
    expect([refused.status, refused.body.error.code]).toEqual([403, 'MANAGER_OVERRIDE_REQUIRED']);

    const before = app.ctx.journal.lastSeq();
    const approved = await waiter.post(`/orders/${order.id}/items/${burger.itemId}/cancel`, { reason: 'cliente desistiu', managerOverride: { username: 'admin', password: 'Admin#2026' } });
    expect(approved.status, JSON.stringify(approved.body)).toBe(200);
    // Without the burger the burger-and-fries combo is gone: the fries are charged at their price (12,90).
    expect(approved.body.data.totalCents).toBe(1290);
    expect((approved.body.data.items as Line[]).map((i) => [i.productId, i.status])).toEqual([
      ['prod-fries', 'CONFIRMED'],
      ['prod-classic-burger', 'CANCELLED'],
    ]);

    const journaled = app.ctx.journal.readAfter(before);
    const cancelled = journaled.find((e) => e.type === 'order.item_cancelled');
    expect(cancelled?.payload).toMatchObject({ orderId: order.id, itemId: burger.itemId, reason: 'cliente desistiu', totalCents: order.totalCents - burger.totalCents });
    expect(journaled.map((e) => e.type)).toContain('auth.override_granted');
    const tickets = await ticketsOf(order.id);
    const grill = tickets.find((t) => t.items.some((i) => i.itemId === burger.itemId) && t.station !== 'EXPO')!;
    expect(grill.status).toBe('VOIDED');
    expect(journaled.some((e) => e.type === 'kitchen.ticket_voided' && e.aggregateId === grill.ticketId && e.payload.itemId === burger.itemId)).toBe(true);
    expect(await openOn(grill.station)).not.toContain(grill.ticketId);
    const expo = tickets.find((t) => t.station === 'EXPO')!;
    expect(expo.items.map((i) => [i.itemId, i.status])).toEqual([
      [fries.itemId, 'PENDING'],
      [burger.itemId, 'VOIDED'],
    ]);

    // Once the fries are done the order is ready: nothing else is left to cook.
    const fryer = tickets.find((t) => t.station === 'FRYER')!;
    expect((await kitchen.post('/kds/FRYER/commands', { ticketId: fryer.ticketId, action: 'bump' })).status).toBe(200);
    expect((await waiter.get(`/orders/${order.id}`)).body.data.status).toBe('READY');

    const again = await manager.post(`/orders/${order.id}/items/${burger.itemId}/cancel`, { reason: 'cliente desistiu' });
    expect([again.status, again.body.error.code]).toEqual([409, 'ORDER_ITEM_ALREADY_CANCELLED']);
  });

  it('voids a dish the station already bumped, journaled on its ticket, and the order is ready with what is left', async () => {
    const { order, line } = await sendRound('table-4', ['prod-fries', 'prod-classic-burger']);
    const fries = line('prod-fries');
    const burger = line('prod-classic-burger');
    const tickets = await ticketsOf(order.id);
    const fryer = tickets.find((t) => t.station === 'FRYER')!;
    const grill = tickets.find((t) => t.items.some((i) => i.itemId === burger.itemId) && t.station !== 'EXPO')!;
    expect((await kitchen.post('/kds/FRYER/commands', { ticketId: fryer.ticketId, action: 'bump' })).status).toBe(200);

    const before = app.ctx.journal.lastSeq();
    const cancelled = await manager.post(`/orders/${order.id}/items/${fries.itemId}/cancel`, { reason: 'batata fria' });
    expect(cancelled.status, JSON.stringify(cancelled.body)).toBe(200);
    const voided = app.ctx.journal.readAfter(before).filter((e) => e.type === 'kitchen.ticket_voided');
    expect(voided.map((e) => [e.aggregateId, e.payload.itemId, e.payload.status])).toEqual([[fryer.ticketId, fries.itemId, 'BUMPED']]);
    const expo = (await ticketsOf(order.id)).find((t) => t.station === 'EXPO')!;
    expect(expo.items.find((i) => i.itemId === fries.itemId)?.status).toBe('VOIDED');

    expect((await kitchen.post(`/kds/${grill.station}/commands`, { ticketId: grill.ticketId, action: 'bump' })).status).toBe(200);
    expect((await waiter.get(`/orders/${order.id}`)).body.data.status).toBe('READY');
  });

  it('makes the order ready when the cancelled dish was all the kitchen had of it', async () => {
    const tab = (await waiter.post('/tables/table-6/tab', { guests: 1 })).body.data as { id: string; primaryOrderId: string };
    const round = await waiter.post(`/tabs/${tab.id}/rounds`, { items: [{ productId: 'prod-fries', quantity: 1 }, { productId: 'prod-salad-bar', quantity: 350 }] });
    expect(round.status, JSON.stringify(round.body)).toBe(200);
    const order = (await waiter.get(`/orders/${tab.primaryOrderId}`)).body.data as { id: string; status: string; items: Line[] };
    expect(order.status).toBe('CONFIRMED');
    const fries = order.items.find((i) => i.productId === 'prod-fries')!;
    const cancelled = await manager.post(`/orders/${order.id}/items/${fries.itemId}/cancel`, { reason: 'desistiu da batata' });
    expect(cancelled.status, JSON.stringify(cancelled.body)).toBe(200);
    expect(cancelled.body.data.status).toBe('READY');
    expect((await ticketsOf(order.id)).map((t) => t.status)).toEqual(['VOIDED', 'VOIDED']);
  });

  it('gives back the stock the cancelled dish held', async () => {
    const can = await app.ctx.commands.run('test.stock', (tx) =>
      createStockItem(tx, { productId: 'prod-beer', name: 'Cerveja long neck', kind: 'PRODUCT', unit: 'MILLIUNIT', availabilityPolicy: 'BLOCK', initialQuantity: 3000 }),
    );
    const { order, line } = await sendRound('table-8', ['prod-fries', 'prod-beer']);
    expect(findStockItem(app.ctx.db, can.id)).toMatchObject({ reserved: 1000, available: 2000 });
    expect((await manager.post(`/orders/${order.id}/items/${line('prod-beer').itemId}/cancel`, { reason: 'cerveja errada' })).status).toBe(200);
    expect(findStockItem(app.ctx.db, can.id)).toMatchObject({ onHand: 3000, reserved: 0, available: 3000 });
  });

  it('keeps a dish the guests already paid for: the bill would owe less than was paid', async () => {
    const { tab, order, line } = await sendRound('table-7', ['prod-fries', 'prod-classic-burger']);
    const fries = line('prod-fries');
    // More than the burger costs alone (29,90) once the fries and their combo discount are gone.
    const paid = await waiter.post(`/tabs/${tab.id}/card-payments`, { method: 'CREDIT', amountCents: 2990 + 1 });
    expect(paid.status, JSON.stringify(paid.body)).toBe(201);
    const refused = await manager.post(`/orders/${order.id}/items/${fries.itemId}/cancel`, { reason: 'desistiu' });
    expect([refused.status, refused.body.error.code]).toEqual([422, 'ORDER_ITEM_CANCEL_OVER_PAID']);
    expect(refused.body.error.message).toContain('Estorne o pagamento');
    expect((await ticketsOf(order.id)).every((t) => t.items.every((i) => i.status !== 'VOIDED'))).toBe(true);
  });

  it('refuses the last dish of an order: that is cancelling the order', async () => {
    const { order, line } = await sendRound('table-5', ['prod-fries', 'prod-classic-burger']);
    expect((await manager.post(`/orders/${order.id}/items/${line('prod-fries').itemId}/cancel`, { reason: 'desistiu' })).status).toBe(200);
    const last = await manager.post(`/orders/${order.id}/items/${line('prod-classic-burger').itemId}/cancel`, { reason: 'desistiu' });
    expect([last.status, last.body.error.code]).toEqual([422, 'ORDER_ITEM_LAST_LINE']);
    const unknown = await manager.post(`/orders/${order.id}/items/nope/cancel`, { reason: 'desistiu' });
    expect([unknown.status, unknown.body.error.code]).toEqual([404, 'ORDER_ITEM_NOT_FOUND']);
  });
});
