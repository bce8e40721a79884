import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLE_PERMISSIONS } from '../auth/index.js';
import type { TestAppliance } from '../kernel/testing/harness.js';
import { apiAs, type Api, startTillStore } from './test-support.js';

interface TicketLine {
  ticketId: string;
  kind: string;
  station: string;
  orderId: string;
  orderNumber: number;
  table: string | null;
  status: string;
  items: { itemId: string; status: string }[];
}

/**
 * Lines moved to another table (a transfer, or joined tables made one bill) take their kitchen
 * tickets along: the cook plates them for the table that eats them, bumping them moves the order
 * that carries them, and a round sent from the new table does not cook them again.
 */
/** A till store with a waiter and a kitchen screen, and the steps these tests take on its floor. */
function useTableFloor() {
  let app: TestAppliance;
  let waiter: Api;
  let kitchen: Api;

  const ticketsOfItem = (itemId: string) =>
    app.ctx.db
      .prepare("SELECT t.id AS ticketId FROM kitchen_ticket_items i JOIN kitchen_tickets t ON t.id = i.ticket_id WHERE i.item_id = ? AND t.kind = 'STATION' AND i.status <> 'VOIDED'")
      .all(itemId) as { ticketId: string }[];
  const ticket = async (station: string, ticketId: string): Promise<TicketLine> => {
    const open = (await kitchen.get(`/kds/${station}/tickets`)).body.data as TicketLine[];
    const found = open.find((t) => t.ticketId === ticketId);
    expect(found, `ticket ${ticketId} on ${station}`).toBeDefined();
    return found!;
  };
  const bump = async (t: { ticketId: string; station: string }) => {
    const response = await kitchen.post(`/kds/${t.station}/commands`, { ticketId: t.ticketId, action: 'bump' });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
  };
  const orderStatus = async (orderId: string) => (await waiter.get(`/orders/${orderId}`)).body.data.status as string;
  const openTab = async (tableId: string, items: unknown[]) => {
    const tab = (await waiter.post(`/tables/${tableId}/tab`, { guests: 2 })).body.data;
    const round = await waiter.post(`/tabs/${tab.id}/rounds`, { items });
    expect(round.status, JSON.stringify(round.body)).toBe(200);
    return { tab, order: round.body.data.order, tickets: round.body.data.kitchenTickets as TicketLine[] };
  };
  const tableLabel = (tableId: string) => app.ctx.db.prepare('SELECT label FROM dining_tables WHERE id = ?').pluck().get(tableId) as string;

  beforeAll(async () => {
    app = await startTillStore();
    waiter = apiAs(app, [...ROLE_PERMISSIONS.WAITER], 'WAITER');
    kitchen = apiAs(app, ['kds.operate', 'orders.read'], 'KITCHEN');
  });
  afterAll(() => app.close());

  // The store starts in beforeAll: the steps reach its APIs only once a test runs.
  const later = (api: () => Api): Api => ({ post: (...a) => api().post(...a), get: (path) => api().get(path), put: (path, body) => api().put(path, body) });
  return { ticketsOfItem, ticket, bump, orderStatus, openTab, tableLabel, waiter: later(() => waiter), kitchen: later(() => kitchen) };
}

