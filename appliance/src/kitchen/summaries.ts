import type { Db } from '../kernel/db/open.js';
import { RECALL_WINDOW_SECONDS } from './commands.js';
import { stmt } from './statements.js';
import { groupItemRows } from './tickets.js';

export interface AllDayCounts {
  station: string;
  openTickets: number;
  items: { name: string; quantity: number; unit: 'UNIT' | 'GRAM' }[];
  updatedAt: string;
}

export interface RecentTickets {
  station: string;
  tickets: { ticketId: string; orderNumber: number; channel: string; table: string | null; bumpedAt: string; items: string[] }[];
  updatedAt: string;
}

const RECENT_LIMIT = 12;

function isExpoStation(db: Db, station: string): boolean {
  return stmt(db, 'SELECT is_expo FROM kitchen_stations WHERE code = ?').pluck().get(station) === 1;
}

/** What the station still has to cook, summed by product; expo sums every station. */
export function allDayCounts(db: Db, station: string, now: Date): AllDayCounts {
  const expo = isExpoStation(db, station);
  const where = expo ? '' : 'AND t.station = ?';
  const params = expo ? [] : [station];
  const items = stmt(
    db,
    `SELECT i.name, i.unit, SUM(i.quantity) AS quantity FROM kitchen_ticket_items i JOIN kitchen_tickets t ON t.id = i.ticket_id
     WHERE t.kind = 'STATION' AND t.status IN ('OPEN', 'IN_PROGRESS') AND i.status IN ('PENDING', 'IN_PROGRESS') ${where}
     GROUP BY i.name, i.unit ORDER BY quantity DESC, i.name`,
  ).all(...params) as AllDayCounts['items'];
  const openTickets = stmt(db, "SELECT COUNT(*) FROM kitchen_tickets WHERE station = ? AND status IN ('OPEN', 'IN_PROGRESS')").pluck().get(station) as number;
  return { station, openTickets, items, updatedAt: now.toISOString() };
}

/** Tickets bumped within the recall window, newest first: the recall list. */
export function recentBumped(db: Db, station: string, now: Date): RecentTickets {
  const since = new Date(now.getTime() - RECALL_WINDOW_SECONDS * 1000).toISOString();
  const rows = stmt(
    db,
    `SELECT id, kind, group_id, order_id, order_number, channel, table_label, bumped_at FROM kitchen_tickets
     WHERE station = ? AND status = 'BUMPED' AND bumped_at >= ? ORDER BY bumped_at DESC LIMIT ${RECENT_LIMIT}`,
  ).all(station, since) as {
    id: string;
    kind: string;
    group_id: string;
    order_id: string;
    order_number: number;
    channel: string;
    table_label: string | null;
    bumped_at: string;
  }[];
  return {
    station,
    tickets: rows.map((r) => ({
      ticketId: r.id,
      orderNumber: r.order_number,
      channel: r.channel,
      table: r.table_label,
      bumpedAt: r.bumped_at,
      items: (
        r.kind === 'EXPO'
          ? groupItemRows(db, r.order_id, r.group_id)
          : (stmt(db, 'SELECT quantity, unit, name FROM kitchen_ticket_items WHERE ticket_id = ? ORDER BY position').all(r.id) as { quantity: number; unit: string; name: string }[])
      ).map((i) => (i.unit === 'GRAM' ? `${i.quantity} g ${i.name}` : `${i.quantity}x ${i.name}`)),
    })),
    updatedAt: now.toISOString(),
  };
}
