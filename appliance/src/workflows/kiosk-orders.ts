import { createMiddleware } from 'hono/factory';
import { getProductsForSale } from '../catalog/index.js';
import type { Db } from '../kernel/db/open.js';
import { AppError, businessRule, forbidden } from '../kernel/errors.js';
import type { AppEnv } from '../kernel/http/env.js';
import type { ModuleContext } from '../kernel/module.js';
import { getOrder, type Order } from '../orders/index.js';
import { registerKioskTicket } from './kiosk-ticket.js';
import { confirmAndRoute } from './order-commands.js';
import { assertUnsentLinesInStock } from './order-stock-hold.js';

/** A kiosk takes money only through the customer's own PIX or card, never as cash or a manual entry. */
const KIOSK_METHODS = new Set(['PIX', 'CREDIT', 'DEBIT']);
/**
 * What a kiosk's tender may say besides the method: how much. The till's terms (a Pix split to
 * other wallets, card installments, a drawer, a payer's label) are not the customer's to set: a
 * kiosk token sending a split would route the customer's money to someone else's wallet.
 */
const KIOSK_TENDER_FIELDS = new Set(['method', 'amountCents']);
const ACTOR = { type: 'system' as const, id: 'workflow:kiosk-orders' };

function parsed(text: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/**
 * Refuses (422 ORDER_PRODUCT_UNAVAILABLE) a draft whose unsent lines name a product, or a combo's
 * part, that the store switched off ("acabou"), switched off with its category, or took off the
 * kiosk since the draft was made: the paid order is confirmed without asking the catalog again, so
 * the customer would pay for food the kitchen cannot make. To the customer all three read the same.
 */
function assertUnsentLinesStillSold(db: Db, order: Order): void {
  const unsent = order.items.filter((item) => item.status === 'PENDING');
  const products = new Map(getProductsForSale(db, unsent.flatMap((item) => [item.productId, ...item.components.map((part) => part.productId)])).map((p) => [p.id, p]));
  const offKiosk = (id: string) => {
    const product = products.get(id);
    return !product?.sellable || !(product.channels as readonly string[]).includes('KIOSK');
  };
  for (const item of unsent) {
    const gone = offKiosk(item.productId) ? { productId: item.productId, name: item.name } : item.components.find((part) => !products.get(part.productId)?.sellable);
    if (gone) throw businessRule('ORDER_PRODUCT_UNAVAILABLE', { orderId: order.id, productId: gone.productId }, { product: gone.name });
  }
}

/**
 * A KIOSK device pays its own orders and nothing else: the payment routes of an order are open to
 * it only for an order it created, by PIX or by card on its TEF terminal. Registered before the
 * payment routes, so it runs first.
 */
function kioskPaysOwnOrders(ctx: ModuleContext) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const actor = c.get('actor');
    if (actor?.type === 'device' && actor.deviceKind === 'KIOSK') {
      const order = getOrder(ctx.db, c.req.param('id') ?? '');
      if (order && order.createdBy !== actor.id) throw new AppError('ORDER_NOT_OWNER', 403, 'ORDER_NOT_OWNER', { orderId: order.id });
      if (c.req.method === 'POST') {
        // Read as text: the route reads the same cached text after this, and hashes it for its Idempotency-Key.
        const body = parsed(await c.req.text());
        if (!body || !KIOSK_METHODS.has(String(body.method)) || body.standaloneCard !== undefined) {
          throw new AppError('KIOSK_PAYMENT_METHOD_NOT_ALLOWED', 403, 'KIOSK_PAYMENT_METHOD_NOT_ALLOWED', { method: body?.method ?? null });
        }
        const tillTerms = Object.keys(body).filter((field) => !KIOSK_TENDER_FIELDS.has(field));
        if (tillTerms.length > 0) throw forbidden('KIOSK_PAYMENT_TERMS_NOT_ALLOWED', { fields: tillTerms });
        // Paid, the order is confirmed (and its stock reserved) only afterwards: goods sold out or
        // switched off since it was made would be charged and never reach the kitchen, or reach it
        // unmade. Refused before the money (a retry of a payment already taken still gets its stored answer).
        if (order?.status === 'DRAFT' && !order.paidAt) {
          assertUnsentLinesStillSold(ctx.db, order);
          assertUnsentLinesInStock(ctx.db, order);
        }
      }
    }
    await next();
  });
}

/**
 * Self-order kiosk orders reach the kitchen only once they are paid (a PIX charge confirmed by the
 * gateway's webhook, or an approved card): the kiosk creates a DRAFT order, and this durable
 * consumer confirms and routes it after `order.paid`, reserving its stock then. A declined card
 * or an abandoned PIX leaves a DRAFT with no ticket and nothing reserved.
 */
export function registerKioskOrders(ctx: ModuleContext): void {
  ctx.api.use('/orders/:id/payments', kioskPaysOwnOrders(ctx));
  ctx.events.durable('workflow-kiosk-orders', 'order.paid', async (event) => {
    const order = getOrder(ctx.db, event.payload.orderId);
    if (order?.channel !== 'KIOSK' || order.status !== 'DRAFT') return;
    await ctx.commands
      .run(
        'workflow.kiosk_confirm_paid',
        (tx) => {
          // Replayed after a crash: confirm only what is still a draft.
          if (getOrder(tx.db, order.id)?.status === 'DRAFT') confirmAndRoute(tx, order.id);
        },
        { actor: ACTOR, correlationId: event.correlationId },
      )
      // Paid but refused by the kitchen routing (a shortage is not a refusal: paid goods are sold,
      // flagged stock.oversold): staff see the draft and the payment.
      .catch((error: unknown) => ctx.logger.error({ err: error, orderId: order.id }, 'paid kiosk order could not be sent to the kitchen'));
  });
  registerKioskTicket(ctx);
}
