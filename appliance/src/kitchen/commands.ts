import { businessRule, conflict, notFound } from '../kernel/errors.js';
import type { Db } from '../kernel/db/open.js';
import type { CommandTx } from '../kernel/journal/command-bus.js';
import { newId } from '../kernel/ids.js';
import { ticketEvent, ticketMovedEvent, type KitchenEventType } from './events.js';
import { stmt } from './statements.js';
import { findTicketRow, groupItemRows, isOpen, itemRowsOf, loadTicket, ticketHeaderOf, ticketRowsOfGroup, ticketRowsOfOrder, type ItemRow, type TicketRow } from './tickets.js';
import type { KitchenCommand, KitchenCommandResult, KitchenProgress, KitchenTicket, TicketDestination } from './types.js';

/** How long after a bump a ticket can still be recalled to the screen. */
export const RECALL_WINDOW_SECONDS = 30 * 60;

interface Change {
  ticketId: string;
  type: KitchenEventType;
  itemId?: string;
  /** A `kitchen.ticket_moved`: the order its lines came from, and the ticket it split off. */
  fromOrderId?: string;
  fromTicketId?: string;
}

/** One command's writes; every ticket it touches is journaled once per change, at the end. */
export class TicketChanges {
  readonly changes: Change[] = [];
  constructor(readonly tx: CommandTx) {}

  private update(id: string, set: string, ...params: unknown[]): void {
    stmt(this.tx.db, `UPDATE kitchen_tickets SET ${set}, version = version + 1 WHERE id = ?`).run(...params, id);
  }

  private items(ticketId: string, from: string[], to: string): void {
    stmt(this.tx.db, `UPDATE kitchen_ticket_items SET status = ? WHERE ticket_id = ? AND status IN (${from.map(() => '?').join(', ')})`).run(to, ticketId, ...from);
  }

  start(row: TicketRow, itemId?: string): boolean {
    if (!isOpen(row.status)) throw conflict('KITCHEN_TICKET_CLOSED', { ticketId: row.id, status: row.status });
    if (row.status === 'IN_PROGRESS') return false;
    this.update(row.id, "status = 'IN_PROGRESS', started_at = COALESCE(started_at, ?)", this.tx.nowIso);
    if (row.kind === 'STATION' && !itemId) this.items(row.id, ['PENDING'], 'IN_PROGRESS');
    this.changes.push({ ticketId: row.id, type: 'kitchen.ticket_started', itemId });
    return true;
  }

  bump(row: TicketRow): boolean {
    if (row.status === 'BUMPED') return false;
    if (row.status === 'VOIDED') throw conflict('KITCHEN_TICKET_VOIDED', { ticketId: row.id });
    this.update(row.id, "status = 'BUMPED', bumped_at = ?, closed_at = ?", this.tx.nowIso, this.tx.nowIso);
    if (row.kind === 'STATION') this.items(row.id, ['PENDING', 'IN_PROGRESS'], 'DONE');
    this.changes.push({ ticketId: row.id, type: 'kitchen.ticket_bumped' });
    return true;
  }

  recall(row: TicketRow, itemId?: string): boolean {
    if (isOpen(row.status)) return false;
    if (row.status === 'VOIDED') throw conflict('KITCHEN_TICKET_VOIDED', { ticketId: row.id });
    const ageSeconds = (this.tx.now.getTime() - Date.parse(row.bumped_at!)) / 1000;
    if (ageSeconds > RECALL_WINDOW_SECONDS) throw businessRule('KITCHEN_RECALL_EXPIRED', { ticketId: row.id }, { minutes: RECALL_WINDOW_SECONDS / 60 });
    this.reopen(row, itemId);
    if (row.kind === 'STATION' && !itemId) this.items(row.id, ['DONE'], 'IN_PROGRESS');
    return true;
  }

  /** A bumped ticket back on its screen, in progress (its bump is undone). */
  private reopen(row: TicketRow, itemId?: string): void {
    this.update(row.id, "status = 'IN_PROGRESS', started_at = COALESCE(started_at, ?), bumped_at = NULL, closed_at = NULL", this.tx.nowIso);
    this.changes.push({ ticketId: row.id, type: 'kitchen.ticket_recalled', itemId });
  }

