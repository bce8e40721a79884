import type { KitchenTicketData } from '../devices/printer/templates/index.js';
import type { Db } from '../kernel/db/open.js';
import { businessRule, conflict, notFound } from '../kernel/errors.js';
import { runCommand } from '../kernel/http/command-route.js';
import { requirePermission } from '../kernel/http/permissions.js';
import { readParam } from '../kernel/http/validation.js';
import { newId } from '../kernel/ids.js';
import type { JournalEvent } from '../kernel/journal/event.js';
import type { ModuleContext } from '../kernel/module.js';
import { assertStationAccess, findStation, isOpenTicket, loadTicket, type KitchenStation, type KitchenTicket } from '../kitchen/index.js';
import { enqueuePrintJob } from '../printing/index.js';
import { routeDoc } from '../../contract/api/openapi/route-doc.js';
import { runKitchenCommand } from './kitchen-command.js';
import { hasTable, registerPrintingConsumer } from './printing-consumer.js';
import { readPrintRouting } from './printing-routing.js';

const TICKET_CHANNELS = ['COUNTER', 'TABLE', 'DELIVERY', 'TAKEOUT', 'KIOSK', 'MARKETPLACE'] as const;
type TicketChannel = (typeof TICKET_CHANNELS)[number];
const isTicketChannel = (channel: string): channel is TicketChannel => (TICKET_CHANNELS as readonly string[]).includes(channel);

/** The paper ticket of a kitchen ticket, laid out by the printer's own template at print time. */
export function kitchenTicketData(ticket: KitchenTicket, station: KitchenStation, reprint = false): KitchenTicketData {
  return {
    station: station.name,
    orderNumber: ticket.orderNumber,
    createdAt: ticket.timers.createdAt,
    ...(isTicketChannel(ticket.channel) ? { channel: ticket.channel } : {}),
    ...(ticket.table ? { tableLabel: ticket.table } : {}),
    ...(ticket.fireAt > ticket.timers.createdAt ? { startAt: ticket.fireAt } : {}),
    ...(reprint ? { reprint } : {}),
    // A line voided at the station is not to be cooked: a reprint leaves it off rather than hand it to the cook again.
    items: ticket.items.filter((item) => item.status !== 'VOIDED').map((item) => paperLine(item, ticket.fireAt)),
  };
}

/** A ticket line as the paper shows it; its own start when it starts after the ticket's (`ticketStart`). */
export const paperLine = (item: KitchenTicket['items'][number], ticketStart?: string): KitchenTicketData['items'][number] => ({
  name: item.name,
  quantity: item.quantity,
  unit: item.unit,
  ...(item.modifiers.length > 0 ? { modifiers: item.modifiers } : {}),
  ...(item.notes ? { notes: item.notes } : {}),
  ...(ticketStart && item.fireAt > ticketStart ? { startAt: item.fireAt } : {}),
});

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
      // Voided before its paper was queued (its order cancelled at once): the cook gets nothing to cook.
      if (!paper || loadTicket(tx.db, paper.ticket.ticketId)?.status === 'VOIDED') return null;
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

/**
 * A station without a screen works from paper and tells the store nothing back, so its ticket is
 * done, for the order's progress, once the paper is in the station's hands: the job printed closes
 * it as a bump would. Without this the order never became READY (its last station ticket stayed
 * open) and prep-sync kept counting the ticket's items as busy, holding every later order at that
 * station. A job still retrying (printer off, out of paper) leaves the ticket open, so the expo
 * screen shows it as not yet at its station; a station that got a screen meanwhile is left to its cook.
 */
export function registerPaperTicketClosing(ctx: ModuleContext): void {
  if (!hasTable(ctx, 'kitchen_stations')) return;
  const isPaperTicket = (event: JournalEvent<'print_job.done'>) => event.payload.kind === 'kitchen_ticket' && event.payload.source?.type === 'kitchen_ticket';
  ctx.events.durable('workflow-close-paper-kitchen-ticket', 'print_job.done', async (event) => {
    if (!isPaperTicket(event)) return;
    const ticketId = event.payload.source!.id;
    const ticket = loadTicket(ctx.db, ticketId);
    if (!ticket || !isOpenTicket(ticket.status) || findStation(ctx.db, ticket.station)?.hasScreen !== false) return;
    await ctx.commands.run('workflow.close_paper_kitchen_ticket', (tx) => runKitchenCommand(tx, ticket.station, { ticketId, action: 'bump' }), {
      actor: { type: 'system', id: 'workflow:close-paper-kitchen-ticket' },
      correlationId: event.correlationId,
    });
  });
}

/**
 * `POST /kds/{station}/tickets/{ticketId}/print`: the ticket as it is now, marked as a reprint, on
 * the station's kitchen printer (docs/devices.md, "What prints when"). Each call is a new copy;
 * a retry with the same Idempotency-Key is not.
 */
export function registerKitchenTicketReprint(ctx: ModuleContext): void {
  if (!hasTable(ctx, 'kitchen_stations')) return;
  ctx.api.post(
    '/kds/:station/tickets/:ticketId/print',
    routeDoc({
      tag: 'printing',
      summary: "Print a kitchen ticket again on its station's printer",
      status: 201,
      response: () => import('./answers.js').then((a) => a.printQueuedAnswer),
      errors: { 403: ['KDS_STATION_FORBIDDEN'], 404: ['KITCHEN_STATION_NOT_FOUND', 'KITCHEN_TICKET_NOT_FOUND', 'PRINTER_NOT_FOUND'], 409: ['KITCHEN_TICKET_VOIDED'], 422: ['PRINT_KITCHEN_PRINTER_MISSING'] },
    }),
    requirePermission('kds.operate'),
    (c) => {
      const code = readParam(c, 'station');
      const ticketId = readParam(c, 'ticketId');
      assertStationAccess(ctx.db, c.get('actor'), code);
      return runCommand(
        c,
        'printing.reprint_kitchen_ticket',
        (tx) => {
          const ticket = loadTicket(tx.db, ticketId);
          if (!ticket || ticket.station !== code) throw notFound('KITCHEN_TICKET_NOT_FOUND', { station: code });
          // Its order was cancelled (or the kitchen voided it): paper in the cook's hand would be cooked.
          if (ticket.status === 'VOIDED') throw conflict('KITCHEN_TICKET_VOIDED', { ticketId });
          const station = findStation(tx.db, code)!;
          const printerId = readPrintRouting(tx.db).kitchenPrinters[code];
          if (!printerId) throw businessRule('PRINT_KITCHEN_PRINTER_MISSING', { station: code }, { station: station.name });
          const job = enqueuePrintJob(tx, {
            printerId,
            kind: 'kitchen_ticket',
            payload: { template: 'kitchen_ticket', data: kitchenTicketData(ticket, station, true) },
            source: { type: 'kitchen_ticket', id: ticket.ticketId },
            dedupeKey: `kitchen/${ticket.ticketId}/reprint/${newId()}`,
          });
          return { jobId: job.id, kind: job.kind, printerId: job.printerId };
        },
        201,
      );
    },
  );
}
