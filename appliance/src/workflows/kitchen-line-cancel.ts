import { z } from 'zod';
import type { VerifiedManagerOverride } from '../auth/index.js';
import type { Db } from '../kernel/db/open.js';
import { businessRule, notFound } from '../kernel/errors.js';
import { runCommand } from '../kernel/http/command-route.js';
import { requirePermission } from '../kernel/http/permissions.js';
import { readJson, readParam } from '../kernel/http/validation.js';
import type { CommandTx } from '../kernel/journal/command-bus.js';
import type { ModuleContext } from '../kernel/module.js';
import { formatBrl } from '../kernel/money.js';
import { safeText } from '../kernel/safe-text.js';
import { kitchenProgressOf, voidTicketItems } from '../kitchen/index.js';
import { cancelOrderItem, followKitchen, getOrder, orderSchema, orderStatus, type Order } from '../orders/index.js';
import { orderBalance } from '../payments/index.js';
import { routeDoc } from '../../contract/api/openapi/route-doc.js';
import { lazySchema } from '../../contract/lazy-schema.js';
import { withdrawPromotionsOfCancelledLine } from './cancelled-line-promotions.js';
import { followKitchenProgress } from './kitchen-moved-lines.js';
import { requireManagerApproval, verifiedOverrideOf } from './manager-override.js';
import { kitchenItemIdsOf } from './order-kitchen.js';
import { consumeStockIfCompleted, holdStockForOrder, wasteWhatTheKitchenUsed } from './order-stock-hold.js';
import { tableExists } from './store-schema.js';

// `managerOverride` ({ username, pin }) is read and verified by the override reader; declared here so typed clients may send it.
const cancelLineBody = lazySchema(() => z.object({ reason: safeText(200), managerOverride: z.unknown().optional() }));

/**
 * A guest gives up one dish of an order: the line leaves the bill and, once sent, the kitchen
 * voids it on its ticket (still cooking or already bumped; expo and the journal learn it), its
 * stock hold is released, and the order stands where its remaining tickets say (READY when the
 * rest is done). A line the kitchen already has needs a manager; one only typed in does not.
 */
export function cancelLineWithApproval(tx: CommandTx, orderId: string, itemId: string, reason: string, override: VerifiedManagerOverride | null): Order {
  const line = getOrder(tx.db, orderId)?.items.find((i) => i.itemId === itemId);
  const managerId = line && line.status !== 'PENDING' ? requireManagerApproval(tx, 'orders.cancel_item', override, { aggregateType: 'order', aggregateId: orderId }) : null;
  const { order: cancelled, item } = cancelOrderItem(tx, orderId, itemId, reason, managerId);
  // What the kitchen already made of the dish is booked as waste before its ticket line is voided.
  wasteWhatTheKitchenUsed(tx, orderId, [item], reason);
  // A combo or "leve 3 pague 2" the dish was part of is no longer whole: the lines left keep what they still earn.
  const order = withdrawPromotionsOfCancelledLine(tx, orderId, item) ?? cancelled;
  assertStillCoversPayments(tx.db, order);
  voidTicketItems(tx, orderId, kitchenItemIdsOf(item));
  holdStockForOrder(tx, order);
  followKitchenAfterCancel(tx, orderId);
  const after = getOrder(tx.db, orderId);
  if (!after) throw notFound('ORDER_NOT_FOUND', { orderId });
  return after;
}

/**
 * The order stands where its remaining tickets say; when the cancelled dish was all the kitchen
 * had of it (the rest is drinks, a salad-bar plate), no bump will ever come: it is ready at once,
 * as a confirm with nothing for the kitchen makes it.
 */
function followKitchenAfterCancel(tx: CommandTx, orderId: string): void {
  followKitchenProgress(tx, orderId);
  const status = orderStatus(tx.db, orderId);
  if ((status === 'CONFIRMED' || status === 'PREPARING') && !kitchenProgressOf(tx.db, orderId).cooking) {
    consumeStockIfCompleted(tx, followKitchen(tx, orderId, 'READY'));
  }
}

/** What was paid (or is being paid by a PIX charge) stays covered: an order owing less than was paid never settles. */
function assertStillCoversPayments(db: Db, order: Order): void {
  if (!tableExists(db, 'payments')) return;
  const balance = orderBalance(db, order.id, order.totalCents);
  const paidCents = balance.paidCents + balance.pendingCents;
  if (paidCents > order.totalCents) {
    throw businessRule('ORDER_ITEM_CANCEL_OVER_PAID', { orderId: order.id, paidCents, totalCents: order.totalCents }, { number: order.number, paid: formatBrl(paidCents) });
  }
}

/** `POST /api/v1/orders/{id}/items/{itemId}/cancel`: one line of an order, with its reason. */
export function registerLineCancelRoute(ctx: ModuleContext): void {
  ctx.api.post(
    '/orders/:id/items/:itemId/cancel',
    routeDoc({
      tag: 'orders',
      summary: 'Cancel one line of an order (a manager override once it was sent to the kitchen, when the caller may not alone); the kitchen voids it on its ticket',
      response: () => orderSchema,
      body: cancelLineBody,
      managerOverride: true,
      errors: {
        403: ['MANAGER_OVERRIDE_REQUIRED', 'MANAGER_OVERRIDE_INVALID'],
        404: ['ORDER_NOT_FOUND', 'ORDER_ITEM_NOT_FOUND'],
        409: ['ORDER_ITEM_ALREADY_CANCELLED'],
        422: ['ORDER_CLOSED', 'ORDER_ALREADY_PAID', 'ORDER_ITEM_LAST_LINE', 'ORDER_ITEM_CANCEL_OVER_PAID'],
      },
    }),
    requirePermission('orders.cancel'),
    async (c) => {
      const id = readParam(c, 'id');
      const itemId = readParam(c, 'itemId');
      const body = await readJson(c, cancelLineBody);
      const override = await verifiedOverrideOf(c, ctx.db);
      return runCommand(c, 'order.cancel_item', (tx) => cancelLineWithApproval(tx, id, itemId, body.reason, override));
    },
  );
}
