import type { CommandTx } from '../kernel/journal/command-bus.js';
import type { ModuleContext } from '../kernel/module.js';
import { findStation, isOpenTicket, loadTicket, type KitchenStation } from '../kitchen/index.js';
import { enqueuePrintJob, findPrinterConfig, hasJobWithKey, hasPrintedJobOf, withdrawJobsOf } from '../printing/index.js';
import { hasTable } from './printing-consumer.js';
import { kitchenTicketData } from './printing-kitchen.js';
import { readPrintRouting } from './printing-routing.js';

const TICKET_SOURCE = 'kitchen_ticket';
const TICKET_KIND = 'kitchen_ticket';

/**
 * A paper ticket still waiting for its printer (busy, off, out of paper) reaches the cook as it was
 * queued, whatever happened meanwhile: a cancelled order gets cooked, lines moved to another table
 * are plated for the old one. So, in the transaction of the change, the ticket's paper not printed
 * yet is withdrawn (`PRINT_JOB_OUTDATED`): a voided ticket (its order cancelled, the ticket voided)
 * prints nothing, a ticket that lost a dish (one line of the order cancelled) is queued again
 * without it, and a ticket that moved, whole or split, is queued again as it stands now, each
 * part under its own table. Nothing of it reached the station, so no CANCELADO or TRANSFERIDO slip
 * follows (printing-kitchen-notices.ts). A job already on its way to the printer prints: the slips
 * follow it.
 */
export function registerKitchenPaperWithdrawal(ctx: ModuleContext): void {
  if (!hasTable(ctx, 'kitchen_stations')) return;
  ctx.commands.react('kitchen.ticket_voided', (tx, event) => {
    const { ticketId, kind, status, itemId } = event.payload;
    if (kind !== 'STATION') return;
    if (status === 'VOIDED') {
      withdrawJobsOf(tx, TICKET_SOURCE, [ticketId], { reason: 'outdated', kind: TICKET_KIND });
      return;
    }
    // One dish voided on a ticket still waiting for its paper: the paper goes out without it.
    const station = itemId ? findStation(tx.db, event.payload.station) : null;
    if (!station || station.hasScreen || hasPrintedJobOf(tx.db, TICKET_SOURCE, [ticketId])) return;
    if (withdrawJobsOf(tx, TICKET_SOURCE, [ticketId], { reason: 'outdated', kind: TICKET_KIND }) > 0) queueAsItStands(tx, ticketId, station, event.id);
  });
  ctx.commands.react('kitchen.ticket_moved', (tx, event) => {
    const { ticket, fromTicketId } = event.payload;
    const station = ticket.kind === 'STATION' ? findStation(tx.db, ticket.station) : null;
    // A station with a screen shows the move there; a copy its cook asked for stays queued.
    if (!station || station.hasScreen) return;
    // Split: the ticket left behind held the moved lines on the paper it was waiting for.
    const ticketIds = fromTicketId ? [fromTicketId, ticket.ticketId] : [ticket.ticketId];
    if (hasPrintedJobOf(tx.db, TICKET_SOURCE, ticketIds)) return;
    withdrawJobsOf(tx, TICKET_SOURCE, ticketIds, { reason: 'outdated', kind: TICKET_KIND });
    for (const ticketId of ticketIds) queueAsItStands(tx, ticketId, station, event.id);
  });
}

/**
 * The paper of an open ticket, laid out now. Under the key of the ticket's first paper when that
 * was not queued yet, so the ticket consumer catching up later (printing-kitchen.ts) finds it and
 * queues no second copy; else under a key of its own (`…/moved/<eventId>` is the TRANSFERIDO slip's).
 */
function queueAsItStands(tx: CommandTx, ticketId: string, station: KitchenStation, eventId: string): void {
  const ticket = loadTicket(tx.db, ticketId);
  if (!ticket || !isOpenTicket(ticket.status)) return;
  const printerId = readPrintRouting(tx.db).kitchenPrinters[station.code];
  // No printer for the station: the ticket consumer logs that gap; this change must still commit.
  if (!printerId || !findPrinterConfig(tx.db, printerId)) return;
  const firstKey = `kitchen/${ticketId}`;
  enqueuePrintJob(tx, {
    printerId,
    kind: TICKET_KIND,
    payload: { template: 'kitchen_ticket', data: kitchenTicketData(ticket, station) },
    source: { type: TICKET_SOURCE, id: ticketId },
    dedupeKey: hasJobWithKey(tx.db, firstKey) ? `${firstKey}/requeued/${eventId}` : firstKey,
  });
}