  void(row: TicketRow, itemId?: string): boolean {
    if (row.status === 'VOIDED') return false;
    if (row.status === 'BUMPED') throw conflict('KITCHEN_TICKET_CLOSED', { ticketId: row.id, status: row.status });
    this.update(row.id, "status = 'VOIDED', voided_at = ?, closed_at = ?", this.tx.nowIso, this.tx.nowIso);
    if (row.kind === 'STATION') this.items(row.id, ['PENDING', 'IN_PROGRESS', 'DONE'], 'VOIDED');
    this.changes.push({ ticketId: row.id, type: 'kitchen.ticket_voided', itemId });
    return true;
  }

  /**
   * One line of a station ticket was voided (already marked so): journaled on its ticket as
   * `kitchen.ticket_voided` with the line, whether the ticket is open or already bumped, so expo,
   * the kitchen's history and a paper station learn of it. An open ticket closes when what is
   * left is all voided (voided) or all done (bumped); a bumped one stays bumped: it left the station.
   */
  voidItem(row: TicketRow, itemId: string): void {
    const rest = itemsOf(this.tx, row.id);
    if (isOpen(row.status) && rest.every((i) => i.status === 'VOIDED')) {
      this.void(row, itemId);
      return;
    }
    if (isOpen(row.status) && rest.every((i) => i.status === 'DONE' || i.status === 'VOIDED')) this.bump(row);
    this.update(row.id, 'version = version');
    this.changes.push({ ticketId: row.id, type: 'kitchen.ticket_voided', itemId });
  }

  setItem(item: ItemRow, status: ItemRow['status']): void {
    stmt(this.tx.db, 'UPDATE kitchen_ticket_items SET status = ? WHERE ticket_id = ? AND item_id = ?').run(status, item.ticket_id, item.item_id);
  }

  touched(ticketId: string, itemId?: string): void {
    this.update(ticketId, 'version = version');
    this.changes.push({ ticketId, type: 'kitchen.ticket_updated', itemId });
  }

  /** The ticket now belongs to another order (its lines moved there): the screens show that order's number and table. */
  repoint(row: TicketRow, to: TicketDestination): void {
    this.update(row.id, 'order_id = ?, order_number = ?, channel = ?, table_label = ?', to.orderId, to.orderNumber, to.channel, to.tableLabel);
    this.changes.push({ ticketId: row.id, type: 'kitchen.ticket_moved', fromOrderId: row.order_id });
  }

  /**
   * Its order moved to another table as a whole: the ticket shows that table, where the food now
   * goes. Journaled as a move within its own order (`fromOrderId` its order), so paper follows it as
   * it follows lines moved to another table.
   */
  relabel(row: TicketRow, tableLabel: string | null): void {
    this.update(row.id, 'table_label = ?', tableLabel);
    this.changes.push({ ticketId: row.id, type: 'kitchen.ticket_moved', fromOrderId: row.order_id });
  }

  /** A copy of the ticket (same station, send, times and state) under another order, to carry lines moved there; returns its id. */
  splitOff(row: TicketRow, to: TicketDestination): string {
    const id = newId();
    stmt(
      this.tx.db,
      `INSERT INTO kitchen_tickets (id, kind, station, group_id, order_id, order_number, channel, table_label, status, fire_at, due_at, created_at, started_at, bumped_at, voided_at, closed_at)
       SELECT ?, kind, station, group_id, ?, ?, ?, ?, status, fire_at, due_at, created_at, started_at, bumped_at, voided_at, closed_at FROM kitchen_tickets WHERE id = ?`,
    ).run(id, to.orderId, to.orderNumber, to.channel, to.tableLabel, row.id);
    this.changes.push({ ticketId: id, type: 'kitchen.ticket_moved', fromOrderId: row.order_id, fromTicketId: row.id });
    return id;
  }

  /** A station ticket whose lines changed: it closes when what is left is all done (or all voided), else it is republished. */
  settle(ticketId: string): void {
    const row = findTicketRow(this.tx.db, ticketId)!;
    if (!isOpen(row.status)) return;
    const rest = itemsOf(this.tx, ticketId);
    if (rest.every((i) => i.status === 'VOIDED')) this.void(row);
    else if (rest.every((i) => i.status === 'DONE' || i.status === 'VOIDED')) this.bump(row);
    else this.touched(ticketId);
  }

  /**
   * Expo tickets mirror their group's station tickets: republish them, and void them when nothing
   * is left. One expo already bumped comes back while a station of its group cooks again (a dish
   * recalled after the hand-off): expo is who runs the remade dish to the guest.
   */
  syncExpo(changed: TicketRow): void {
    const group = ticketRowsOfGroup(this.tx.db, changed.order_id, changed.group_id);
    const stations = group.filter((t) => t.kind === 'STATION');
    const cooking = stations.some((t) => isOpen(t.status));
    for (const expo of group.filter((t) => t.kind === 'EXPO')) {
      if (expo.status === 'BUMPED' && cooking) this.reopen(expo);
      else if (!isOpen(expo.status)) continue;
      else if (stations.every((t) => t.status === 'VOIDED')) this.void(expo);
      else this.touched(expo.id);
    }
  }

