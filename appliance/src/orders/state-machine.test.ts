import { describe, expect, it } from 'vitest';
import { checkTransition, forwardPath, ORDER_STATUSES, transitionRoleOf, type OrderChannel, type OrderStatus } from './state-machine.js';

describe('order state machine', () => {
  it.each<[OrderStatus, OrderStatus, string, OrderChannel, string]>([
    ['DRAFT', 'CONFIRMED', 'CASHIER', 'COUNTER', 'OK'],
    ['DRAFT', 'CONFIRMED', 'WAITER', 'TABLE', 'OK'],
    ['DRAFT', 'CONFIRMED', 'KIOSK', 'KIOSK', 'OK'],
    ['DRAFT', 'CONFIRMED', 'CUSTOMER', 'KIOSK', 'OK'],
    ['DRAFT', 'CONFIRMED', 'KITCHEN', 'COUNTER', 'FORBIDDEN'],
    ['DRAFT', 'PREPARING', 'ADMIN', 'COUNTER', 'NOT_ALLOWED'],
    ['DRAFT', 'CANCELLED', 'CASHIER', 'COUNTER', 'OK'],
    ['CONFIRMED', 'PREPARING', 'KITCHEN', 'COUNTER', 'OK'],
    ['CONFIRMED', 'PREPARING', 'KDS', 'COUNTER', 'OK'],
    ['CONFIRMED', 'PREPARING', 'CASHIER', 'COUNTER', 'FORBIDDEN'],
    ['CONFIRMED', 'READY', 'KITCHEN', 'COUNTER', 'NOT_ALLOWED'],
    ['CONFIRMED', 'COMPLETED', 'CASHIER', 'COUNTER', 'NOT_ALLOWED'],
    ['CONFIRMED', 'CANCELLED', 'CASHIER', 'COUNTER', 'OK'],
    ['CONFIRMED', 'CANCELLED', 'KITCHEN', 'COUNTER', 'FORBIDDEN'],
    ['CONFIRMED', 'CANCELLED', 'CUSTOMER', 'KIOSK', 'FORBIDDEN'],
    ['PREPARING', 'READY', 'KDS', 'TABLE', 'OK'],
    ['PREPARING', 'READY', 'WAITER', 'TABLE', 'FORBIDDEN'],
    ['PREPARING', 'COMPLETED', 'MANAGER', 'COUNTER', 'NOT_ALLOWED'],
    ['READY', 'PREPARING', 'KITCHEN', 'TABLE', 'OK'],
    ['READY', 'PREPARING', 'WAITER', 'TABLE', 'OK'], // a new round
    ['READY', 'PREPARING', 'KITCHEN', 'COUNTER', 'OK'],
    ['READY', 'DELIVERING', 'CASHIER', 'DELIVERY', 'OK'],
    ['READY', 'DELIVERING', 'CASHIER', 'MARKETPLACE', 'OK'],
    ['READY', 'DELIVERING', 'CASHIER', 'COUNTER', 'NOT_ALLOWED'],
    ['READY', 'DELIVERING', 'WAITER', 'DELIVERY', 'FORBIDDEN'],
    ['READY', 'COMPLETED', 'WAITER', 'TABLE', 'OK'],
    ['READY', 'COMPLETED', 'KITCHEN', 'TABLE', 'FORBIDDEN'],
    ['READY', 'CANCELLED', 'CASHIER', 'COUNTER', 'FORBIDDEN'],
    ['READY', 'CANCELLED', 'MANAGER', 'COUNTER', 'OK'],
    ['DELIVERING', 'COMPLETED', 'CASHIER', 'DELIVERY', 'OK'],
    ['DELIVERING', 'READY', 'CASHIER', 'DELIVERY', 'FORBIDDEN'],
    ['DELIVERING', 'READY', 'SYSTEM', 'DELIVERY', 'OK'],
    ['DELIVERING', 'PREPARING', 'ADMIN', 'DELIVERY', 'NOT_ALLOWED'],
    ['COMPLETED', 'CANCELLED', 'ADMIN', 'COUNTER', 'NOT_ALLOWED'],
    ['CANCELLED', 'DRAFT', 'ADMIN', 'COUNTER', 'NOT_ALLOWED'],
    ['CONFIRMED', 'PREPARING', 'SYSTEM', 'COUNTER', 'OK'],
  ])('%s → %s by %s on %s: %s', (from, to, role, channel, expected) => {
    expect(checkTransition(from, to, role, channel)).toBe(expected);
  });

  it('terminal states have no way out and nothing goes back to DRAFT', () => {
    for (const to of ORDER_STATUSES) {
      expect(checkTransition('COMPLETED', to, 'SYSTEM', 'COUNTER')).toBe('NOT_ALLOWED');
      expect(checkTransition('CANCELLED', to, 'SYSTEM', 'COUNTER')).toBe('NOT_ALLOWED');
      expect(checkTransition(to, 'DRAFT', 'SYSTEM', 'COUNTER')).toBe('NOT_ALLOWED');
    }
  });

  it('passes through PREPARING when the kitchen reports READY for a CONFIRMED order', () => {
    expect(forwardPath('CONFIRMED', 'READY')).toEqual(['PREPARING', 'READY']);
    expect(forwardPath('PREPARING', 'READY')).toEqual(['READY']);
  });

  it.each([
    [null, 'SYSTEM'],
    [{ type: 'system' as const, id: 'x' }, 'SYSTEM'],
    [{ type: 'user' as const, id: 'u', role: 'WAITER' }, 'WAITER'],
    [{ type: 'device' as const, id: 'd', deviceKind: 'KDS' }, 'KDS'],
    [{ type: 'user' as const, id: 'u' }, 'UNKNOWN'],
  ])('actor %j acts as %s', (actor, role) => expect(transitionRoleOf(actor)).toBe(role));
});
