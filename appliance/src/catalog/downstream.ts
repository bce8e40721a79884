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
  /** When HQ decided it (the message's createdAt); the store may have changed the product since. */
  decidedAt?: string;
}

/** When the store's price and availability were last decided; null where not known (older rows). */
function decidedAtOf(tx: CommandTx, productId: string): { price: string | null; active: string | null } {
  const row = tx.db.prepare('SELECT price_decided_at, active_decided_at FROM products WHERE id = ?').get(productId) as
    | { price_decided_at: string | null; active_decided_at: string | null }
    | undefined;
  return { price: row?.price_decided_at ?? null, active: row?.active_decided_at ?? null };
}

/** HQ's moment as an ISO instant; a message without a readable one is taken as decided now. */
function instantOf(value: string | undefined): string | undefined {
  const ms = value === undefined ? Number.NaN : Date.parse(value);
  return Number.isFinite(ms) ? new Date(ms).toISOString() : undefined;
}

/**
 * Whether the store decided this field after HQ did: a change HQ made while the store was offline
 * arrives after the manager's own edit at the counter, and the later decision stands.
 */
function decidedLaterAtStore(storeDecidedAt: string | null, hqDecidedAt: string | undefined): boolean {
  if (storeDecidedAt === null || hqDecidedAt === undefined) return false;
  const store = Date.parse(storeDecidedAt);
  return Number.isFinite(store) && store > Date.parse(hqDecidedAt);
}

/**
 * Applies an HQ price/availability push (`catalog.product_changed`) inside the caller's
 * transaction. The message id is recorded with the change, so a redelivery after a crash or a
 * lost ack is a no-op. An unknown product is recorded as ignored rather than retried forever, and
 * so is a change whose every field the store decided again after HQ (it keeps its own); a field
 * taken is recorded as decided when HQ decided it, so HQ's later changes still apply.
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
    const hqDecidedAt = instantOf(change.decidedAt);
    const storeDecided = decidedAtOf(tx, product.id);
    const takePrice = typeof price === 'number' && !decidedLaterAtStore(storeDecided.price, hqDecidedAt);
    const takeActive = typeof change.active === 'boolean' && !decidedLaterAtStore(storeDecided.active, hqDecidedAt);
    if (takePrice && price !== product.priceCents) setProductPrice(tx, product.id, price, hqDecidedAt);
    if (takeActive && change.active !== product.active) setProductActive(tx, product.id, change.active as boolean, hqDecidedAt);
    const named = typeof price === 'number' || typeof change.active === 'boolean';
    outcome = !named || takePrice || takeActive ? 'applied' : 'ignored';
  }
  tx.db.prepare('INSERT INTO catalog_downstream_applied (message_id, outcome, applied_at) VALUES (?, ?, ?)').run(change.messageId, outcome, tx.nowIso);
  return outcome;
}

/** Fits the replication engine's DownstreamApplier port for `catalog.product_changed` messages. */
export const catalogDownstreamApplier = {
  types: ['catalog.product_changed'] as const,
  apply(tx: CommandTx, message: { id: string; type: string; payload: unknown; createdAt?: string }): 'applied' | 'ignored' {
    const parsed = productChangedMessageSchema.safeParse(message.payload);
    if (!parsed.success) return 'ignored';
    return applyDownstreamPriceChange(tx, { messageId: message.id, ...parsed.data, decidedAt: message.createdAt });
  },
};