  emitAll(): void {
    // The event names the ticket and its new status; screens get the whole ticket from the publisher.
    for (const change of this.changes) {
      if (change.type === 'kitchen.ticket_moved') this.tx.emit(ticketMovedEvent(loadTicket(this.tx.db, change.ticketId)!, change.fromOrderId!, change.fromTicketId));
      else this.tx.emit(ticketEvent(change.type, ticketHeaderOf(findTicketRow(this.tx.db, change.ticketId)!), undefined, change.itemId));
    }
  }
}

function findItem(tx: CommandTx, ticket: TicketRow, itemId: string): ItemRow {
  const item = groupItemRows(tx.db, ticket.order_id, ticket.group_id).find((row) => row.item_id === itemId);
  if (!item || (ticket.kind === 'STATION' && item.ticket_id !== ticket.id)) throw notFound('KITCHEN_ITEM_NOT_FOUND', { ticketId: ticket.id, itemId });
  return item;
}

function itemsOf(tx: CommandTx, ticketId: string): { status: ItemRow['status'] }[] {
  return stmt(tx.db, 'SELECT status FROM kitchen_ticket_items WHERE ticket_id = ?').all(ticketId) as { status: ItemRow['status'] }[];
}

/** Item-level commands act on the item's station ticket, whether sent to that station or to expo. */
function applyToItem(changes: TicketChanges, ticket: TicketRow, command: KitchenCommand & { itemId: string }): boolean {
  const { tx } = changes;
  const item = findItem(tx, ticket, command.itemId);
  const owner = findTicketRow(tx.db, item.ticket_id)!;
  const id = command.itemId;
  if (item.status === 'VOIDED' && command.action !== 'void') throw conflict('KITCHEN_ITEM_VOIDED', { itemId: id });
  switch (command.action) {
    case 'start':
      if (item.status !== 'PENDING') return false;
      changes.setItem(item, 'IN_PROGRESS');
      if (!changes.start(owner, id)) changes.touched(owner.id, id);
      return true;
    case 'bump': {
      if (item.status === 'DONE') return false;
      changes.setItem(item, 'DONE');
      const rest = itemsOf(tx, owner.id);
      if (rest.every((i) => i.status === 'DONE' || i.status === 'VOIDED')) changes.bump(owner);
      else if (!(owner.status === 'OPEN' && changes.start(owner, id))) changes.touched(owner.id, id);
      return true;
    }
    case 'recall':
      if (item.status !== 'DONE') return false;
      changes.setItem(item, 'IN_PROGRESS');
      if (!changes.recall(owner, id)) changes.touched(owner.id, id);
      return true;
    case 'void':
      if (item.status === 'VOIDED') return false;
      changes.setItem(item, 'VOIDED');
      changes.voidItem(owner, id);
      return true;
  }
}

/** Expo acts on the whole group: its start, bump and void reach every station ticket of the order round. */
function applyToExpo(changes: TicketChanges, expo: TicketRow, action: KitchenCommand['action']): boolean {
  const stationTickets = ticketRowsOfGroup(changes.tx.db, expo.order_id, expo.group_id).filter((t) => t.kind === 'STATION' && isOpen(t.status));
  let changed = false;
  switch (action) {
    case 'start':
      if (!isOpen(expo.status)) throw conflict('KITCHEN_TICKET_CLOSED', { ticketId: expo.id, status: expo.status });
      for (const t of stationTickets) changed = changes.start(t) || changed;
      return changes.start(expo) || changed;
    case 'bump':
      if (expo.status === 'BUMPED') return false;
      for (const t of stationTickets) changed = changes.bump(t) || changed;
      return changes.bump(expo) || changed;
    case 'recall':
      return changes.recall(expo);
    case 'void':
      if (expo.status === 'VOIDED') return false;
      for (const t of stationTickets) changed = changes.void(t) || changed;
      return changes.void(expo) || changed;
  }
}

function applyToStationTicket(changes: TicketChanges, ticket: TicketRow, action: KitchenCommand['action']): boolean {
  switch (action) {
    case 'start':
      return changes.start(ticket);
    case 'bump':
      return changes.bump(ticket);
    case 'recall':
      return changes.recall(ticket);
    case 'void':
      return changes.void(ticket);
  }
}

