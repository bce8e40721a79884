import { z } from 'zod';
import { MAX_UNIT_PRICE_CENTS } from '../kernel/money.js';
import { PRODUCT_TYPES, SALE_CHANNELS } from './schemas.js';

/** Answers of the catalog routes for the OpenAPI document only: loaded when the document is built. */
export const photoAnswer = z.object({ id: z.string(), photoUrl: z.string().nullable() });

export const aliasesAnswer = z.object({ id: z.string(), aliases: z.array(z.string()) });

export const priceChangeAnswer = z.object({
  applied: z.boolean(),
  changes: z.array(z.object({ productId: z.string(), optionId: z.string().optional(), name: z.string(), fromCents: z.number().int().min(0).max(MAX_UNIT_PRICE_CENTS), toCents: z.number().int().min(0).max(MAX_UNIT_PRICE_CENTS) })),
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

const category = {
  id: z.string(),
  parentId: z.string().nullable(),
  name: z.string(),
  sortOrder: z.number().int(),
  active: z.boolean(),
  station: z.string().nullable(),
  prepSeconds: z.number().int().nullable(),
  updatedAt: z.string(),
};

export const categoryAnswer = z.object(category);

const option = z.object({ id: z.string(), name: z.string(), priceCents: z.number().int().min(0).max(MAX_UNIT_PRICE_CENTS), productId: z.string().optional() });

export const productAnswer = z.object({
  id: z.string(),
  categoryId: z.string(),
  sku: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  type: z.enum(PRODUCT_TYPES),
  unit: z.enum(['UNIT', 'KG', 'TIME_BLOCK']),
  priceCents: z.number().int().min(0).max(MAX_UNIT_PRICE_CENTS),
  active: z.boolean(),
  barcode: z.string().nullable(),
  channels: z.array(z.enum(SALE_CHANNELS)),
  station: z.string().nullable(),
  prepSeconds: z.number().int().nullable(),
  optionGroups: z.array(
    z.object({ id: z.string(), name: z.string(), kind: z.enum(['MODIFIER', 'FLAVOR', 'CHOICE']), minChoices: z.number().int(), maxChoices: z.number().int(), options: z.array(option) }),
  ),
  composite: z.object({ priceRule: z.enum(['HIGHEST', 'AVERAGE']), maxFractions: z.number().int() }).nullable(),
  combo: z.object({ items: z.array(z.object({ productId: z.string(), quantity: z.number().int() })) }).nullable(),
  timeBlockMinutes: z.number().int().nullable(),
  fiscal: z.object({ ncm: z.string().nullable(), cfop: z.string().nullable(), cest: z.string().nullable(), taxGroup: z.string().nullable() }),
  stockPolicy: z.enum(['NONE', 'TRACK']),
  sendToKitchen: z.boolean(),
  photoUrl: z.string().nullable(),
  /** What customers call the product in chat orders. */
  aliases: z.array(z.string()),
  /** Sent back with a replacement (PUT), a product changed since is refused with 409 PRODUCT_CHANGED. */
  version: z.number().int().min(1),
  updatedAt: z.string(),
});

type CategoryNode = z.infer<typeof categoryAnswer> & { children: CategoryNode[] };

/** The category tree: each category with its subcategories, in menu order. */
const categoryNode: z.ZodType<CategoryNode> = z.lazy(() => categoryAnswer.extend({ children: z.array(categoryNode) })).meta({ id: 'CategoryNode' });

export const categoryTreeAnswer = z.array(categoryNode);
