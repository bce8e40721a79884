import type { Db } from '../kernel/db/open.js';
import type { TicketHeader } from './events.js';
import { stmt } from './statements.js';
import type { KitchenTicket, KitchenTicketItem, TicketKind, TicketStatus } from './types.js';

export interface TicketRow {
  id: string;
  kind: TicketKind;
  station: string;
  group_id: string;
  order_id: string;
  order_number: number;
  channel: string;
  table_label: string | null;
  status: TicketStatus;
  fire_at: string;
  due_at: string;
  created_at: string;
  started_at: string | null;
  bumped_at: string | null;
  voided_at: string | null;
  closed_at: string | null;
  version: number;
}

export interface ItemRow {
  ticket_id: string;
  item_id: string;
  group_id: string;
  position: number;
  product_id: string;
  name: string;
  quantity: number;
  unit: 'UNIT' | 'GRAM';
  slots: number;
  modifiers: string;
  notes: string | null;
  prep_seconds: number;
  fire_at: string;
  due_at: string;
  status: KitchenTicketItem['status'];
  station: string;
}

export const OPEN_STATUSES: readonly TicketStatus[] = ['OPEN', 'IN_PROGRESS'];
const DEFAULT_WARN_SECONDS = 300;
const DEFAULT_LATE_SECONDS = 480;

export function isOpen(status: TicketStatus): boolean {
  return OPEN_STATUSES.includes(status);
}

export function findTicketRow(db: Db, ticketId: string): TicketRow | null {
  return (stmt(db, 'SELECT * FROM kitchen_tickets WHERE id = ?').get(ticketId) as TicketRow | undefined) ?? null;
}

/** The ticket's header as its events carry it, read from its row alone. */
export function ticketHeaderOf(row: TicketRow): TicketHeader {
  return { ticketId: row.id, kind: row.kind, station: row.station, groupId: row.group_id, orderId: row.order_id, orderNumber: row.order_number, status: row.status, version: row.version };
}

/** A station ticket's own items; an expo ticket shows every item of its group. */
export function itemRowsOf(db: Db, ticket: TicketRow): ItemRow[] {
  if (ticket.kind === 'EXPO') return groupItemRows(db, ticket.order_id, ticket.group_id);
  return stmt(db, 'SELECT i.*, t.station FROM kitchen_ticket_items i JOIN kitchen_tickets t ON t.id = i.ticket_id WHERE i.ticket_id = ? ORDER BY i.position').all(
    ticket.id,
  ) as ItemRow[];
}

/**
 * Every item of one send of an order (a group), by position. A group is found through its order's
 * few tickets (`kitchen_tickets_order`) rather than an index of its own: that index cost a page
 * written in every commit that opened a ticket.
 */
export function groupItemRows(db: Db, orderId: string, groupId: string): ItemRow[] {
  return stmt(
    db,
    'SELECT i.*, t.station FROM kitchen_tickets t JOIN kitchen_ticket_items i ON i.ticket_id = t.id WHERE t.order_id = ? AND t.group_id = ? ORDER BY i.position',
  ).all(orderId, groupId) as ItemRow[];
}

function thresholdsOf(db: Db, station: string): { warn: number; late: number } {
  const row = stmt(db, 'SELECT warn_after_seconds AS warn, late_after_seconds AS late FROM kitchen_stations WHERE code = ?').get(station) as
    | { warn: number; late: number }
    | undefined;
  return row ?? { warn: DEFAULT_WARN_SECONDS, late: DEFAULT_LATE_SECONDS };
}

export function toTicket(db: Db, row: TicketRow): KitchenTicket {
  const thresholds = thresholdsOf(db, row.station);
  return {
    ticketId: row.id,
    kind: row.kind,
    station: row.station,
    groupId: row.group_id,
    orderId: row.order_id,
    orderNumber: row.order_number,
    channel: row.channel,
    table: row.table_label,
    status: row.status,
    fireAt: row.fire_at,
    dueAt: row.due_at,
    items: itemRowsOf(db, row).map((i) => ({
      itemId: i.item_id,
      productId: i.product_id,
      name: i.name,
      quantity: i.quantity,
      unit: i.unit,
      station: i.station,
      modifiers: JSON.parse(i.modifiers),
      notes: i.notes,
      prepSeconds: i.prep_seconds,
      fireAt: i.fire_at,
      dueAt: i.due_at,
      status: i.status,
    })),
    timers: {
      createdAt: row.created_at,
      startedAt: row.started_at,
      bumpedAt: row.bumped_at,
      voidedAt: row.voided_at,
      warnAfterSeconds: thresholds.warn,
      lateAfterSeconds: thresholds.late,
    },
    version: row.version,
  };
}

export function loadTicket(db: Db, ticketId: string): KitchenTicket | null {
  const row = findTicketRow(db, ticketId);
  return row ? toTicket(db, row) : null;
}

/** The open tickets of a station, oldest fire time first: what its screen shows. */
export function openTickets(db: Db, station: string): KitchenTicket[] {
  const rows = stmt(db, "SELECT * FROM kitchen_tickets WHERE station = ? AND status IN ('OPEN', 'IN_PROGRESS') ORDER BY fire_at, created_at, id").all(
    station,
  ) as TicketRow[];
  return rows.map((r) => toTicket(db, r));
}

export function allOpenTickets(db: Db): KitchenTicket[] {
  const rows = stmt(db, "SELECT * FROM kitchen_tickets WHERE status IN ('OPEN', 'IN_PROGRESS') ORDER BY station, fire_at, created_at, id").all() as TicketRow[];
  return rows.map((r) => toTicket(db, r));
}

/** The orders that still have a ticket open at some station. */
export function ordersWithOpenTickets(db: Db): string[] {
  return stmt(db, "SELECT DISTINCT order_id FROM kitchen_tickets WHERE status IN ('OPEN', 'IN_PROGRESS')").pluck().all() as string[];
}

export function ticketRowsOfOrder(db: Db, orderId: string): TicketRow[] {
  return stmt(db, 'SELECT * FROM kitchen_tickets WHERE order_id = ? ORDER BY created_at, id').all(orderId) as TicketRow[];
}

/**
 * The kitchen items of an order its stations started or finished (not voided): goods a cancel can
 * no longer put back on the shelf.
 */
export function startedItemIdsOfOrder(db: Db, orderId: string): Set<string> {
  const rows = stmt(
    db,
    `SELECT i.item_id FROM kitchen_ticket_items i JOIN kitchen_tickets t ON t.id = i.ticket_id
     WHERE t.order_id = ? AND t.kind = 'STATION' AND i.status IN ('IN_PROGRESS', 'DONE')`,
  ).all(orderId) as { item_id: string }[];
  return new Set(rows.map((r) => r.item_id));
}

/** Every ticket of an order, closed ones too: what its stations were handed, whatever became of it. */
export function ticketsOfOrder(db: Db, orderId: string): KitchenTicket[] {
  return ticketRowsOfOrder(db, orderId).map((r) => toTicket(db, r));
}

/** The tickets of one send of an order (its stations' and the expo's), found through the order's tickets. */
export function ticketRowsOfGroup(db: Db, orderId: string, groupId: string): TicketRow[] {
  return stmt(db, 'SELECT * FROM kitchen_tickets WHERE order_id = ? AND group_id = ? ORDER BY kind DESC, station').all(orderId, groupId) as TicketRow[];
}
