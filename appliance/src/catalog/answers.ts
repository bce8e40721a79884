import { z } from 'zod';
import { MAX_UNIT_PRICE_CENTS } from '../kernel/money.js';

/** Answers of the catalog routes for the OpenAPI document only: loaded when the document is built. */
export const photoAnswer = z.object({ id: z.string(), photoUrl: z.string().nullable() });

export const priceChangeAnswer = z.object({
  applied: z.boolean(),
  changes: z.array(z.object({ productId: z.string(), name: z.string(), fromCents: z.number().int().min(0).max(MAX_UNIT_PRICE_CENTS), toCents: z.number().int().min(0).max(MAX_UNIT_PRICE_CENTS) })),
});
