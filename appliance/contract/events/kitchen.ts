import { z } from 'zod';
import { defineEvent } from '../define-event.js';
import { lazySchema } from '../lazy-schema.js';

const ticketStatus = lazySchema(() => z.enum(['OPEN', 'IN_PROGRESS', 'BUMPED', 'VOIDED']));
const ticketKind = lazySchema(() => z.enum(['STATION', 'EXPO']));

/** The JSON a KDS screen receives (retained on `kds/{station}/tickets/{ticketId}`). */
export const kitchenTicketSchema = lazySchema(() => z.object({
  ticketId: z.string(),
  kind: ticketKind,
  station: z.string(),
  groupId: z.string(),
  orderId: z.string(),
  orderNumber: z.number().int(),
  channel: z.string(),
  table: z.string().nullable(),
  status: ticketStatus,
  fireAt: z.string(),
  dueAt: z.string(),
  items: z.array(
    z.object({
      itemId: z.string(),
      productId: z.string(),
      name: z.string(),
      quantity: z.number().int(),
      unit: z.enum(['UNIT', 'GRAM']),
      station: z.string(),
      modifiers: z.array(z.string()),
      notes: z.string().nullable(),
      prepSeconds: z.number().int(),
      fireAt: z.string(),
      dueAt: z.string(),
      status: z.enum(['PENDING', 'IN_PROGRESS', 'DONE', 'VOIDED']),
    }),
  ),
  timers: z.object({
    createdAt: z.string(),
    startedAt: z.string().nullable(),
    bumpedAt: z.string().nullable(),
    voidedAt: z.string().nullable(),
    warnAfterSeconds: z.number().int(),
    lateAfterSeconds: z.number().int(),
  }),
  version: z.number().int(),
}));

export const kitchenStationSchema = lazySchema(() => z.object({
  code: z.string(),
  name: z.string(),
  capacity: z.number().int(),
  categories: z.array(z.string()),
  hasScreen: z.boolean(),
  isExpo: z.boolean(),
  isDefault: z.boolean(),
  warnAfterSeconds: z.number().int(),
  lateAfterSeconds: z.number().int(),
  sortOrder: z.number().int(),
  active: z.boolean(),
}));

/** Every ticket event: the ticket's identity and state; item-level commands add `itemId`. */
export const kitchenTicketEventPayload = lazySchema(() => kitchenTicketSchema
  .pick({ ticketId: true, kind: true, station: true, groupId: true, orderId: true, orderNumber: true, status: true, version: true })
  .extend({
    itemId: z.string().optional(),
    /** The whole ticket on creation, so the journal (and the relay) can replay what the kitchen saw. */
    ticket: kitchenTicketSchema.optional(),
  }));

/** Lines moved to another order took this ticket along: re-pointed whole, or split off `fromTicketId` with the moved lines. */
export const kitchenTicketMovedPayload = lazySchema(() => kitchenTicketEventPayload.extend({
  fromOrderId: z.string(),
  fromTicketId: z.string().optional(),
  ticket: kitchenTicketSchema,
}));

export const kitchenEvents = [
  defineEvent('kitchen.ticket_created', 'kitchen_ticket', () => kitchenTicketEventPayload, 'A ticket reached a station (or expo); carries `ticket`.'),
  defineEvent('kitchen.ticket_started', 'kitchen_ticket', () => kitchenTicketEventPayload, 'The station started a ticket (or one item: `itemId`).'),
  defineEvent('kitchen.ticket_bumped', 'kitchen_ticket', () => kitchenTicketEventPayload, 'A ticket (or one item) is done.'),
  defineEvent('kitchen.ticket_recalled', 'kitchen_ticket', () => kitchenTicketEventPayload, 'A bumped ticket came back to the screen.'),
  defineEvent(
    'kitchen.ticket_voided',
    'kitchen_ticket',
    () => kitchenTicketEventPayload,
    'A ticket was voided, or one of its lines (`itemId`; `status` is then what the ticket became: still open, bumped with what was left, voided with its last line, or still bumped when the line was voided after the bump).',
  ),
  defineEvent(
    'kitchen.ticket_updated',
    'kitchen_ticket',
    () => kitchenTicketEventPayload,
    'A change caused by another ticket (e.g. an EXPO bump closing its group).',
  ),
  defineEvent(
    'kitchen.ticket_moved',
    'kitchen_ticket',
    () => kitchenTicketMovedPayload,
    'Lines moved to another order (items transferred to another table, joined tables) took the ticket along, or its order moved to another table whole (`fromOrderId` is then its own order): it now shows that order and table. A ticket that kept some lines split: this one is new, carrying the moved lines (`fromTicketId`). Carries `ticket`.',
  ),
  defineEvent('kitchen.station_saved', 'kitchen_station', () => z.object({ station: kitchenStationSchema }), 'A station was saved: capacity, categories, screen and colour thresholds.'),
] as const;
