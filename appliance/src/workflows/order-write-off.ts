import { z } from 'zod';
import type { VerifiedManagerOverride } from '../auth/index.js';
import { businessRule, notFound } from '../kernel/errors.js';
import { runCommand } from '../kernel/http/command-route.js';
import { requirePermission } from '../kernel/http/permissions.js';
import { readJson, readParam } from '../kernel/http/validation.js';
import type { CommandTx } from '../kernel/journal/command-bus.js';
import type { ModuleContext } from '../kernel/module.js';
import { safeText } from '../kernel/safe-text.js';
import { getOrder, orderSchema, writeOffOrder, type Order } from '../orders/index.js';
import { orderBalance } from '../payments/index.js';
import { requireManagerApproval, verifiedOverrideOf } from './manager-override.js';
import { routeDoc } from '../../contract/api/openapi/route-doc.js';
import { lazySchema } from '../../contract/lazy-schema.js';

export const WRITE_OFF_KINDS = ['COURTESY', 'LOSS'] as const;
export const writeOffInput = lazySchema(() => z.object({ kind: z.enum(WRITE_OFF_KINDS), reason: safeText(200) }));
export type WriteOffRequest = z.infer<typeof writeOffInput>;

/**
 * Writes off the balance an order still owes, authorized by a manager (in their own session or
 * by override). A PIX charge still pending must be paid or withdrawn first.
 */
export function writeOffWithApproval(tx: CommandTx, orderId: string, request: WriteOffRequest, override: VerifiedManagerOverride | null): Order {
  const order = getOrder(tx.db, orderId);
  if (!order) throw notFound('ORDER_NOT_FOUND', { orderId });
  const balance = orderBalance(tx.db, orderId, order.totalCents);
  if (balance.pendingCents > 0) throw businessRule('ORDER_PAYMENT_PENDING', { orderId, pendingCents: balance.pendingCents }, { number: order.number });
  const managerId = requireManagerApproval(tx, 'orders.write_off', override, { aggregateType: 'order', aggregateId: orderId });
  return writeOffOrder(tx, orderId, { ...request, amountCents: balance.remainingCents, managerId });
}

/** `POST /orders/{id}/write-off {kind: COURTESY | LOSS, reason}`: cortesia or perda, with a manager. */
export function registerOrderWriteOff(ctx: ModuleContext): void {
  ctx.api.post('/orders/:id/write-off', routeDoc({ tag: 'orders', summary: 'Write an order off as courtesy or loss, with a manager override', response: () => orderSchema, body: writeOffInput, managerOverride: true, errors: { 403: ['MANAGER_OVERRIDE_REQUIRED', 'MANAGER_OVERRIDE_INVALID'], 404: ['ORDER_NOT_FOUND'], 422: ['ORDER_PAYMENT_PENDING'] } }), requirePermission('orders.cancel'), async (c) => {
    const id = readParam(c, 'id');
    const body = await readJson(c, writeOffInput);
    const override = await verifiedOverrideOf(c, ctx.db);
    return runCommand(c, 'order.write_off', (tx) => writeOffWithApproval(tx, id, body, override));
  });
}
