import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLE_PERMISSIONS } from '../auth/index.js';
import type { TestAppliance } from '../kernel/testing/harness.js';
import { apiAs, type Api, startTillStore } from './test-support.js';

/**
 * The day closes with an order the kitchen never bumped (the closing manager wrote it off and the
 * close handed it over). The order is over: its tickets must not greet the cooks the next morning
 * as late tickets of an order nobody will ever serve, nor hold their stations' capacity.
 */
describe('closing the day with kitchen tickets still open', () => {
  let app: TestAppliance;
  let waiter: Api;
  let manager: Api;
  let kitchen: Api;

  beforeAll(async () => {
    app = await startTillStore();
    waiter = apiAs(app, [...ROLE_PERMISSIONS.WAITER], 'WAITER');
    manager = apiAs(app, [...ROLE_PERMISSIONS.MANAGER], 'MANAGER', 'user-manager');
    kitchen = apiAs(app, ['kds.operate', 'orders.read'], 'KITCHEN');
  });
  afterAll(() => app.close());

  it('takes the tickets of the orders it closed off every kitchen screen', async () => {
    const tab = (await waiter.post('/tables/table-3/tab', { guests: 2 })).body.data as { id: string; primaryOrderId: string };
    const round = await waiter.post(`/tabs/${tab.id}/rounds`, { items: [{ productId: 'prod-fries', quantity: 1 }, { productId: 'prod-classic-burger', quantity: 1, options: ['medium'] }] });
    expect(round.status, JSON.stringify(round.body)).toBe(200);
    const tickets = round.body.data.kitchenTickets as { ticketId: string; station: string }[];
    expect(tickets.length).toBeGreaterThan(1);

    const closed = await manager.post('/business-days/current/close', { resolve: { writeOffUnpaid: { kind: 'LOSS', reason: 'mesa saiu sem pagar' } } });
    expect(closed.status, JSON.stringify(closed.body)).toBe(200);
    expect((await waiter.get(`/orders/${tab.primaryOrderId}`)).body.data.status).toBe('COMPLETED');

    for (const { station, ticketId } of tickets) {
      const open = (await kitchen.get(`/kds/${station}/tickets`)).body.data as { ticketId: string }[];
      expect({ station, open: open.some((t) => t.ticketId === ticketId) }).toEqual({ station, open: false });
    }
    const allDay = (await kitchen.get('/kds/FRYER/allday')).body.data as { openTickets: number; items: unknown[] };
    expect(allDay).toMatchObject({ openTickets: 0, items: [] });
  });
});
