import type { KitchenTicketData, KitchenTicketNotice } from '../devices/printer/templates/index.js';
import type { Db } from '../kernel/db/open.js';
import type { ModuleContext } from '../kernel/module.js';
import { findStation, listStations, loadTicket, ticketsOfOrder, type KitchenStation, type KitchenTicket } from '../kitchen/index.js';
import { getOrder } from '../orders/index.js';
import { hasPrintedJobOf } from '../printing/index.js';
import { findTable } from '../tables/index.js';
import { kitchenItemIdsOf } from './order-kitchen.js';
import { kitchenTicketData, paperLine } from './printing-kitchen.js';
import { hasTable, registerPrintingConsumer, type PrintPlan } from './printing-consumer.js';
import { readPrintRouting } from './printing-routing.js';

/**
 * A station without a screen only knows what its printer handed it: a screen shows an order
 * cancelled or lines moved to another table, paper does not change. So a ticket a paper station
 * holds on paper gets a slip when its order is cancelled ("CANCELADO") or its lines move to
 * another table ("TRANSFERIDO"), or the cook cooks a cancelled order or plates it for the old
 * table; one dish of it cancelled gets a CANCELADO slip naming that dish alone. Like the ticket, each slip is a durable consumer's deduplicated job: a replay prints none twice.
 */
export function registerKitchenNoticePrinting(ctx: ModuleContext): void {
  if (!hasTable(ctx, 'kitchen_stations')) return;
  registerPrintingConsumer(ctx, {
    name: 'workflow-print-kitchen-cancelled',
    events: 'order.cancelled',
    // Most stores have screens at every station: no command, and no COMMIT, per cancelled order.
    printsNothing: () => listStations(ctx.db, true).every((station) => station.hasScreen),
    plan: (tx, event) => {
      const { orderId, reason } = event.payload;
      return ticketsOfOrder(tx.db, orderId).flatMap((ticket) => cancelledSlip(tx.db, ticket, event.occurredAt, reason) ?? []);
    },
  });

  // A ticket whose job was on its way to the printer when its order was cancelled prints after the
  // cancel (a queued or failed one is withdrawn then, printing-kitchen-withdrawal.ts): its slip
  // follows it, under the same key, so it never prints twice.
  registerPrintingConsumer(ctx, {
    name: 'workflow-print-kitchen-cancelled-late',
    events: 'print_job.done',
    printsNothing: (event) => event.payload.kind !== 'kitchen_ticket' || event.payload.source?.type !== 'kitchen_ticket',
    plan: (tx, event) => {
      const ticket = event.payload.source ? loadTicket(tx.db, event.payload.source.id) : null;
      if (ticket?.status !== 'VOIDED') return null;
      const order = getOrder(tx.db, ticket.orderId);
      // Cancelling is the order's last change: its `updatedAt` is when it was cancelled.
      return order?.status === 'CANCELLED' ? cancelledSlip(tx.db, ticket, order.updatedAt, order.cancelReason) : null;
    },
  });

  registerPrintingConsumer(ctx, {
    name: 'workflow-print-kitchen-line-cancelled',
    events: 'order.item_cancelled',
    printsNothing: () => listStations(ctx.db, true).every((station) => station.hasScreen),
    plan: (tx, event) => {
      const { orderId, itemId, reason } = event.payload;
      const item = getOrder(tx.db, orderId)?.items.find((line) => line.itemId === itemId);
      if (!item) return null;
      // A combo's parts are lines of their own on their stations' tickets.
      const lineIds = new Set(kitchenItemIdsOf(item));
      return ticketsOfOrder(tx.db, orderId).flatMap((ticket) => {
        const lines = ticket.items.filter((line) => lineIds.has(line.itemId));
        const station = lines.length > 0 ? paperStationHolding(tx.db, ticket) : null;
        if (!station) return [];
        const notice: KitchenTicketNotice = { kind: 'CANCELLED', at: event.occurredAt, reason };
        return noticePlan(tx.db, ticket, station, { ...kitchenTicketData(ticket, station), items: lines.map((line) => paperLine(line)), notice }, `kitchen/${ticket.ticketId}/cancelled/${itemId}`);
      });
    },
  });

  registerPrintingConsumer(ctx, {
    name: 'workflow-print-kitchen-moved',
    events: 'kitchen.ticket_moved',
    printsNothing: (event) => event.payload.ticket.kind !== 'STATION' || findStation(ctx.db, event.payload.ticket.station)?.hasScreen !== false,
    plan: (tx, event) => {
      const { ticket, fromOrderId, fromTicketId } = event.payload;
      // Its own order moved to another table: the order's table change names both tables (registerTableChangeSlips).
      if (fromOrderId === ticket.orderId) return null;
      const station = paperStationHolding(tx.db, ticket, fromTicketId);
      if (!station) return null;
      const notice: KitchenTicketNotice = {
        kind: 'MOVED',
        at: event.occurredAt,
        ...optionalLabel('fromTable', tableOfOrder(tx.db, fromOrderId)),
        ...optionalLabel('toTable', ticket.table),
      };
      // The event is the ticket under its new order: the lines on it are the lines that moved.
      return noticePlan(tx.db, ticket, station, { ...kitchenTicketData(ticket, station), notice }, `kitchen/${ticket.ticketId}/moved/${event.id}`);
    },
  });

  registerTableChangeSlips(ctx);
}

