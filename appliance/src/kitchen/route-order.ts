import { badRequest, businessRule } from '../kernel/errors.js';
import { newId } from '../kernel/ids.js';
import type { CommandTx } from '../kernel/journal/command-bus.js';
import { ticketEvent } from './events.js';
import { schedulePrepSync, type BusyInterval } from './prep-sync.js';
import { stmt } from './statements.js';
import { listStations } from './stations.js';
import type { KitchenOrderInput, KitchenOrderItemInput, KitchenStation, KitchenTicket, KitchenTicketItem, TicketKind } from './types.js';

/** An overdue item is assumed to leave its station within this long (it still holds its slot). */
export const OVERDUE_GRACE_SECONDS = 60;

/** The item's own station, else the first station cooking its category, else the default station. */
export function resolveStation(item: Pick<KitchenOrderItemInput, 'station' | 'categoryId'>, stations: KitchenStation[]): string {
  const cooking = stations.filter((s) => s.active && !s.isExpo);
  if (item.station && cooking.some((s) => s.code === item.station)) return item.station;
  const byCategory = item.categoryId ? cooking.find((s) => s.categories.includes(item.categoryId!)) : undefined;
  if (byCategory) return byCategory.code;
  const fallback = cooking.find((s) => s.isDefault) ?? cooking[0];
  if (!fallback) throw businessRule('KITCHEN_NO_STATIONS');
  return fallback.code;
}

function validate(input: KitchenOrderInput): void {
  const bad = input.items.find(
    (i) => !Number.isInteger(i.quantity) || i.quantity < 1 || !Number.isInteger(i.prepSeconds) || i.prepSeconds < 0 || !i.itemId,
  );
  if (bad) throw badRequest('KITCHEN_ITEM_INVALID', { itemId: bad.itemId });
}

function busyIntervals(tx: CommandTx, stations: string[]): BusyInterval[] {
  if (stations.length === 0) return [];
  // Seconds from now computed by SQLite: this runs on every confirm over every open item.
  const rows = stmt(
    tx.db,
    `SELECT t.station, (julianday(i.fire_at) - julianday(?)) * 86400.0, (julianday(i.due_at) - julianday(?)) * 86400.0, i.slots
     FROM kitchen_tickets t JOIN kitchen_ticket_items i ON i.ticket_id = t.id
     WHERE t.station IN (SELECT value FROM json_each(?)) AND t.status IN ('OPEN', 'IN_PROGRESS') AND t.kind = 'STATION' AND i.status IN ('PENDING', 'IN_PROGRESS')`,
  )
    .raw()
    .all(tx.nowIso, tx.nowIso, JSON.stringify(stations)) as [string, number, number, number][];
  return rows.map(([station, start, due, slots]) => ({
    station,
    start: Math.round(start * 1000) / 1000,
    end: due > 0 ? Math.round(due * 1000) / 1000 : OVERDUE_GRACE_SECONDS,
    slots,
  }));
}

/**
 * Routes a confirmed order's items to stations, schedules them with prep-sync, and writes one
 * ticket per station plus one per expo station, inside the caller's transaction. Items already on
 * a live ticket are skipped, so routing the same order twice never duplicates a ticket.
 */
