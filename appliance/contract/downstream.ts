import { z } from 'zod';
import { lazySchema } from './lazy-schema.js';
import { isSafeText } from './safe-text.js';

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

/** A store's catalog id (products, categories): what HQ may name in a push. */
export const STORE_CATALOG_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;

/** `catalog.product_changed`: HQ changed a product's price or availability (null: unchanged). */
export const productChangedMessageSchema = lazySchema(() => z.object({
  productId: z.string().regex(STORE_CATALOG_ID),
  priceCents: z.number().int().min(0).max(MAX_PUSHED_PRICE_CENTS).nullable(),
  active: z.boolean().nullable(),
}));
export type ProductChangedMessage = z.infer<typeof productChangedMessageSchema>;

/**
 * `receipt.header` / `receipt.footer`: up to 5 lines of 48 characters printed on every customer
 * receipt, as a list or one text with a line per `\n` (an empty list removes them). A line is
 * printed as it is, so it carries no control byte (an ESC/POS command: the drawer kick, a cut)
 * and no bidirectional override.
 */
export const receiptLinesSchema = lazySchema(() => z.preprocess(
  (value) => (typeof value === 'string' ? value.split('\n') : value),
  z.array(z.string().trim().min(1).max(48).refine(isSafeText, 'control characters, bidirectional overrides and lone surrogates are not allowed')).max(5),
));
