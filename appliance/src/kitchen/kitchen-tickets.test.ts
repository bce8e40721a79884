import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestAppliance, type TestAppliance } from '../kernel/testing/harness.js';
import { voidOrderTickets } from './commands.js';
import { createKitchenModule } from './index.js';
import { DEMO_STATIONS } from './stations.js';
import { loadTicket } from './tickets.js';
import { command, kitchenCommandsOnly, ManualClock, orderInput, orderItem, route, seedStations } from './test-support.js';

describe('kitchen tickets', () => {
  let app: TestAppliance;
  const clock = new ManualClock();
  const error = (promise: Promise<unknown>) => promise.then(() => null, (e) => e.code as string);

  beforeAll(async () => {
    app = await startTestAppliance([createKitchenModule(), kitchenCommandsOnly], { clock });
    await seedStations(app, [
      ...DEMO_STATIONS.map((s) => (s.code === 'COLD' ? { ...s, categories: ['cat-salads'] } : s)),
    ]);
  });
  afterAll(() => app.close());

  it('routes by item station, then category, then the default station, with one expo ticket holding everything', async () => {
    const input = orderInput(1, [
      orderItem('X-Burger', 'GRILL', 600, { modifiers: ['+ bacon'], notes: 'sem cebola' }),
      orderItem('Salada', null, 120, { categoryId: 'cat-salads' }),
      orderItem('Milkshake', null, 180),
      orderItem('Batata', 'NOPE', 240),
    ]);
    const tickets = await route(app, input);
    const byStation = Object.fromEntries(tickets.map((t) => [t.station, t]));
    expect(Object.keys(byStation).sort()).toEqual(['ASSEMBLY', 'COLD', 'EXPO', 'GRILL']);
    expect(byStation.ASSEMBLY.items.map((i) => i.name)).toEqual(['Milkshake', 'Batata']);
    expect(byStation.EXPO.kind).toBe('EXPO');
    expect(byStation.EXPO.items.map((i) => [i.name, i.station])).toEqual([
      ['X-Burger', 'GRILL'],
      ['Salada', 'COLD'],
      ['Milkshake', 'ASSEMBLY'],
      ['Batata', 'ASSEMBLY'],
    ]);
    expect(byStation.GRILL.items[0]).toMatchObject({ modifiers: ['+ bacon'], notes: 'sem cebola', status: 'PENDING' });
    // prep-sync: everything is due when the 10-minute burger is.
    const now = clock.now().getTime();
    const due = new Date(now + 600_000).toISOString();
    expect(tickets.every((t) => t.dueAt === due)).toBe(true);
    expect(byStation.COLD.fireAt).toBe(new Date(now + 480_000).toISOString());
    expect(byStation.ASSEMBLY.items.map((i) => i.fireAt)).toEqual([new Date(now + 420_000).toISOString(), new Date(now + 360_000).toISOString()]);
    expect(byStation.GRILL.timers).toMatchObject({ warnAfterSeconds: 300, lateAfterSeconds: 480, startedAt: null });
    const events = app.ctx.journal.readAfter(0).filter((e) => e.type === 'kitchen.ticket_created');
    expect(events).toHaveLength(4);
  });

  it('returns and journals each ticket exactly as it reads back from SQLite', async () => {
    const input = orderInput(40, [orderItem('X-Tudo', 'GRILL', 500, { modifiers: ['+ ovo'], notes: 'bem passado' }), orderItem('Suco', null, 60), orderItem('Salada', null, 90, { categoryId: 'cat-salads' })], { tableLabel: 'Mesa 4' });
    const tickets = await route(app, input);
    expect(tickets).toHaveLength(4);
    const journaled = app.ctx.journal
      .readAfter(0)
      .filter((e) => e.type === 'kitchen.ticket_created')
      .filter((e) => e.payload.ticket?.orderId === input.orderId);
    for (const ticket of tickets) {
      expect(ticket).toEqual(loadTicket(app.ctx.db, ticket.ticketId));
      expect(journaled.find((e) => e.payload.ticket?.ticketId === ticket.ticketId)?.payload).toMatchObject({ ticket: loadTicket(app.ctx.db, ticket.ticketId) });
    }
  });

  it('never duplicates a ticket when the same order is routed twice', async () => {
    const input = orderInput(2, [orderItem('X-Salada', 'GRILL', 300)]);
    expect(await route(app, input)).toHaveLength(2);
    expect(await route(app, input)).toEqual([]);
    const extra = { ...input, items: [...input.items, orderItem('Refri', 'ASSEMBLY', 0)] };
    const second = await route(app, extra);
    expect(second.map((t) => [t.station, t.items.map((i) => i.name)])).toEqual([
      ['ASSEMBLY', ['Refri']],
      ['EXPO', ['Refri']],
    ]);
  });

  it('bumps station tickets; the order is fully bumped only when every station ticket is', async () => {
    const tickets = await route(app, orderInput(3, [orderItem('Burger', 'GRILL', 600), orderItem('Fritas', 'FRYER', 240)]));
    const [grill, fryer, expo] = ['GRILL', 'FRYER', 'EXPO'].map((s) => tickets.find((t) => t.station === s)!);
    const started = await command(app, 'GRILL', { ticketId: grill.ticketId, action: 'start' });
    expect(started).toMatchObject({ changed: true, orderStarted: true, orderFullyBumped: false });
    expect(started.ticket.status).toBe('IN_PROGRESS');
    expect(started.ticket.items[0].status).toBe('IN_PROGRESS');
    const first = await command(app, 'GRILL', { ticketId: grill.ticketId, action: 'bump' });
    expect(first).toMatchObject({ changed: true, orderFullyBumped: false });
    expect(first.ticket.status).toBe('BUMPED');
    const before = app.ctx.journal.lastSeq();
    const again = await command(app, 'GRILL', { ticketId: grill.ticketId, action: 'bump' });
    expect(again.changed).toBe(false);
    expect(app.ctx.journal.lastSeq()).toBe(before);
    const last = await command(app, 'FRYER', { ticketId: fryer.ticketId, action: 'bump' });
    expect(last).toMatchObject({ changed: true, orderFullyBumped: true, orderId: grill.orderId });
    const expoNow = (await app.ctx.commands.run('read', (tx) => tx.db.prepare('SELECT status FROM kitchen_tickets WHERE id = ?').pluck().get(expo.ticketId))) as string;
    expect(expoNow).toBe('OPEN');
    const handedOff = await command(app, 'EXPO', { ticketId: expo.ticketId, action: 'bump' });
    expect(handedOff.ticket.status).toBe('BUMPED');
    expect(handedOff.ticket.items.map((i) => i.status)).toEqual(['DONE', 'DONE']);
  });

  it('lets expo bump the whole order at once', async () => {
    const tickets = await route(app, orderInput(4, [orderItem('Burger', 'GRILL', 600), orderItem('Fritas', 'FRYER', 240)]));
    const expo = tickets.find((t) => t.kind === 'EXPO')!;
    const result = await command(app, 'EXPO', { ticketId: expo.ticketId, action: 'bump' });
    expect(result).toMatchObject({ changed: true, orderFullyBumped: true, orderStarted: true });
    const statuses = app.ctx.db.prepare('SELECT station, status FROM kitchen_tickets WHERE order_id = ? ORDER BY station').all(expo.orderId);
    expect(statuses).toEqual([
      { station: 'EXPO', status: 'BUMPED' },
      { station: 'FRYER', status: 'BUMPED' },
      { station: 'GRILL', status: 'BUMPED' },
    ]);
  });

  it('bumps item by item; the last item closes the ticket', async () => {
    const [grill] = await route(app, orderInput(5, [orderItem('Burger', 'GRILL', 600), orderItem('Cheddar', 'GRILL', 500)]));
    const [a, b] = grill.items;
    const one = await command(app, 'GRILL', { ticketId: grill.ticketId, itemId: a.itemId, action: 'bump' });
    expect(one.ticket.status).toBe('IN_PROGRESS');
    expect(one.ticket.items.map((i) => i.status)).toEqual(['DONE', 'PENDING']);
    const two = await command(app, 'GRILL', { ticketId: grill.ticketId, itemId: b.itemId, action: 'bump' });
    expect(two.ticket.status).toBe('BUMPED');
    expect(two.orderFullyBumped).toBe(true);
    expect(await error(command(app, 'GRILL', { ticketId: grill.ticketId, itemId: 'nope', action: 'bump' }))).toBe('KITCHEN_ITEM_NOT_FOUND');
  });

  it('recalls a recently bumped ticket, and refuses after the recall window', async () => {
    const [grill] = await route(app, orderInput(6, [orderItem('Burger', 'GRILL', 600)]));
    await command(app, 'GRILL', { ticketId: grill.ticketId, action: 'bump' });
    const recalled = await command(app, 'GRILL', { ticketId: grill.ticketId, action: 'recall' });
    expect(recalled.ticket.status).toBe('IN_PROGRESS');
    expect(recalled.ticket.timers.bumpedAt).toBeNull();
    expect(recalled.orderFullyBumped).toBe(false);
    expect((await command(app, 'GRILL', { ticketId: grill.ticketId, action: 'recall' })).changed).toBe(false);
    await command(app, 'GRILL', { ticketId: grill.ticketId, action: 'bump' });
    clock.advance(31 * 60);
    expect(await error(command(app, 'GRILL', { ticketId: grill.ticketId, action: 'recall' }))).toBe('KITCHEN_RECALL_EXPIRED');
  });

  it('voids an order: every open ticket closes, expo included; commands on it are refused', async () => {
    const tickets = await route(app, orderInput(7, [orderItem('Burger', 'GRILL', 600), orderItem('Salada', 'COLD', 60)]));
    const result = await app.ctx.commands.run('void', (tx) => voidOrderTickets(tx, tickets[0].orderId));
    expect(result.map((t) => t.status)).toEqual(['VOIDED', 'VOIDED', 'VOIDED']);
    expect(await error(command(app, 'GRILL', { ticketId: tickets[0].ticketId, action: 'bump' }))).toBe('KITCHEN_TICKET_VOIDED');
    expect(await error(command(app, 'GRILL', { ticketId: tickets[0].ticketId, action: 'start' }))).toBe('KITCHEN_TICKET_CLOSED');
    expect((await command(app, 'GRILL', { ticketId: tickets[0].ticketId, action: 'void' })).changed).toBe(false);
  });

  it('journals a line voided after its ticket was bumped on that ticket, and tells the expo still serving it', async () => {
    const tickets = await route(app, orderInput(9, [orderItem('Burger', 'GRILL', 600), orderItem('Cheddar', 'GRILL', 500)]));
    const [grill, expo] = ['GRILL', 'EXPO'].map((s) => tickets.find((t) => t.station === s)!);
    const [burger, cheddar] = grill.items;
    await command(app, 'GRILL', { ticketId: grill.ticketId, action: 'bump' });
    const before = app.ctx.journal.lastSeq();
    const voided = await command(app, 'EXPO', { ticketId: expo.ticketId, itemId: burger.itemId, action: 'void' });
    expect(voided).toMatchObject({ changed: true, orderFullyBumped: true });
    const events = app.ctx.journal.readAfter(before).filter((e) => e.type.startsWith('kitchen.'));
    const seen = (e: (typeof events)[number]) => ({ ...(e.payload as { status: string; itemId?: string }) });
    expect(events.map((e) => [e.type, e.aggregateId, seen(e).status, seen(e).itemId ?? null])).toEqual([
      ['kitchen.ticket_voided', grill.ticketId, 'BUMPED', burger.itemId],
      ['kitchen.ticket_updated', expo.ticketId, 'OPEN', null],
    ]);
    expect(loadTicket(app.ctx.db, expo.ticketId)!.items.map((i) => i.status)).toEqual(['VOIDED', 'DONE']);
    // The last line of a bumped ticket too: the ticket stays bumped (it left the station), the line is voided.
    const last = await command(app, 'GRILL', { ticketId: grill.ticketId, itemId: cheddar.itemId, action: 'void' });
    expect(last.ticket).toMatchObject({ status: 'BUMPED', items: [{ status: 'VOIDED' }, { status: 'VOIDED' }] });
    expect(app.ctx.journal.readAfter(before).filter((e) => e.type === 'kitchen.ticket_voided').map((e) => e.payload.itemId)).toEqual([burger.itemId, cheddar.itemId]);
  });

  it('refuses a ticket of another station', async () => {
    const [grill] = await route(app, orderInput(8, [orderItem('Burger', 'GRILL', 600)]));
    expect(await error(command(app, 'FRYER', { ticketId: grill.ticketId, action: 'bump' }))).toBe('KITCHEN_TICKET_NOT_FOUND');
  });

  it('keeps a station switched off with tickets still open on the KDS sign-in, so its cooks can finish them', async () => {
    await seedStations(app, [{ ...DEMO_STATIONS.find((s) => s.code === 'COLD')!, code: 'BAR', name: 'Bar', categories: ['cat-bar'], sortOrder: 9 }]);
    const [bar] = await route(app, orderInput(11, [orderItem('Caipirinha', 'BAR', 120)]));
    expect(bar.station).toBe('BAR');
    const put = await fetch(`${app.baseUrl}/api/v1/kds/stations/BAR`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', authorization: app.bearer(['catalog.write']) },
      body: JSON.stringify({ name: 'Bar', capacity: 4, categories: ['cat-bar'], active: false }),
    });
    expect(put.status).toBe(200);
    const stationsOnSignIn = async () => ((await (await fetch(`${app.baseUrl}/kds/config.json`)).json()).stations as { code: string }[]).map((s) => s.code);
    expect(await stationsOnSignIn()).toContain('BAR');
    // New orders no longer go there; once its last ticket is bumped it leaves the sign-in.
    const [next] = await route(app, orderInput(12, [orderItem('Caipirinha', 'BAR', 120)]));
    expect(next.station).not.toBe('BAR');
    await command(app, 'BAR', { ticketId: bar.ticketId, action: 'bump' });
    expect(await stationsOnSignIn()).not.toContain('BAR');
  });

  it('configures stations over HTTP: a new default station takes over routing', async () => {
    const put = (code: string, body: unknown, permissions = ['catalog.write']) =>
      fetch(`${app.baseUrl}/api/v1/kds/stations/${code}`, { method: 'PUT', headers: { 'content-type': 'application/json', authorization: app.bearer(permissions) }, body: JSON.stringify(body) });
    const saved = await put('PASTRY', { name: 'Confeitaria', capacity: 2, categories: ['cat-desserts'], isDefault: true, warnAfterSeconds: 120, lateAfterSeconds: 240 });
    expect(saved.status).toBe(200);
    expect((await saved.json()).data).toMatchObject({ code: 'PASTRY', isDefault: true, categories: ['cat-desserts'], hasScreen: true });
    expect((await put('pastry', { name: 'x', capacity: 1 })).status).toBe(400);
    expect((await put('PASTRY', { name: 'x', capacity: -1 })).status).toBe(400);
    expect((await put('PASTRY', { name: 'x', capacity: 1 }, ['kds.operate'])).status).toBe(403);
    const list = await (await fetch(`${app.baseUrl}/api/v1/kds/stations`, { headers: { authorization: app.bearer(['kds.operate']) } })).json();
    expect(list.data.filter((s: any) => s.isDefault).map((s: any) => s.code)).toEqual(['PASTRY']);
    const [brownie, other] = await route(app, orderInput(10, [orderItem('Brownie', null, 300, { categoryId: 'cat-desserts' }), orderItem('Água', null, 0)]));
    expect([brownie.station, other.station]).toEqual(['PASTRY', 'EXPO']);
    expect(brownie.items.map((i) => i.name)).toEqual(['Brownie', 'Água']);
    expect(brownie.timers).toMatchObject({ warnAfterSeconds: 120, lateAfterSeconds: 240 });
    expect(app.ctx.journal.readAfter(0).some((e) => e.type === 'kitchen.station_saved' && e.aggregateId === 'PASTRY')).toBe(true);
  });
});