export function routeOrderToKitchen(tx: CommandTx, input: KitchenOrderInput): KitchenTicket[] {
  validate(input);
  const routed = new Set(
    stmt(tx.db, "SELECT i.item_id FROM kitchen_ticket_items i JOIN kitchen_tickets t ON t.id = i.ticket_id WHERE t.order_id = ? AND i.status <> 'VOIDED'")
      .pluck()
      .all(input.orderId) as string[],
  );
  const items = input.items.filter((i) => !routed.has(i.itemId));
  if (items.length === 0) return [];
  const stations = listStations(tx.db);
  const routes = items.map((item) => ({ item, station: resolveStation(item, stations) }));
  const used = [...new Set(routes.map((r) => r.station))];
  const capacity = Object.fromEntries(stations.map((s) => [s.code, s.capacity]));
  const schedule = schedulePrepSync({
    items: routes.map(({ item, station }) => ({ itemId: item.itemId, station, prepSeconds: item.prepSeconds, slots: item.unit === 'UNIT' ? item.quantity : 1 })),
    capacity,
    busy: busyIntervals(tx, used),
  });
  const at = (seconds: number) => new Date(tx.now.getTime() + Math.round(seconds * 1000)).toISOString();
  const groupId = newId();
  const finishAt = at(schedule.finishSeconds);
  const insertTicket = stmt(
    tx.db,
    `INSERT INTO kitchen_tickets (id, kind, station, group_id, order_id, order_number, channel, table_label, status, fire_at, due_at, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?, ?, ?)`,
  );
  const insertItem = stmt(
    tx.db,
    `INSERT INTO kitchen_ticket_items (ticket_id, item_id, group_id, position, product_id, name, quantity, unit, slots, modifiers, notes, prep_seconds, fire_at, due_at, status)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING')`,
  );
  const byCode = new Map(stations.map((s) => [s.code, s]));
  // The tickets as their rows now read (tickets.ts toTicket): built from what was just inserted instead of read back.
  const ticketOf = (ticketId: string, kind: TicketKind, station: string, fireAt: string, items: KitchenTicketItem[]): KitchenTicket => ({
    ticketId,
    kind,
    station,
    groupId,
    orderId: input.orderId,
    orderNumber: input.orderNumber,
    channel: input.channel,
    table: input.tableLabel,
    status: 'OPEN',
    fireAt,
    dueAt: finishAt,
    items,
    timers: {
      createdAt: tx.nowIso,
      startedAt: null,
      bumpedAt: null,
      voidedAt: null,
      warnAfterSeconds: byCode.get(station)!.warnAfterSeconds,
      lateAfterSeconds: byCode.get(station)!.lateAfterSeconds,
    },
    version: 1,
  });
  const itemAt = (position: number): KitchenTicketItem => {
    const { item, station } = routes[position];
    return {
      itemId: item.itemId,
      productId: item.productId,
      name: item.name,
      quantity: item.quantity,
      unit: item.unit,
      station,
      modifiers: [...item.modifiers],
      notes: item.notes ?? null,
      prepSeconds: item.prepSeconds,
      fireAt: at(schedule.items[position].startDelaySeconds),
      dueAt: at(schedule.items[position].dueSeconds),
      status: 'PENDING',
    };
  };
  const tickets: KitchenTicket[] = [];
  for (const station of used) {
    const mine = routes.map((r, position) => ({ ...r, position, plan: schedule.items[position] })).filter((r) => r.station === station);
    const ticketId = newId();
    const fireAt = at(Math.min(...mine.map((m) => m.plan.startDelaySeconds)));
    insertTicket.run(ticketId, 'STATION', station, groupId, input.orderId, input.orderNumber, input.channel, input.tableLabel, fireAt, finishAt, tx.nowIso);
    for (const { item, position, plan } of mine) {
      insertItem.run(
        ticketId,
        item.itemId,
        groupId,
        position,
        item.productId,
        item.name,
        item.quantity,
        item.unit,
        item.unit === 'UNIT' ? item.quantity : 1,
        JSON.stringify(item.modifiers),
        item.notes,
        item.prepSeconds,
        at(plan.startDelaySeconds),
        at(plan.dueSeconds),
      );
    }
    tickets.push(ticketOf(ticketId, 'STATION', station, fireAt, mine.map(({ position }) => itemAt(position))));
  }
  const firstFire = at(Math.min(...schedule.items.map((s) => s.startDelaySeconds)));
  for (const expo of stations.filter((s) => s.isExpo)) {
    const ticketId = newId();
    insertTicket.run(ticketId, 'EXPO', expo.code, groupId, input.orderId, input.orderNumber, input.channel, input.tableLabel, firstFire, finishAt, tx.nowIso);
    tickets.push(ticketOf(ticketId, 'EXPO', expo.code, firstFire, routes.map((_, position) => itemAt(position))));
  }
  for (const ticket of tickets) tx.emit(ticketEvent('kitchen.ticket_created', ticket, ticket));
  return tickets;
}