describe('kitchen tickets follow the lines moved to another table', () => {
  const { ticketsOfItem, ticket, bump, orderStatus, openTab, tableLabel, waiter, kitchen } = useTableFloor();

  it('a line moved to a free table shows that table on its ticket, moves that order when bumped, and a round there does not send it again', async () => {
    const { tab, order, tickets } = await openTab('table-1', [{ productId: 'prod-fries', quantity: 1 }, { productId: 'prod-classic-burger', quantity: 1, options: ['medium'] }]);
    const fries = order.items.find((i: { productId: string }) => i.productId === 'prod-fries');
    const fryer = tickets.find((t) => t.station === 'FRYER')!;
    const grill = tickets.find((t) => t.station === 'GRILL')!;

    const moved = await waiter.post(`/tabs/${tab.id}/transfer-items`, { itemIds: [fries.itemId], toTableId: 'table-2' });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    const target = moved.body.data.to;
    // The fries are the new table's: already cooking, its order is in the kitchen too.
    expect(await orderStatus(target.primaryOrderId)).toBe('CONFIRMED');
    expect(await ticket('FRYER', fryer.ticketId)).toMatchObject({ orderId: target.primaryOrderId, table: tableLabel('table-2') });
    expect(await ticket('GRILL', grill.ticketId)).toMatchObject({ orderId: order.id, table: tableLabel('table-1') });

    // Table 2 orders its drinks: the fries are not cooked a second time.
    const round = await waiter.post(`/tabs/${target.id}/rounds`, { items: [{ productId: 'prod-orange-juice', quantity: 1 }] });
    expect(round.status, JSON.stringify(round.body)).toBe(200);
    expect(ticketsOfItem(fries.itemId)).toHaveLength(1);

    // The burger is table 1's last line: its bump makes table 1's order ready, not table 2's.
    await bump(grill);
    expect(await orderStatus(order.id)).toBe('READY');
    await bump(fryer);
    const juice = (round.body.data.kitchenTickets as TicketLine[]).filter((t) => t.kind === 'STATION');
    for (const t of juice) await bump(t);
    expect(await orderStatus(target.primaryOrderId)).toBe('READY');
  });

  it('a ticket keeping some of its lines is split: each table sees only its own lines, each order goes READY with its own', async () => {
    const { tab, order, tickets } = await openTab('table-3', [{ productId: 'prod-fries', quantity: 1 }, { productId: 'prod-onion-rings', quantity: 1 }]);
    const rings = order.items.find((i: { productId: string }) => i.productId === 'prod-onion-rings');
    const stationTickets = tickets.filter((t) => t.kind === 'STATION');
    expect(stationTickets).toHaveLength(1);
    const shared = stationTickets[0];

    const moved = await waiter.post(`/tabs/${tab.id}/transfer-items`, { itemIds: [rings.itemId], toTableId: 'table-4' });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    const targetOrderId = moved.body.data.to.primaryOrderId as string;

    const kept = await ticket(shared.station, shared.ticketId);
    expect(kept).toMatchObject({ orderId: order.id, table: tableLabel('table-3') });
    expect(kept.items.map((i) => i.itemId)).not.toContain(rings.itemId);
    const [ringsTicketId] = ticketsOfItem(rings.itemId).map((t) => t.ticketId);
    const split = await ticket(shared.station, ringsTicketId);
    expect(split).toMatchObject({ orderId: targetOrderId, table: tableLabel('table-4') });
    expect(split.items.map((i) => i.itemId)).toEqual([rings.itemId]);

    await bump(kept);
    expect(await orderStatus(order.id)).toBe('READY');
    expect(await orderStatus(targetOrderId)).not.toBe('READY');
    await bump(split);
    expect(await orderStatus(targetOrderId)).toBe('READY');
  });

  it('a line moved away after the rest of its ticket was bumped leaves its table READY', async () => {
    const { tab, order, tickets } = await openTab('table-5', [{ productId: 'prod-fries', quantity: 1 }, { productId: 'prod-onion-rings', quantity: 1 }]);
    const fries = order.items.find((i: { productId: string }) => i.productId === 'prod-fries');
    const rings = order.items.find((i: { productId: string }) => i.productId === 'prod-onion-rings');
    const shared = tickets.find((t) => t.kind === 'STATION')!;
    const done = await kitchen.post(`/kds/${shared.station}/commands`, { ticketId: shared.ticketId, itemId: fries.itemId, action: 'bump' });
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    expect(await orderStatus(order.id)).toBe('PREPARING');

    const moved = await waiter.post(`/tabs/${tab.id}/transfer-items`, { itemIds: [rings.itemId], toTableId: 'table-6' });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    // What stays at table 5 is done: its ticket leaves the screen and the order is ready.
    expect(await orderStatus(order.id)).toBe('READY');
    const open = (await kitchen.get(`/kds/${shared.station}/tickets`)).body.data as TicketLine[];
    expect(open.some((t) => t.ticketId === shared.ticketId)).toBe(false);
    // The rings still cook, for table 6, which the kitchen has already started.
    expect(await orderStatus(moved.body.data.to.primaryOrderId)).toBe('PREPARING');
  });

  it('a combo moved to another table takes every part\'s ticket along, at each of its stations', async () => {
    const combo = { productId: 'prod-combo-classic', quantity: 1, options: ['medium', 'side-fries', 'drink-coke'] };
    const { tab, order, tickets } = await openTab('table-9', [combo]);
    const line = order.items[0];
    const parts = tickets.filter((t) => t.kind === 'STATION');
    expect(new Set(parts.map((t) => t.station)).size).toBeGreaterThan(1);

    const moved = await waiter.post(`/tabs/${tab.id}/transfer-items`, { itemIds: [line.itemId], toTableId: 'table-10' });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    const targetOrderId = moved.body.data.to.primaryOrderId as string;
    // Every part (burger on the grill, fries on the fryer, …) is now plated for table 10.
    for (const part of parts) expect(await ticket(part.station, part.ticketId)).toMatchObject({ orderId: targetOrderId, table: tableLabel('table-10') });
    for (const part of parts) await bump(part);
    expect(await orderStatus(targetOrderId)).toBe('READY');
  });

  it('joined tables: the joining table\'s tickets carry the merged bill, and bumping them makes it READY', async () => {
    const main = await openTab('table-7', [{ productId: 'prod-fries', quantity: 1 }]);
    const joining = await openTab('table-8', [{ productId: 'prod-classic-burger', quantity: 1, options: ['medium'] }]);
    const merged = await waiter.post(`/tabs/${main.tab.id}/merge`, { tableId: 'table-8' });
    expect(merged.status, JSON.stringify(merged.body)).toBe(200);
    expect(await orderStatus(joining.order.id)).toBe('CANCELLED');

    const grill = joining.tickets.find((t) => t.station === 'GRILL')!;
    expect(await ticket('GRILL', grill.ticketId)).toMatchObject({ orderId: main.order.id, table: tableLabel('table-7') });
    for (const t of main.tickets.filter((t) => t.kind === 'STATION')) await bump(t);
    expect(await orderStatus(main.order.id)).toBe('PREPARING');
    await bump(grill);
    expect(await orderStatus(main.order.id)).toBe('READY');
  });
});

