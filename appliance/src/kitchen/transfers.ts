import type { CommandTx } from '../kernel/journal/command-bus.js';
import { TicketChanges } from './commands.js';
import { stmt } from './statements.js';
import { isOpen, ticketRowsOfGroup, ticketRowsOfOrder } from './tickets.js';
import type { TicketDestination } from './types.js';

/**
 * Lines moved to another order (items transferred to another table, joined tables made one bill)
 * take their kitchen tickets along, in the caller's transaction: the cook plates them for the
 * table that eats them, their bump moves the order that now carries them, and a round sent from
 * there does not cook them again (routing skips the lines already on its order's tickets).
 *
 * A station ticket whose every line moves is re-pointed. One that keeps some is split: the moving
 * lines go to a copy under the destination (same station, send, times and state), and what stays
 * behind closes if it is all done. The send's expo ticket follows its station tickets: re-pointed
 * when none is left behind, copied when the send now serves both orders, and never twice to one
 * order (lines of the send moved there earlier already brought one).
 */
export function moveTicketItems(tx: CommandTx, fromOrderId: string, itemIds: readonly string[], to: TicketDestination): void {
  const moving = new Set(itemIds);
  const changes = new TicketChanges(tx);
  const linesOf = stmt(tx.db, 'SELECT item_id FROM kitchen_ticket_items WHERE ticket_id = ?').pluck();
  const moveLine = stmt(tx.db, 'UPDATE kitchen_ticket_items SET ticket_id = ? WHERE ticket_id = ? AND item_id = ?');
  const sends = new Set<string>();
  for (const ticket of ticketRowsOfOrder(tx.db, fromOrderId).filter((t) => t.kind === 'STATION')) {
    const lines = linesOf.all(ticket.id) as string[];
    const mine = lines.filter((id) => moving.has(id));
    if (mine.length === 0) continue;
    sends.add(ticket.group_id);
    if (mine.length === lines.length) {
      changes.repoint(ticket, to);
      continue;
    }
    const copy = changes.splitOff(ticket, to);
    for (const itemId of mine) moveLine.run(copy, ticket.id, itemId);
    changes.settle(ticket.id);
    changes.settle(copy);
  }
  for (const groupId of sends) {
    const left = ticketRowsOfGroup(tx.db, fromOrderId, groupId);
    const arrived = ticketRowsOfGroup(tx.db, to.orderId, groupId);
    const station = left.find((t) => t.kind === 'STATION');
    for (const expo of left.filter((t) => t.kind === 'EXPO')) {
      // Lines of this send that moved there before already have an expo ticket: it shows these too, so expo sees the table once.
      const there = arrived.find((t) => t.kind === 'EXPO' && t.station === expo.station && isOpen(t.status));
      if (there) {
        changes.touched(there.id);
        if (!station && isOpen(expo.status)) changes.void(expo);
      } else if (station) changes.splitOff(expo, to);
      else changes.repoint(expo, to);
    }
    if (station) changes.syncExpo(station);
  }
  changes.emitAll();
}

/**
 * An order moved to another table whole (its tab moved, guests and all): every ticket it has shows
 * that table, the ones still cooking so the food goes there, the bumped ones so a recall does too.
 * Voided tickets are history and keep the table they were voided at.
 */
export function relabelOrderTickets(tx: CommandTx, orderId: string, tableLabel: string | null): void {
  const changes = new TicketChanges(tx);
  for (const row of ticketRowsOfOrder(tx.db, orderId)) {
    if (row.status !== 'VOIDED' && row.table_label !== tableLabel) changes.relabel(row, tableLabel);
  }
  changes.emitAll();
}
