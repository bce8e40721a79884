import { z } from 'zod';

/** Answers of the stock routes for the OpenAPI document only: loaded when the document is built. */
export const stockItemAnswer = z.object({
  id: z.string(),
  productId: z.string().nullable(),
  name: z.string(),
  kind: z.enum(['PRODUCT', 'INGREDIENT']),
  unit: z.enum(['MILLIUNIT', 'GRAM', 'ML']),
  onHand: z.number().int(),
  reserved: z.number().int(),
  available: z.number().int(),
  minLevel: z.number().int(),
  maxLevel: z.number().int().nullable(),
  availabilityPolicy: z.enum(['BLOCK', 'WARN']),
});

export const stockItemsAnswer = z.array(stockItemAnswer);

const movementAnswer = z.object({
  id: z.string(),
  stockItemId: z.string(),
  type: z.enum(['SALE', 'RESERVATION', 'RELEASE', 'PURCHASE', 'ADJUSTMENT', 'LOSS', 'TRANSFER']),
  onHandDelta: z.number().int(),
  reservedDelta: z.number().int(),
  onHandAfter: z.number().int(),
  reservedAfter: z.number().int(),
  reference: z.string().nullable(),
  reason: z.string().nullable(),
  createdAt: z.string(),
});

export const stockItemDetailAnswer = stockItemAnswer.extend({ movements: z.array(movementAnswer) });