/** Where the kitchen is with an order, from its cooking-station tickets. */
export function kitchenProgressOf(db: Db, orderId: string): KitchenProgress {
  const stations = ticketRowsOfOrder(db, orderId).filter((t) => t.kind === 'STATION');
  return {
    orderFullyBumped: stations.some((t) => t.status === 'BUMPED') && !stations.some((t) => isOpen(t.status)),
    orderStarted: stations.some((t) => t.status === 'IN_PROGRESS' || t.status === 'BUMPED'),
    cooking: stations.some((t) => isOpen(t.status)),
  };
}

/**
 * Applies a KDS command (start, bump, recall, void; whole ticket or one item) inside the caller's
 * transaction. Repeating a command is a no-op (`changed: false`), so a KDS that resends after a
 * reconnect cannot bump twice. The caller (the kitchen-command workflow) moves the order to
 * PREPARING / READY from `orderStarted` / `orderFullyBumped`.
 */
export function applyKitchenCommand(tx: CommandTx, station: string, command: KitchenCommand): KitchenCommandResult {
  const row = findTicketRow(tx.db, command.ticketId);
  if (!row || row.station !== station) throw notFound('KITCHEN_TICKET_NOT_FOUND', { ticketId: command.ticketId, station });
  const changes = new TicketChanges(tx);
  const changed = command.itemId
    ? applyToItem(changes, row, command as KitchenCommand & { itemId: string })
    : row.kind === 'EXPO'
      ? applyToExpo(changes, row, command.action)
      : applyToStationTicket(changes, row, command.action);
  if (changed && (row.kind === 'STATION' || command.itemId)) changes.syncExpo(row);
  changes.emitAll();
  const { orderFullyBumped, orderStarted } = kitchenProgressOf(tx.db, row.order_id);
  return { ticket: loadTicket(tx.db, row.id)!, orderId: row.order_id, changed, orderFullyBumped, orderStarted };
}

/** Voids every open ticket of an order (cancellation); returns the tickets it voided. */
export function voidOrderTickets(tx: CommandTx, orderId: string): KitchenTicket[] {
  const changes = new TicketChanges(tx);
  const rows = ticketRowsOfOrder(tx.db, orderId).filter((t) => isOpen(t.status));
  for (const row of rows.filter((t) => t.kind === 'STATION')) changes.void(row);
  for (const row of rows.filter((t) => t.kind === 'EXPO')) changes.void(row);
  changes.emitAll();
  return rows.map((r) => loadTicket(tx.db, r.id)!);
}

/**
 * Voids lines of an order on the station tickets carrying them (lines cancelled after they were
 * sent), whether those tickets are still cooking or already bumped, and republishes (or voids)
 * their sends' expo tickets; returns the station tickets that carried them.
 */
export function voidTicketItems(tx: CommandTx, orderId: string, itemIds: readonly string[]): KitchenTicket[] {
  const changes = new TicketChanges(tx);
  const wanted = new Set(itemIds);
  const carriers = new Map<string, TicketRow>();
  for (const ticket of ticketRowsOfOrder(tx.db, orderId).filter((t) => t.kind === 'STATION')) {
    for (const line of itemRowsOf(tx.db, ticket).filter((i) => wanted.has(i.item_id) && i.status !== 'VOIDED')) {
      const row = findTicketRow(tx.db, ticket.id)!;
      // Its other lines went with the ticket when an earlier one left nothing to cook.
      if (row.status === 'VOIDED') break;
      changes.setItem(line, 'VOIDED');
      changes.voidItem(row, line.item_id);
      carriers.set(ticket.id, ticket);
    }
  }
  const sends = new Map([...carriers.values()].map((t) => [t.group_id, t]));
  for (const ticket of sends.values()) changes.syncExpo(ticket);
  changes.emitAll();
  return [...carriers.keys()].map((id) => loadTicket(tx.db, id)!);
}

/**
 * Closes every open ticket of an order that left the kitchen without its bump (the day close
 * handing it over): station tickets first, then expo, as a bump would.
 */
export function bumpOrderTickets(tx: CommandTx, orderId: string): void {
  const changes = new TicketChanges(tx);
  const rows = ticketRowsOfOrder(tx.db, orderId).filter((t) => isOpen(t.status));
  for (const row of rows.filter((t) => t.kind === 'STATION')) changes.bump(row);
  for (const row of rows.filter((t) => t.kind === 'EXPO')) changes.bump(row);
  changes.emitAll();
}