/**
 * The guests moved to another table with their whole tab: every ticket of the order the paper
 * station holds gets its TRANSFERIDO slip, from the table they left (which the order no longer
 * names once this runs) to the one they sit at.
 */
function registerTableChangeSlips(ctx: ModuleContext): void {
  registerPrintingConsumer(ctx, {
    name: 'workflow-print-kitchen-table-changed',
    events: 'order.table_changed',
    printsNothing: () => listStations(ctx.db, true).every((station) => station.hasScreen),
    plan: (tx, event) => {
      const { orderId, fromTableId, toTableId } = event.payload;
      const notice: KitchenTicketNotice = { kind: 'MOVED', at: event.occurredAt, ...optionalLabel('fromTable', tableLabel(tx.db, fromTableId)), ...optionalLabel('toTable', tableLabel(tx.db, toTableId)) };
      return ticketsOfOrder(tx.db, orderId).flatMap((ticket) => {
        const station = ticket.status === 'VOIDED' ? null : paperStationHolding(tx.db, ticket);
        if (!station) return [];
        return noticePlan(tx.db, ticket, station, { ...kitchenTicketData(ticket, station), notice }, `kitchen/${ticket.ticketId}/table/${event.id}`);
      });
    },
  });
}

function cancelledSlip(db: Db, ticket: KitchenTicket, at: string, reason: string | null): PrintPlan | null {
  const station = paperStationHolding(db, ticket);
  if (!station) return null;
  const notice: KitchenTicketNotice = { kind: 'CANCELLED', at, ...(reason ? { reason } : {}) };
  // A ticket still open when its order was cancelled was voided with it, lines and all: the slip names the lines it printed.
  const items = ticket.status === 'VOIDED' ? ticket.items.map((item) => paperLine(item)) : kitchenTicketData(ticket, station).items;
  return noticePlan(db, ticket, station, { ...kitchenTicketData(ticket, station), items, notice }, `kitchen/${ticket.ticketId}/cancelled`);
}

/**
 * The paper station holding this station ticket on paper: one without a screen where a job of the
 * ticket printed (of the ticket it was split off, for lines that moved). A ticket that never
 * printed (its printer was off, the order was cancelled first) tells the cook nothing to undo.
 */
function paperStationHolding(db: Db, ticket: KitchenTicket, splitFrom?: string): KitchenStation | null {
  if (ticket.kind !== 'STATION') return null;
  const station = findStation(db, ticket.station);
  if (!station || station.hasScreen) return null;
  return hasPrintedJobOf(db, 'kitchen_ticket', splitFrom ? [ticket.ticketId, splitFrom] : [ticket.ticketId]) ? station : null;
}

function noticePlan(db: Db, ticket: KitchenTicket, station: KitchenStation, data: KitchenTicketData, dedupeKey: string): PrintPlan {
  return {
    printerId: readPrintRouting(db).kitchenPrinters[station.code] ?? null,
    // Not `kitchen_ticket`: a slip printed must not close the ticket as the ticket's own paper does.
    kind: 'kitchen_notice',
    payload: { template: 'kitchen_ticket', data },
    // The ticket's source, so a slip printed counts as paper the station holds (lines moved on again get theirs).
    source: { type: 'kitchen_ticket', id: ticket.ticketId },
    dedupeKey,
  };
}

const tableLabel = (db: Db, tableId: string | null | undefined): string | null => (tableId ? (findTable(db, tableId)?.label ?? null) : null);
const tableOfOrder = (db: Db, orderId: string): string | null => tableLabel(db, getOrder(db, orderId)?.tableId);

const optionalLabel = <K extends string>(key: K, label: string | null): Partial<Record<K, string>> => (label ? ({ [key]: label } as Record<K, string>) : {});
