import { OVERRIDE_ROLES } from '../auth/index.js';
import { conflict, forbidden } from '../kernel/errors.js';
import type { CommandTx } from '../kernel/journal/command-bus.js';
import type { Actor } from '../kernel/journal/event.js';
import type { ModuleContext } from '../kernel/module.js';
import { applyKitchenCommand, registerKitchenCommandEndpoints, type KitchenCommand, type KitchenCommandResult } from '../kitchen/index.js';
import { orderStatus, setOrderStatus } from '../orders/index.js';
import { consumeStockIfCompleted } from './order-stock-hold.js';

const KITCHEN_STAGES = ['CONFIRMED', 'PREPARING', 'READY'];

/**
 * A KDS command and its effect on the order, in one transaction: the first start or bump moves a
 * CONFIRMED order to PREPARING, the bump that closes its last station ticket makes it READY, and a
 * recall that reopens a ticket of a READY order puts it back to PREPARING; a paid order its
 * channel hands over on payment completes at that bump, and its goods leave stock in the same
 * transaction. Orders already handed over (COMPLETED) or cancelled are left alone, so a late bump
 * never fails at the pass; only a recall of a cancelled order's ticket is refused. A void takes a
 * manager (mayVoidInKitchen).
 */
export function runKitchenCommand(tx: CommandTx, station: string, command: KitchenCommand): KitchenCommandResult {
  if (command.action === 'void' && !mayVoidInKitchen(tx.actor)) throw forbidden('KITCHEN_VOID_MANAGER_ONLY', { ticketId: command.ticketId, itemId: command.itemId ?? null });
  const result = applyKitchenCommand(tx, station, command);
  if (!result.changed) return result;
  const status = orderStatus(tx.db, result.orderId);
  // Its open tickets were voided with it; one bumped before would come back to be cooked for nobody.
  if (command.action === 'recall' && status === 'CANCELLED') throw conflict('KITCHEN_ORDER_CANCELLED', { ticketId: command.ticketId, orderId: result.orderId });
  if (!status || !KITCHEN_STAGES.includes(status)) return result;
  if (result.orderFullyBumped) {
    // Bumped again (the expo's bump after the stations'): already READY, nothing moves.
    if (status !== 'READY') consumeStockIfCompleted(tx, setOrderStatus(tx, result.orderId, 'READY'));
  } else if (status === 'READY' || (status === 'CONFIRMED' && result.orderStarted)) setOrderStatus(tx, result.orderId, 'PREPARING');
  return result;
}

/**
 * A void from a screen drops what the guest ordered from the kitchen and leaves it on the bill:
 * dropping a dish is a manager's call (the till's line cancel takes a manager's approval too), so
 * only a manager or admin signed in may send one; a cook or an unattended screen may not.
 */
function mayVoidInKitchen(actor: Actor | null | undefined): boolean {
  return actor?.type === 'user' && (OVERRIDE_ROLES as readonly string[]).includes(actor.role ?? '');
}

/** KDS commands over MQTT (`store/{id}/kds/{station}/commands`) and HTTP (`POST /api/v1/kds/{station}/commands`). */
export function registerKitchenCommandWorkflow(ctx: ModuleContext): void {
  registerKitchenCommandEndpoints(ctx, runKitchenCommand);
}
