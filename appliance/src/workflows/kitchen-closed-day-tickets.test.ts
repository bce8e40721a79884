import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLE_PERMISSIONS } from '../auth/index.js';
import type { Clock } from '../kernel/clock.js';
import { startTestAppliance, type TestAppliance } from '../kernel/testing/harness.js';
import { cashierModule } from '../cashier/index.js';
import { createPaymentsModule } from '../payments/index.js';
import { workflowsModule } from './index.js';
import { apiAs, orderModules, type Api } from './test-support.js';

/**
 * A store whose earlier version closed its days without bumping the kitchen tickets still open
 * (orders written off or handed over at the close) keeps those tickets in its database. Once
 * upgraded, the next day it opens must not greet the cooks with them as late tickets of orders
 * nobody will serve: opening the day closes them, journaled as the day close does it now.
 */
describe('tickets left open by a day closed before the close bumped them', () => {
  let app: TestAppliance;
  let waiter: Api;
  let manager: Api;
  let kitchen: Api;
  let now = new Date('2026-11-23T15:00:00.000Z');
  const clock: Clock = { now: () => new Date(now) };

  beforeAll(async () => {
    const modules = [...orderModules().filter((m) => m !== workflowsModule), cashierModule, createPaymentsModule({ pixGateways: [] }), workflowsModule];
    app = await startTestAppliance(modules, { clock, env: { CHEFIA_DEMO: '1' } });
    waiter = apiAs(app, [...ROLE_PERMISSIONS.WAITER], 'WAITER');
    manager = apiAs(app, [...ROLE_PERMISSIONS.MANAGER], 'MANAGER', 'user-manager');
    kitchen = apiAs(app, ['kds.operate', 'orders.read'], 'KITCHEN');
  });
  afterAll(() => app.close());

  const openOn = async (station: string) => ((await kitchen.get(`/kds/${station}/tickets`)).body.data as { ticketId: string }[]).map((t) => t.ticketId);

  it('closes them, journaled, when the next day opens', async () => {
    const tab = (await waiter.post('/tables/table-3/tab', { guests: 2 })).body.data as { id: string };
    const round = await waiter.post(`/tabs/${tab.id}/rounds`, { items: [{ productId: 'prod-fries', quantity: 1 }] });
    expect(round.status, JSON.stringify(round.body)).toBe(200);
    const tickets = round.body.data.kitchenTickets as { ticketId: string; station: string }[];
    const closed = await manager.post('/business-days/current/close', { resolve: { writeOffUnpaid: { kind: 'LOSS', reason: 'mesa saiu sem pagar' } } });
    expect(closed.status, JSON.stringify(closed.body)).toBe(200);
    // The database as the earlier version left it: the closed day's tickets still open on their screens.
    const ids = JSON.stringify(tickets.map((t) => t.ticketId));
    app.ctx.db.prepare("UPDATE kitchen_tickets SET status = 'OPEN', bumped_at = NULL, closed_at = NULL WHERE id IN (SELECT value FROM json_each(?))").run(ids);
    app.ctx.db.prepare("UPDATE kitchen_ticket_items SET status = 'PENDING' WHERE ticket_id IN (SELECT value FROM json_each(?))").run(ids);
    for (const { station, ticketId } of tickets) expect(await openOn(station)).toContain(ticketId);

    now = new Date('2026-11-24T11:00:00.000Z');
    const before = app.ctx.journal.lastSeq();
    const opened = await manager.post('/business-days/open', {});
    expect(opened.status, JSON.stringify(opened.body)).toBe(201);

    for (const { station, ticketId } of tickets) expect({ station, open: (await openOn(station)).includes(ticketId) }).toEqual({ station, open: false });
    const journaled = app.ctx.journal.readAfter(before);
    const opening = journaled.find((e) => e.type === 'business_day.opened')!;
    const bumped = journaled.filter((e) => e.type === 'kitchen.ticket_bumped');
    expect(bumped.map((e) => e.aggregateId).sort()).toEqual(tickets.map((t) => t.ticketId).sort());
    // In the opening's own commit: never a day open with the old tickets still on the screens.
    expect(bumped.every((e) => e.correlationId === opening.correlationId)).toBe(true);
    const allDay = (await kitchen.get('/kds/FRYER/allday')).body.data as { openTickets: number };
    expect(allDay.openTickets).toBe(0);
  });

  it('leaves the tickets of the day just opened alone', async () => {
    const order = await waiter.post('/orders', { channel: 'COUNTER', items: [{ productId: 'prod-fries', quantity: 1 }], confirm: true });
    expect(order.status, JSON.stringify(order.body)).toBe(201);
    const fryer = (order.body.data.kitchenTickets as { ticketId: string; station: string }[]).find((t) => t.station === 'FRYER')!;
    expect(await openOn('FRYER')).toContain(fryer.ticketId);
  });
});
