/**
 * The expediter runs the pass: once every dish of an order is up, expo bumps it and it leaves the
 * expo screen. When a station then takes one of those dishes back (the guest sent the burger back,
 * the cook recalls it to make it again), the expo screen must show the order again, with that dish
 * cooking, so the remade burger is not left on the pass with nobody to run it; the station's bump
 * shows it ready there, and the expo's own bump hands it over once more.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestAppliance } from '../kernel/testing/harness.js';
import { apiAs, startDemoStore, type Api } from './test-support.js';

interface Ticket {
  ticketId: string;
  station: string;
  kind: string;
  status: string;
  items: { itemId: string; status: string }[];
}

describe('expo sees again a dish a station took back after the hand-off', () => {
  let app: TestAppliance;
  let cashier: Api;
  let kitchen: Api;

  const placeOrder = async (items: unknown[]) => {
    const order = (await cashier.post('/orders', { channel: 'COUNTER', items })).body.data;
    const confirmed = await cashier.post(`/orders/${order.id}/confirm`);
    expect(confirmed.status).toBe(200);
    return { id: order.id as string, tickets: confirmed.body.data.kitchenTickets as Ticket[] };
  };
  const screen = async (station: string) => (await kitchen.get(`/kds/${station}/tickets`)).body.data as Ticket[];
  const expoScreen = () => screen('EXPO');
  const itemsOf = async (ticket: Ticket) => (await screen(ticket.station)).find((t) => t.ticketId === ticket.ticketId)!.items;
  const status = async (orderId: string) => (await cashier.get(`/orders/${orderId}`)).body.data.status;

  beforeAll(async () => {
    app = await startDemoStore();
    cashier = apiAs(app, ['orders.create', 'orders.read', 'orders.confirm'], 'CASHIER');
    kitchen = apiAs(app, ['kds.operate', 'orders.read'], 'KITCHEN');
  });
  afterAll(() => app.close());

  it('a station ticket recalled after the expo bump puts the order back on the expo screen until expo bumps it again', async () => {
    const order = await placeOrder([
      { productId: 'prod-classic-burger', quantity: 1, options: ['medium'] },
      { productId: 'prod-fries', quantity: 1 },
    ]);
    const grill = order.tickets.find((t) => t.station === 'GRILL')!;
    const expo = order.tickets.find((t) => t.kind === 'EXPO')!;
    const burgerId = (await itemsOf(grill))[0].itemId;
    expect((await kitchen.post('/kds/EXPO/commands', { ticketId: expo.ticketId, action: 'bump' })).status).toBe(200);
    expect((await expoScreen()).some((t) => t.ticketId === expo.ticketId)).toBe(false);
    expect(await status(order.id)).toBe('READY');

    const recalled = await kitchen.post('/kds/GRILL/commands', { ticketId: grill.ticketId, action: 'recall' });
    expect(recalled.status).toBe(200);
    expect(await status(order.id)).toBe('PREPARING');
    const back = (await expoScreen()).find((t) => t.ticketId === expo.ticketId);
    expect(back?.status).toBe('IN_PROGRESS');
    const burger = back!.items.find((i) => i.itemId === burgerId)!;
    expect(burger.status).toBe('IN_PROGRESS');

    // The grill plates it again: expo still holds the order, now all done, until it runs it.
    expect((await kitchen.post('/kds/GRILL/commands', { ticketId: grill.ticketId, action: 'bump' })).status).toBe(200);
    expect(await status(order.id)).toBe('READY');
    const ready = (await expoScreen()).find((t) => t.ticketId === expo.ticketId);
    expect(ready?.items.every((i) => i.status === 'DONE')).toBe(true);
    expect((await kitchen.post('/kds/EXPO/commands', { ticketId: expo.ticketId, action: 'bump' })).status).toBe(200);
    expect((await expoScreen()).some((t) => t.ticketId === expo.ticketId)).toBe(false);

    const expoEvents = app.ctx.journal.readAfter(0).filter((e) => e.aggregateId === expo.ticketId).map((e) => e.type);
    expect(expoEvents).toEqual(['kitchen.ticket_created', 'kitchen.ticket_bumped', 'kitchen.ticket_recalled', 'kitchen.ticket_updated', 'kitchen.ticket_bumped']);
  });

  it('one dish recalled on the expo screen itself after its bump brings the order back there as well', async () => {
    const order = await placeOrder([{ productId: 'prod-fries', quantity: 1 }]);
    const expo = order.tickets.find((t) => t.kind === 'EXPO')!;
    const [fries] = await itemsOf(order.tickets.find((t) => t.station === 'FRYER')!);
    expect((await kitchen.post('/kds/EXPO/commands', { ticketId: expo.ticketId, action: 'bump' })).status).toBe(200);
    const recalled = await kitchen.post('/kds/EXPO/commands', { ticketId: expo.ticketId, itemId: fries.itemId, action: 'recall' });
    expect(recalled.status).toBe(200);
    const back = (await expoScreen()).find((t) => t.ticketId === expo.ticketId);
    expect(back?.items.map((i) => i.status)).toEqual(['IN_PROGRESS']);
    expect(await status(order.id)).toBe('PREPARING');
  });
});
