import type { Actor } from '../kernel/journal/event.js';

export const ORDER_STATUSES = ['DRAFT', 'CONFIRMED', 'PREPARING', 'READY', 'DELIVERING', 'COMPLETED', 'CANCELLED'] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];
export const ORDER_CHANNELS = ['COUNTER', 'TABLE', 'DELIVERY', 'TAKEOUT', 'KIOSK', 'MARKETPLACE', 'WHATSAPP', 'INSTAGRAM', 'MESSENGER'] as const;
export type OrderChannel = (typeof ORDER_CHANNELS)[number];

/**
 * Who acts on an order: a user's role (ADMIN, MANAGER, CASHIER, WAITER, KITCHEN, CUSTOMER), an
 * enrolled device's kind (POS, KDS, KIOSK, WAITER_TABLET) or SYSTEM for workflows and seeds.
 */
export type TransitionRole = string;

export function transitionRoleOf(actor: Actor | null): TransitionRole {
  if (!actor || actor.type === 'system') return 'SYSTEM';
  if (actor.type === 'device') return actor.deviceKind ?? 'DEVICE';
  return actor.role ?? 'UNKNOWN';
}

const TAKERS = ['ADMIN', 'MANAGER', 'CASHIER', 'WAITER', 'CUSTOMER', 'POS', 'KIOSK', 'WAITER_TABLET', 'SYSTEM'];
const KITCHEN = ['ADMIN', 'MANAGER', 'KITCHEN', 'KDS', 'SYSTEM'];
const FRONT = ['ADMIN', 'MANAGER', 'CASHIER', 'WAITER', 'POS', 'SYSTEM'];
/** Cancelling after confirmation also needs a manager override, checked by the cancel workflow. */
const CANCELLERS = ['ADMIN', 'MANAGER', 'CASHIER', 'WAITER', 'POS', 'SYSTEM'];

/**
 * The order state machine: every allowed transition and the roles that may make it. Anything not
 * listed is refused. READY → PREPARING happens when a table sends a new round to the kitchen (so
 * whoever takes orders may cause it) or the kitchen recalls a bumped ticket. DELIVERING only exists for DELIVERY, MARKETPLACE and chat orders.
 */
export const ORDER_TRANSITIONS: Record<OrderStatus, Partial<Record<OrderStatus, readonly TransitionRole[]>>> = {
  DRAFT: { CONFIRMED: TAKERS, CANCELLED: TAKERS },
  CONFIRMED: { PREPARING: KITCHEN, CANCELLED: CANCELLERS },
  PREPARING: { READY: KITCHEN, CANCELLED: CANCELLERS },
  READY: { PREPARING: [...new Set([...KITCHEN, ...TAKERS])], DELIVERING: ['ADMIN', 'MANAGER', 'CASHIER', 'POS', 'SYSTEM'], COMPLETED: FRONT, CANCELLED: ['ADMIN', 'MANAGER', 'SYSTEM'] },
  // Back to READY only when the delivery says its courier came back (returnFromDelivery): by hand,
  // the order would wait at the counter while its delivery still showed it on the street.
  DELIVERING: { READY: ['SYSTEM'], COMPLETED: ['ADMIN', 'MANAGER', 'CASHIER', 'POS', 'SYSTEM'], CANCELLED: ['ADMIN', 'MANAGER', 'SYSTEM'] },
  COMPLETED: {},
  CANCELLED: {},
};

/** Chat orders may be delivered (or picked up: they never reach DELIVERING then). */
export const DELIVERY_CHANNELS: readonly OrderChannel[] = ['DELIVERY', 'MARKETPLACE', 'WHATSAPP', 'INSTAGRAM', 'MESSENGER'];

export type TransitionCheck = 'OK' | 'NOT_ALLOWED' | 'FORBIDDEN';

/** Whether `role` may move an order of `channel` from `from` to `to`. */
export function checkTransition(from: OrderStatus, to: OrderStatus, role: TransitionRole, channel: OrderChannel): TransitionCheck {
  const roles = ORDER_TRANSITIONS[from][to];
  if (!roles) return 'NOT_ALLOWED';
  if (to === 'DELIVERING' && !DELIVERY_CHANNELS.includes(channel)) return 'NOT_ALLOWED';
  return roles.includes(role) ? 'OK' : 'FORBIDDEN';
}

export function isOpen(status: OrderStatus): boolean {
  return status !== 'COMPLETED' && status !== 'CANCELLED';
}

/** The shortest forward path, so the kitchen can report READY for an order still CONFIRMED. */
export function forwardPath(from: OrderStatus, to: OrderStatus): OrderStatus[] {
  if (from === 'CONFIRMED' && to === 'READY') return ['PREPARING', 'READY'];
  return [to];
}
