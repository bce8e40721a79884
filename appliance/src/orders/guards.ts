import { AppError, businessRule } from '../kernel/errors.js';
import type { CommandTx } from '../kernel/journal/command-bus.js';
import type { Order } from './model.js';
import { checkTransition, transitionRoleOf, type OrderStatus } from './state-machine.js';

/** Throws unless the state machine lets this transaction's actor make the transition. */
export function assertTransition(tx: CommandTx, order: Order, to: OrderStatus): void {
  const result = checkTransition(order.status, to, transitionRoleOf(tx.actor), order.channel);
  const params = { from: order.status, to };
  if (result === 'NOT_ALLOWED') throw businessRule('ORDER_TRANSITION_NOT_ALLOWED', { orderId: order.id, ...params }, params);
  if (result === 'FORBIDDEN') throw new AppError('ORDER_TRANSITION_FORBIDDEN', 403, 'ORDER_TRANSITION_FORBIDDEN', { orderId: order.id, role: transitionRoleOf(tx.actor), ...params }, params);
}
