import type { KitchenTicketData } from '../devices/printer/templates/index.js';
import type { Db } from '../kernel/db/open.js';
import type { JournalEvent } from '../kernel/journal/event.js';
import type { ModuleContext } from '../kernel/module.js';
import { findStation, type KitchenStation, type KitchenTicket } from '../kitchen/index.js';
import { hasTable, registerPrintingConsumer } from './printing-consumer.js';
import { readPrintRouting } from './printing-routing.js';

const TICKET_CHANNELS = ['COUNTER', 'TABLE', 'DELIVERY', 'TAKEOUT', 'KIOSK', 'MARKETPLACE'] as const;
type TicketChannel = (typeof TICKET_CHANNELS)[number];
const isTicketChannel = (channel: string): channel is TicketChannel => (TICKET_CHANNELS as readonly string[]).includes(channel);

/** The paper ticket of a kitchen ticket, laid out by the printer's own template at print time. */
export function kitchenTicketData(ticket: KitchenTicket, station: KitchenStation): KitchenTicketData {
  return {
    station: station.name,
    orderNumber: ticket.orderNumber,
    createdAt: ticket.timers.createdAt,
    ...(isTicketChannel(ticket.channel) ? { channel: ticket.channel } : {}),
    ...(ticket.table ? { tableLabel: ticket.table } : {}),
    items: ticket.items.map((item) => ({
      name: item.name,
      quantity: item.quantity,
      unit: item.unit,
      ...(item.modifiers.length > 0 ? { modifiers: item.modifiers } : {}),
      ...(item.notes ? { notes: item.notes } : {}),
    })),
  };
}

/** The event's station ticket and its station when it goes on paper; null when a screen shows it (or it is no station ticket). */
function paperTicketOf(db: Db, event: JournalEvent<'kitchen.ticket_created'>): { ticket: KitchenTicket; station: KitchenStation } | null {
  const { ticket } = event.payload;
  if (!ticket || ticket.kind !== 'STATION') return null;
  const station = findStation(db, ticket.station);
  return station && !station.hasScreen ? { ticket, station } : null;
}

/**
 * Stations without a KDS screen get their tickets on paper. This reads `kitchen.ticket_created`
 * from the journal (the event carries the whole ticket) rather than through the kitchen's
 * in-process printer port, which is called from a live subscriber: a crash between the ticket's
 * commit and that call would lose the ticket, while a durable cursor replays it.
 */
export function registerKitchenTicketPrinting(ctx: ModuleContext): void {
  if (!hasTable(ctx, 'kitchen_stations')) return;
  registerPrintingConsumer(ctx, {
    name: 'workflow-print-kitchen-ticket',
    events: 'kitchen.ticket_created',
    printsNothing: (event) => paperTicketOf(ctx.db, event) === null,
    plan: (tx, event) => {
      const paper = paperTicketOf(tx.db, event);
      if (!paper) return null;
      const { ticket, station } = paper;
      return {
        printerId: readPrintRouting(tx.db).kitchenPrinters[station.code] ?? null,
        kind: 'kitchen_ticket',
        payload: { template: 'kitchen_ticket', data: kitchenTicketData(ticket, station) },
        source: { type: 'kitchen_ticket', id: ticket.ticketId },
        dedupeKey: `kitchen/${ticket.ticketId}`,
      };
    },
  });
}
