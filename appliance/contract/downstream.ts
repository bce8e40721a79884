import { z } from 'zod';
import { lazySchema } from './lazy-schema.js';

/**
 * A message HQ queues for one store (a price change, a setting), fetched by the store's downstream
 * poller in `cursor` order and acknowledged by cursor (docs/relay.md).
 */
export interface DownstreamMessage {
  cursor: number;
  id: string;
  type: string;
  payload: unknown;
  createdAt: string;
}

/** The dearest unit price a store takes (R$ 1.000.000,00): HQ pushes nothing above it. */
export const MAX_PUSHED_PRICE_CENTS = 100_000_000;

/** `catalog.product_changed`: HQ changed a product's price or availability (null: unchanged). */
export const productChangedMessageSchema = lazySchema(() => z.object({
  productId: z.string(),
  priceCents: z.number().int().min(0).max(MAX_PUSHED_PRICE_CENTS).nullable(),
  active: z.boolean().nullable(),
}));
export type ProductChangedMessage = z.infer<typeof productChangedMessageSchema>;
