import { z } from 'zod';
import { orderSchema } from '../orders/index.js';
import { storeProfileInput } from './store-profile.js';

/** Answers of the workflow routes for the OpenAPI document only: loaded when the document is built. */
export const storeProfileAnswer = storeProfileInput.extend({
  // As stored: digits only, the receipt texts as lists.
  cnpj: z.string().nullable(),
  ie: z.string().nullable(),
  receiptHeader: z.array(z.string()),
  receiptFooter: z.array(z.string()),
  timeZone: z.string(),
  updatedAt: z.string().nullable(),
});

/** Leitura X: the report (the Z report's shape, `ZReport`) and its printable 48-column text. */
export const xReportAnswer = z.object({ report: z.record(z.string(), z.unknown()), text: z.string() });

/** A confirmed order with the kitchen tickets it became (one per station, expo included). */
export const confirmedOrderAnswer = orderSchema.extend({
  kitchenTickets: z.array(z.object({ ticketId: z.string(), station: z.string(), kind: z.string(), fireAt: z.iso.datetime() })),
});

/** The order with the weighed line added, and the grams the scale reported. */
export const weighedItemAnswer = orderSchema.extend({ weighedGrams: z.number().int() });
