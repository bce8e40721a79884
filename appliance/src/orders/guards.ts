import { AppError, businessRule } from '../kernel/errors.js';
import type { CommandTx } from '../kernel/journal/command-bus.js';
import type { Order } from './model.js';
import { statusWord } from './status-words.js';
import { checkTransition, transitionRoleOf, type OrderStatus } from './state-machine.js';

/** Throws unless the state machine lets this transaction's actor make the transition. */
export function assertTransition(tx: CommandTx, order: Order, to: OrderStatus): void {
  const result = checkTransition(order.status, to, transitionRoleOf(tx.actor), order.channel);
  const params = { from: order.status, to };
  const words = { from: statusWord(order.status), to: statusWord(to) };
  if (result === 'NOT_ALLOWED') throw businessRule('ORDER_TRANSITION_NOT_ALLOWED', { orderId: order.id, ...params }, words);
  if (result === 'FORBIDDEN') throw new AppError('ORDER_TRANSITION_FORBIDDEN', 403, 'ORDER_TRANSITION_FORBIDDEN', { orderId: order.id, role: transitionRoleOf(tx.actor), ...params }, words);
}

/** Throws unless the state machine has the transition at all, whoever asks (policy-driven steps). */
export function assertStep(order: Order, to: OrderStatus): void {
  if (checkTransition(order.status, to, 'SYSTEM', order.channel) === 'NOT_ALLOWED') {
    throw businessRule('ORDER_TRANSITION_NOT_ALLOWED', { orderId: order.id, from: order.status, to }, { from: statusWord(order.status), to: statusWord(to) });
  }
}

/** A customer using the app, a self-service screen or an outside system's API key: not the store's staff or its floor devices. */
export function isSelfService(actor: CommandTx['actor']): boolean {
  return (actor?.type === 'user' && actor.role === 'CUSTOMER') || (actor?.type === 'device' && actor.deviceKind === 'KIOSK') || actor?.type === 'integration';
}

/**
 * A self-service caller acts only on the orders it created (a key is a third party: a leaked one
 * must not put lines or a CPF on the store's own bills); staff and the store's devices act on any
 * order their permissions allow.
 */
export function assertMayChange(tx: CommandTx, order: Order): void {
  const actor = tx.actor;
  if (actor && isSelfService(actor) && order.createdBy !== actor.id) {
    throw new AppError('ORDER_NOT_OWNER', 403, 'ORDER_NOT_OWNER', { orderId: order.id });
  }
}
