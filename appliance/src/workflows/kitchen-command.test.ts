import mqtt from 'mqtt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestAppliance } from '../kernel/testing/harness.js';
import { apiAs, startDemoStore, type Api } from './test-support.js';

const ORDER_PERMS = ['orders.create', 'orders.read', 'orders.confirm', 'orders.cancel'];

describe('kitchen-command workflow: KDS commands move the order', () => {
  let app: TestAppliance;
  let cashier: Api;
  let kitchen: Api;

  const placeOrder = async (items: unknown[]) => {
    const order = (await cashier.post('/orders', { channel: 'COUNTER', items })).body.data;
    const confirmed = await cashier.post(`/orders/${order.id}/confirm`);
    expect(confirmed.status).toBe(200);
    return { id: order.id as string, tickets: confirmed.body.data.kitchenTickets as { ticketId: string; station: string; kind: string }[] };
  };
  const status = async (orderId: string) => (await cashier.get(`/orders/${orderId}`)).body.data.status;

  beforeAll(async () => {
    app = await startDemoStore();
    cashier = apiAs(app, ORDER_PERMS, 'CASHIER');
    kitchen = apiAs(app, ['kds.operate', 'orders.read'], 'KITCHEN');
  });
  afterAll(() => app.close());

  it('start → PREPARING, last station bump → READY, recall → PREPARING again, over HTTP', async () => {
    const order = await placeOrder([
      { productId: 'prod-classic-burger', quantity: 1, options: ['medium'] },
      { productId: 'prod-fries', quantity: 1 },
    ]);
    const grill = order.tickets.find((t) => t.station === 'GRILL')!;
    const fryer = order.tickets.find((t) => t.station === 'FRYER')!;
    const started = await kitchen.post('/kds/GRILL/commands', { ticketId: grill.ticketId, action: 'start' });
    expect(started.status).toBe(200);
    expect(await status(order.id)).toBe('PREPARING');
    await kitchen.post('/kds/GRILL/commands', { ticketId: grill.ticketId, action: 'bump' });
    expect(await status(order.id)).toBe('PREPARING');
    const last = await kitchen.post('/kds/FRYER/commands', { ticketId: fryer.ticketId, action: 'bump' });
    expect(last.body.data).toMatchObject({ orderFullyBumped: true, changed: true });
    expect(await status(order.id)).toBe('READY');
    const duplicate = await kitchen.post('/kds/FRYER/commands', { ticketId: fryer.ticketId, action: 'bump' });
    expect(duplicate.body.data.changed).toBe(false);
    expect(await status(order.id)).toBe('READY');
    await kitchen.post('/kds/FRYER/commands', { ticketId: fryer.ticketId, action: 'recall' });
    expect(await status(order.id)).toBe('PREPARING');
    const types = app.ctx.journal.readAfter(0).filter((e) => e.aggregateId === order.id).map((e) => e.type);
    expect(types).toEqual(['order.created', 'order.confirmed', 'order.preparing', 'order.ready', 'order.preparing']);
  });

  it("the expo's bump after every station bumped closes its ticket and moves the order no further", async () => {
    const order = await placeOrder([{ productId: 'prod-fries', quantity: 1 }]);
    const fryer = order.tickets.find((t) => t.station === 'FRYER')!;
    const expo = order.tickets.find((t) => t.kind === 'EXPO')!;
    await kitchen.post('/kds/FRYER/commands', { ticketId: fryer.ticketId, action: 'bump' });
    expect(await status(order.id)).toBe('READY');
    const before = app.ctx.journal.lastSeq();
    const bumped = await kitchen.post(`/kds/${expo.station}/commands`, { ticketId: expo.ticketId, action: 'bump' });
    expect(bumped.body.data).toMatchObject({ changed: true, orderFullyBumped: true, ticket: { status: 'BUMPED' } });
    expect(await status(order.id)).toBe('READY');
    expect(app.ctx.journal.readAfter(before).map((e) => e.type)).toEqual(['kitchen.ticket_bumped']);
  });

  it('a bump straight from CONFIRMED over MQTT makes the order READY, through PREPARING, in the same commit', async () => {
    const order = await placeOrder([{ productId: 'prod-fries', quantity: 2 }]);
    const fryer = order.tickets.find((t) => t.station === 'FRYER')!;
    const kds = await mqtt.connectAsync(`mqtt://127.0.0.1:${app.mqttPort}`, { username: 'device:KDS:FRYER:EXPO', password: 'test', reconnectPeriod: 0 });
    try {
      kds.publish(`store/${app.ctx.config.storeId}/kds/FRYER/commands`, JSON.stringify({ ticketId: fryer.ticketId, action: 'bump' }), { qos: 1 });
      const deadline = Date.now() + 3000;
      while ((await status(order.id)) !== 'READY' && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      expect(await status(order.id)).toBe('READY');
      const events = app.ctx.journal.readAfter(0).filter((e) => e.aggregateId === order.id || ('orderId' in e.payload && e.payload.orderId === order.id));
      const bump = events.find((e) => e.type === 'kitchen.ticket_bumped')!;
      const readyEvent = events.find((e) => e.type === 'order.ready')!;
      expect(readyEvent.correlationId).toBe(bump.correlationId);
      expect(readyEvent.actor).toEqual({ type: 'device', id: 'device-KDS' });
    } finally {
      await kds.endAsync();
    }
  });

  it('leaves a cancelled order alone: its tickets are void and a late bump is refused', async () => {
    const order = await placeOrder([{ productId: 'prod-fries', quantity: 1 }]);
    const manager = apiAs(app, [...ORDER_PERMS, 'orders.override'], 'MANAGER');
    const cancelled = await manager.post(`/orders/${order.id}/cancel`, { reason: 'cliente desistiu' });
    expect(cancelled.status).toBe(200);
    const fryer = order.tickets.find((t) => t.station === 'FRYER')!;
    const late = await kitchen.post('/kds/FRYER/commands', { ticketId: fryer.ticketId, action: 'bump' });
    expect([late.status, late.body.error.code]).toEqual([409, 'KITCHEN_TICKET_VOIDED']);
    expect(await status(order.id)).toBe('CANCELLED');
  });

  it('does not bring back to the screen a ticket of an order cancelled after its bump', async () => {
    const order = await placeOrder([{ productId: 'prod-fries', quantity: 1 }]);
    const fryer = order.tickets.find((t) => t.station === 'FRYER')!;
    expect((await kitchen.post('/kds/FRYER/commands', { ticketId: fryer.ticketId, action: 'bump' })).status).toBe(200);
    const manager = apiAs(app, [...ORDER_PERMS, 'orders.override'], 'MANAGER');
    expect((await manager.post(`/orders/${order.id}/cancel`, { reason: 'cliente desistiu' })).status).toBe(200);

    // "R" recalls the most recent bump: the fries of a cancelled order must not be cooked again.
    const recall = await kitchen.post('/kds/FRYER/commands', { ticketId: fryer.ticketId, action: 'recall' });
    expect([recall.status, recall.body.error?.code]).toEqual([409, 'KITCHEN_ORDER_CANCELLED']);
    expect(recall.body.error.message).toMatch(/cancelado/);
    const open = (await kitchen.get('/kds/FRYER/tickets')).body.data as { ticketId: string }[];
    expect(open.some((t) => t.ticketId === fryer.ticketId)).toBe(false);
  });

  /**
   * The expediter runs the pass: once every dish of an order is up, expo bumps it and it leaves the
   * expo screen. When a station then takes one of those dishes back (the guest sent the burger back,
   * the cook recalls it to make it again), the expo screen must show the order again, with that dish
   * cooking, so the remade burger is not left on the pass with nobody to run it; the station's bump
   * shows it ready there, and the expo's own bump hands it over once more.
   */
  interface ScreenTicket {
    ticketId: string;
    station: string;
    kind: string;
    status: string;
    items: { itemId: string; status: string }[];
  }
  const screen = async (station: string) => (await kitchen.get(`/kds/${station}/tickets`)).body.data as ScreenTicket[];
  const expoScreen = () => screen('EXPO');
  const itemsOf = async (ticket: { ticketId: string; station: string }) => (await screen(ticket.station)).find((t) => t.ticketId === ticket.ticketId)!.items;

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
