import { z } from 'zod';
import { MAX_UNIT_PRICE_CENTS } from '../kernel/money.js';

/** Answers of the catalog routes for the OpenAPI document only: loaded when the document is built. */
export const photoAnswer = z.object({ id: z.string(), photoUrl: z.string().nullable() });

export const aliasesAnswer = z.object({ id: z.string(), aliases: z.array(z.string()) });

export const priceChangeAnswer = z.object({
  applied: z.boolean(),
  changes: z.array(z.object({ productId: z.string(), name: z.string(), fromCents: z.number().int().min(0).max(MAX_UNIT_PRICE_CENTS), toCents: z.number().int().min(0).max(MAX_UNIT_PRICE_CENTS) })),
});

const outcome = z.enum(['CREATED', 'UPDATED', 'UNCHANGED', 'REJECTED']);

export const importJobAnswer = z.object({
  id: z.string(),
  fileName: z.string(),
  status: z.enum(['RUNNING', 'DONE', 'FAILED']),
  total: z.number().int().min(0),
  done: z.number().int().min(0),
  counts: z.object({ CREATED: z.number().int().min(0), UPDATED: z.number().int().min(0), UNCHANGED: z.number().int().min(0), REJECTED: z.number().int().min(0) }),
  rows: z.array(z.object({ line: z.number().int().min(1), key: z.string(), outcome, code: z.string().nullable(), message: z.string().nullable() })),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
});
