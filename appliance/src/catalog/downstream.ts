import { productChangedMessageSchema } from '../../contract/downstream.js';
import type { CommandTx } from '../kernel/journal/command-bus.js';
import { getProduct } from './queries.js';
import { setProductActive, setProductPrice } from './products.js';

export interface DownstreamProductChange {
  /** The HQ message id; applying the same id twice changes nothing. */
  messageId: string;
  productId: string;
  priceCents?: number | null;
  active?: boolean | null;
}

/**
 * Applies an HQ price/availability push (`catalog.product_changed`) inside the caller's
 * transaction. The message id is recorded with the change, so a redelivery after a crash or a
 * lost ack is a no-op. An unknown product is recorded as ignored rather than retried forever.
 */
export function applyDownstreamPriceChange(tx: CommandTx, change: DownstreamProductChange): 'applied' | 'ignored' {
  const seen = tx.db.prepare('SELECT outcome FROM catalog_downstream_applied WHERE message_id = ?').pluck().get(change.messageId) as
    | 'applied'
    | 'ignored'
    | undefined;
  if (seen) return seen;
  let outcome: 'applied' | 'ignored' = 'ignored';
  const product = getProduct(tx.db, change.productId);
  const price = change.priceCents;
  if (product && (price === undefined || price === null || (Number.isSafeInteger(price) && price >= 0))) {
    if (typeof price === 'number' && price !== product.priceCents) setProductPrice(tx, product.id, price);
    if (typeof change.active === 'boolean' && change.active !== product.active) setProductActive(tx, product.id, change.active);
    outcome = 'applied';
  }
  tx.db.prepare('INSERT INTO catalog_downstream_applied (message_id, outcome, applied_at) VALUES (?, ?, ?)').run(change.messageId, outcome, tx.nowIso);
  return outcome;
}

/** Fits the replication engine's DownstreamApplier port for `catalog.product_changed` messages. */
export const catalogDownstreamApplier = {
  types: ['catalog.product_changed'] as const,
  apply(tx: CommandTx, message: { id: string; type: string; payload: unknown }): 'applied' | 'ignored' {
    const parsed = productChangedMessageSchema.safeParse(message.payload);
    if (!parsed.success) return 'ignored';
    return applyDownstreamPriceChange(tx, { messageId: message.id, ...parsed.data });
  },
};
