import type { CommandTx } from '../kernel/journal/command-bus.js';
import type { ModuleContext } from '../kernel/module.js';
import { bumpOrderTickets, ordersWithOpenTickets } from '../kitchen/index.js';
import { getOrder } from '../orders/index.js';

/**
 * Tickets a closed business day left open (days closed before the close bumped its tickets) would
 * greet the cooks as late orders nobody will serve, and hold their stations' capacity. Every day
 * that opens closes them first, in its own transaction, journaled as the day close does it
 * (`kitchen.ticket_bumped`), so a store upgraded with such tickets is clean on its next morning.
 */
export function registerClosedDayTicketRepair(ctx: ModuleContext): void {
  ctx.commands.react('business_day.opened', (tx, event) => closeTicketsOfDaysBefore(tx, event.payload.date));
}

/**
 * Bumps the open tickets of orders booked before `date`. A day opens only once the one before
 * it closed and never dated before it, so every earlier date is a closed day.
 */
export function closeTicketsOfDaysBefore(tx: CommandTx, date: string): void {
  for (const orderId of ordersWithOpenTickets(tx.db)) {
    const order = getOrder(tx.db, orderId);
    if (order && order.businessDate < date) bumpOrderTickets(tx, orderId);
  }
}
