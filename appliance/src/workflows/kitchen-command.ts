import type { CommandTx } from '../kernel/journal/command-bus.js';
import type { ModuleContext } from '../kernel/module.js';
import { applyKitchenCommand, registerKitchenCommandEndpoints, type KitchenCommand, type KitchenCommandResult } from '../kitchen/index.js';
import { getOrder, setOrderStatus } from '../orders/index.js';
import { consumeStockIfCompleted } from './order-stock-hold.js';

const KITCHEN_STAGES = ['CONFIRMED', 'PREPARING', 'READY'];

/**
 * A KDS command and its effect on the order, in one transaction: the first start or bump moves a
 * CONFIRMED order to PREPARING, the bump that closes its last station ticket makes it READY, and a
 * recall that reopens a ticket of a READY order puts it back to PREPARING; a paid order its
 * channel hands over on payment completes at that bump, and its goods leave stock in the same
 * transaction. Orders already handed over (COMPLETED) or cancelled are left alone, so a late bump
 * never fails at the pass.
 */
export function runKitchenCommand(tx: CommandTx, station: string, command: KitchenCommand): KitchenCommandResult {
  const result = applyKitchenCommand(tx, station, command);
  if (!result.changed) return result;
  const order = getOrder(tx.db, result.orderId);
  if (!order || !KITCHEN_STAGES.includes(order.status)) return result;
  if (result.orderFullyBumped) consumeStockIfCompleted(tx, setOrderStatus(tx, order.id, 'READY'));
  else if (order.status === 'READY') setOrderStatus(tx, order.id, 'PREPARING');
  else if (result.orderStarted) setOrderStatus(tx, order.id, 'PREPARING');
  return result;
}

/** KDS commands over MQTT (`store/{id}/kds/{station}/commands`) and HTTP (`POST /api/v1/kds/{station}/commands`). */
export function registerKitchenCommandWorkflow(ctx: ModuleContext): void {
  registerKitchenCommandEndpoints(ctx, runKitchenCommand);
}
