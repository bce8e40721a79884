/**
 * Guests at table 1 ask to move to table 2 by the window while their burger and fries are on the
 * grill and in the fryer: the waiter moves their whole tab. The cooks and the expediter must see
 * table 2 on those tickets (and on the expo's), or the food goes to an empty table 1; what the
 * kitchen already finished shows table 2 in the recall list too, and a round ordered afterwards
 * at table 2 is cooked once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLE_PERMISSIONS } from '../auth/index.js';
import type { TestAppliance } from '../kernel/testing/harness.js';
import { apiAs, type Api, startTillStore } from './test-support.js';

interface Ticket {
  ticketId: string;
  kind: string;
  station: string;
  orderId: string;
  table: string | null;
}

describe('kitchen tickets follow a tab moved to another table', () => {
  let app: TestAppliance;
  let waiter: Api;
  let kitchen: Api;

  const tableLabel = (tableId: string) => app.ctx.db.prepare('SELECT label FROM dining_tables WHERE id = ?').pluck().get(tableId) as string;
  const screen = async (station: string) => (await kitchen.get(`/kds/${station}/tickets`)).body.data as Ticket[];
  const shown = async (t: Ticket) => (await screen(t.station)).find((s) => s.ticketId === t.ticketId);

  beforeAll(async () => {
    app = await startTillStore();
    waiter = apiAs(app, [...ROLE_PERMISSIONS.WAITER], 'WAITER');
    kitchen = apiAs(app, ['kds.operate', 'orders.read'], 'KITCHEN');
  });
  afterAll(() => app.close());

  it('shows the new table on every ticket of the tab, open or already bumped', async () => {
    const tab = (await waiter.post('/tables/table-1/tab', { guests: 2 })).body.data;
    const round = await waiter.post(`/tabs/${tab.id}/rounds`, {
      items: [{ productId: 'prod-fries', quantity: 1 }, { productId: 'prod-classic-burger', quantity: 1, options: ['medium'] }],
    });
    expect(round.status, JSON.stringify(round.body)).toBe(200);
    const tickets = round.body.data.kitchenTickets as Ticket[];
    const fryer = tickets.find((t) => t.station === 'FRYER')!;
    const grill = tickets.find((t) => t.station === 'GRILL')!;
    const expo = tickets.find((t) => t.kind === 'EXPO')!;
    expect((await kitchen.post('/kds/FRYER/commands', { ticketId: fryer.ticketId, action: 'bump' })).status).toBe(200);

    const before = app.ctx.journal.lastSeq();
    const moved = await waiter.post(`/tabs/${tab.id}/transfer`, { toTableId: 'table-2' });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    const window = tableLabel('table-2');
    expect((await shown(grill))?.table).toBe(window);
    expect((await shown(expo))?.table).toBe(window);
    const recent = (await kitchen.get('/kds/FRYER/recent')).body.data.tickets as { ticketId: string; table: string | null }[];
    expect(recent.find((r) => r.ticketId === fryer.ticketId)?.table).toBe(window);
    // Each ticket is journaled as changed, so the screens and the recall list show the new table.
    const changed = app.ctx.journal.readAfter(before).filter((e) => e.type.startsWith('kitchen.'));
    expect(changed.map((e) => e.aggregateId).sort()).toEqual([fryer.ticketId, grill.ticketId, expo.ticketId].sort());

    // A round at the new table cooks only what it adds.
    const next = await waiter.post(`/tabs/${tab.id}/rounds`, { items: [{ productId: 'prod-fries', quantity: 1 }] });
    expect(next.status, JSON.stringify(next.body)).toBe(200);
    const added = next.body.data.kitchenTickets as Ticket[];
    const cooking = added.filter((t) => t.kind === 'STATION');
    expect(cooking.map((t) => t.station)).toEqual(['FRYER']);
    expect((await shown(cooking[0]))?.table).toBe(window);
  });
});