/** More moves on a fresh floor: a joined table's combo, lines of one send moved in two goes. */
describe('kitchen tickets follow lines moved more than once', () => {
  const { ticket, bump, orderStatus, openTab, tableLabel, waiter, kitchen } = useTableFloor();

  it('joined tables: a combo of the joining table stays in the kitchen for the merged bill, not for its cancelled order', async () => {
    const main = await openTab('table-1', [{ productId: 'prod-fries', quantity: 1 }]);
    const joining = await openTab('table-2', [{ productId: 'prod-combo-classic', quantity: 1, options: ['medium', 'side-rings', 'drink-juice'] }]);
    const merged = await waiter.post(`/tabs/${main.tab.id}/merge`, { tableId: 'table-2' });
    expect(merged.status, JSON.stringify(merged.body)).toBe(200);
    expect(await orderStatus(joining.order.id)).toBe('CANCELLED');

    const parts = joining.tickets.filter((t) => t.kind === 'STATION');
    for (const part of parts) expect(await ticket(part.station, part.ticketId)).toMatchObject({ orderId: main.order.id, table: tableLabel('table-1') });
    for (const t of main.tickets.filter((t) => t.kind === 'STATION')) await bump(t);
    expect(await orderStatus(main.order.id)).toBe('PREPARING');
    for (const part of parts) await bump(part);
    expect(await orderStatus(main.order.id)).toBe('READY');
  });

  it('lines of one send moved to the same table in two goes show there on one expo ticket', async () => {
    const { tab, order, tickets } = await openTab('table-3', [
      { productId: 'prod-fries', quantity: 1 },
      { productId: 'prod-onion-rings', quantity: 1 },
      { productId: 'prod-classic-burger', quantity: 1, options: ['medium'] },
    ]);
    const expo = tickets.find((t) => t.kind === 'EXPO')!;
    const line = (productId: string) => order.items.find((i: { productId: string }) => i.productId === productId).itemId as string;
    for (const productId of ['prod-fries', 'prod-onion-rings']) {
      const moved = await waiter.post(`/tabs/${tab.id}/transfer-items`, { itemIds: [line(productId)], toTableId: 'table-4' });
      expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    }
    const target = (await waiter.get(`/tables/table-4`)).body.data.currentTabId as string;
    const targetOrderId = (await waiter.get(`/tabs/${target}`)).body.data.primaryOrderId as string;

    const onExpo = ((await kitchen.get(`/kds/${expo.station}/tickets`)).body.data as TicketLine[]).filter((t) => t.orderId === targetOrderId);
    expect(onExpo).toHaveLength(1);
    expect(onExpo[0]).toMatchObject({ table: tableLabel('table-4') });
    expect(onExpo[0].items.map((i) => i.itemId).sort()).toEqual([line('prod-fries'), line('prod-onion-rings')].sort());
    // Table 3 keeps its burger, on its own expo ticket.
    expect((await ticket(expo.station, expo.ticketId)).items.map((i) => i.itemId)).toEqual([line('prod-classic-burger')]);

    // The burger follows: the whole send is table 4's, still on that one expo ticket.
    const last = await waiter.post(`/tabs/${tab.id}/transfer-items`, { itemIds: [line('prod-classic-burger')], toTableId: 'table-4' });
    expect(last.status, JSON.stringify(last.body)).toBe(200);
    const expoNow = (await kitchen.get(`/kds/${expo.station}/tickets`)).body.data as TicketLine[];
    expect(expoNow.filter((t) => t.orderId === targetOrderId).map((t) => t.ticketId)).toEqual([onExpo[0].ticketId]);
    expect(expoNow.some((t) => t.ticketId === expo.ticketId)).toBe(false);
    expect((await ticket(expo.station, onExpo[0].ticketId)).items).toHaveLength(3);
    await bump(onExpo[0]);
    expect(await orderStatus(targetOrderId)).toBe('READY');
    expect((await kitchen.get(`/kds/${expo.station}/tickets`)).body.data.filter((t: TicketLine) => t.orderId === targetOrderId)).toEqual([]);
  });
});
