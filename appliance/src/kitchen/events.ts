import type { NewEvent } from '../kernel/journal/event.js';
import type { KitchenTicket } from './types.js';

export const KITCHEN_EVENT_TYPES = [
  'kitchen.ticket_created',
  'kitchen.ticket_started',
  'kitchen.ticket_bumped',
  'kitchen.ticket_recalled',
  'kitchen.ticket_voided',
  'kitchen.ticket_updated',
  'kitchen.ticket_moved',
] as const;
export type KitchenEventType = (typeof KITCHEN_EVENT_TYPES)[number];

/** What every kitchen event says of its ticket; only `kitchen.ticket_created` carries the whole ticket. */
export type TicketHeader = Pick<KitchenTicket, 'ticketId' | 'kind' | 'station' | 'groupId' | 'orderId' | 'orderNumber' | 'status' | 'version'>;

export function ticketEvent(type: Exclude<KitchenEventType, 'kitchen.ticket_moved'>, t: TicketHeader, full?: KitchenTicket, itemId?: string): NewEvent<KitchenEventType> {
  return {
    type,
    aggregateType: 'kitchen_ticket',
    aggregateId: t.ticketId,
    payload: {
      ticketId: t.ticketId,
      kind: t.kind,
      station: t.station,
      groupId: t.groupId,
      orderId: t.orderId,
      orderNumber: t.orderNumber,
      status: t.status,
      version: t.version,
      ...(itemId ? { itemId } : {}),
      ...(full ? { ticket: full } : {}),
    },
  };
}

/** The ticket as it now reads, under the order its lines moved to (`fromTicketId`: split off that ticket). */
export function ticketMovedEvent(ticket: KitchenTicket, fromOrderId: string, fromTicketId?: string): NewEvent<'kitchen.ticket_moved'> {
  const { payload } = ticketEvent('kitchen.ticket_updated', ticket, ticket);
  return { type: 'kitchen.ticket_moved', aggregateType: 'kitchen_ticket', aggregateId: ticket.ticketId, payload: { ...payload, ticket, fromOrderId, ...(fromTicketId ? { fromTicketId } : {}) } };
}
