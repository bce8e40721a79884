import { z } from 'zod';
import { defineEvent } from '../define-event.js';

export const catalogEvents = [
  defineEvent(
    'catalog.category_upserted',
    'category',
    () => z.object({ category: z.object({ id: z.string(), parentId: z.string().nullable(), name: z.string(), active: z.boolean(), sortOrder: z.number().int() }) }),
    'A category was created or changed.',
  ),
  defineEvent(
    'catalog.product_upserted',
    'product',
    () => z.object({
      product: z.object({
        id: z.string(),
        categoryId: z.string().nullable(),
        sku: z.string().nullable(),
        name: z.string(),
        type: z.enum(['SIMPLE', 'COMBO', 'COMPOSITE', 'WEIGHT', 'TIME']),
        priceCents: z.number().int(),
        unit: z.enum(['UNIT', 'KG', 'TIME_BLOCK']),
        active: z.boolean(),
        barcode: z.string().nullable(),
        /** What customers call it in chat orders; absent in events from before aliases existed. */
        aliases: z.array(z.string()).optional(),
      }),
    }),
    'A product was created or changed (also when HQ changed its price: docs/relay.md).',
  ),
  defineEvent(
    'catalog.product_photo_changed',
    'product',
    () => z.object({ productId: z.string(), photoUrl: z.string().nullable() }),
    'The back office uploaded (or removed) a product photo; the apps load it from `photoUrl`.',
  ),
] as const;
