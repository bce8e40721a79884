import type { z } from 'zod';
import type { kitchenStationSchema, kitchenTicketSchema } from '../../contract/index.js';
/** What the orders side hands the kitchen when an order (or a new round of it) is confirmed. */
export interface KitchenOrderItemInput {
  itemId: string;
  productId: string;
  name: string;
  /** Units, or grams when `unit` is GRAM. */
  quantity: number;
  unit: 'UNIT' | 'GRAM';
  categoryId: string | null;
  /** The product's station (catalog: product's, else category default); null lets the kitchen route by category. */
  station: string | null;
  prepSeconds: number;
  modifiers: string[];
  notes: string | null;
}

export interface KitchenOrderInput {
  orderId: string;
  orderNumber: number;
  channel: string;
  tableLabel: string | null;
  items: KitchenOrderItemInput[];
}

export type TicketStatus = 'OPEN' | 'IN_PROGRESS' | 'BUMPED' | 'VOIDED';
export type TicketItemStatus = 'PENDING' | 'IN_PROGRESS' | 'DONE' | 'VOIDED';
export type TicketKind = 'STATION' | 'EXPO';
export type KitchenAction = 'start' | 'bump' | 'recall' | 'void';

export interface KitchenCommand {
  ticketId: string;
  itemId?: string;
  action: KitchenAction;
}

/** Station and ticket shapes are the journal contract's (`kitchen.station_saved`, `kitchen.ticket_created`). */
export type KitchenStation = z.output<typeof kitchenStationSchema>;

export type KitchenTicketItem = KitchenTicket['items'][number];

/** The JSON a KDS screen receives (retained on `kds/{station}/tickets/{ticketId}`) and the HTTP snapshot returns. */
export type KitchenTicket = z.output<typeof kitchenTicketSchema>;

/** The order lines moved to, as its tickets show it. */
export interface TicketDestination {
  orderId: string;
  orderNumber: number;
  channel: string;
  tableLabel: string | null;
}

/** Where the kitchen is with an order, from its cooking-station tickets (voided ones aside). */
export interface KitchenProgress {
  /** Every one bumped: the order is ready. */
  orderFullyBumped: boolean;
  /** One started or bumped. */
  orderStarted: boolean;
  /** One still open. */
  cooking: boolean;
}

export interface KitchenCommandResult {
  ticket: KitchenTicket;
  orderId: string;
  /** Every cooking-station ticket of the order is bumped (voided ones aside): the order is ready. */
  orderFullyBumped: boolean;
  /** The kitchen has begun work on the order (a ticket started or bumped). */
  orderStarted: boolean;
  /** False when the command changed nothing (a duplicate bump, a start on a started ticket). */
  changed: boolean;
}
