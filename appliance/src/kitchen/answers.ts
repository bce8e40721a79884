import { z } from 'zod';
import { kitchenStationSchema, kitchenTicketSchema } from '../../contract/index.js';

/** Answers of the kitchen routes for the OpenAPI document only: loaded when the document is built. */
export const stationAnswer = kitchenStationSchema;

export const openTicketsAnswer = z.array(kitchenTicketSchema);

export const allDayAnswer = z.object({
  station: z.string(),
  openTickets: z.number().int(),
  items: z.array(z.object({ name: z.string(), quantity: z.number().int(), unit: z.enum(['UNIT', 'GRAM']) })),
  updatedAt: z.iso.datetime(),
});

export const recentTicketsAnswer = z.object({
  station: z.string(),
  tickets: z.array(z.object({ ticketId: z.string(), orderNumber: z.number().int(), channel: z.string(), table: z.string().nullable(), bumpedAt: z.iso.datetime(), items: z.array(z.string()) })),
  updatedAt: z.iso.datetime(),
});


export const kitchenCommandAnswer = z.object({
  ticket: kitchenTicketSchema,
  orderId: z.string(),
  /** Every cooking-station ticket of the order is bumped (voided ones aside): the order is ready. */
  orderFullyBumped: z.boolean(),
  /** The kitchen has begun work on the order (a ticket started or bumped). */
  orderStarted: z.boolean(),
  /** False when the command changed nothing (a duplicate bump, a start on a started ticket). */
  changed: z.boolean(),
});
