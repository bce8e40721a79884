import { describe, expect, it } from 'vitest';
import { BOARD_COLUMN_LIMIT, OrderBoardState, type OrderBoardEvent, READY_SHOWN_MS } from './order-board-state.js';

let seq = 0;
function event(type: OrderBoardEvent['type'], orderId: string, occurredAt: string, extra: Record<string, unknown> = {}): OrderBoardEvent {
  const number = Number(orderId.replace(/\D/g, ''));
  return {
    seq: ++seq,
    id: `e${seq}`,
    type,
    aggregateType: 'order',
    aggregateId: orderId,
    payload: { orderId, number, businessDate: '2026-12-02', status: 'CONFIRMED', totalCents: 1000, ...extra },
    actor: null,
    correlationId: null,
    occurredAt,
  } as OrderBoardEvent;
}
const at = (seconds: number) => new Date(Date.UTC(2026, 11, 2, 15, 0, seconds)).toISOString();
const numbers = (state: OrderBoardState) => {
  const view = state.view(new Date(at(0)));
  return { preparing: view.preparing.map((o) => o.number), ready: view.ready.map((o) => o.number) };
};

describe('order board folded from order events', () => {
  it('shows counter, takeout and kiosk orders from confirmation, never drafts, tables or deliveries', () => {
    const state = new OrderBoardState();
    for (const [id, channel] of [['o1', 'COUNTER'], ['o2', 'TABLE'], ['o3', 'KIOSK'], ['o4', 'DELIVERY'], ['o5', 'TAKEOUT'], ['o6', 'COUNTER']] as const) {
      state.apply(event('order.created', id, at(1), { channel, status: 'DRAFT', tableId: null, customerId: null, items: [], subtotalCents: 0, discountCents: 0 }));
    }
    for (const id of ['o1', 'o2', 'o3', 'o4', 'o5']) state.apply(event('order.confirmed', id, at(2)));
    expect(numbers(state)).toEqual({ preparing: [1, 3, 5], ready: [] });
  });

  it('moves a number to ready on the bump, back on a recall, and lets it go on pickup or cancellation', () => {
    const state = new OrderBoardState();
    for (const id of ['o1', 'o2', 'o3']) {
      state.apply(event('order.created', id, at(0), { channel: 'COUNTER', status: 'DRAFT', tableId: null, customerId: null, items: [], subtotalCents: 0, discountCents: 0 }));
      state.apply(event('order.confirmed', id, at(1)));
    }
    expect(state.apply(event('order.ready', 'o1', at(5)))).toBe(true);
    expect(state.apply(event('order.ready', 'o2', at(6)))).toBe(true);
    expect(numbers(state)).toEqual({ preparing: [3], ready: [2, 1] });
    state.apply(event('order.preparing', 'o2', at(7)));
    expect(numbers(state)).toEqual({ preparing: [2, 3], ready: [1] });
    // Paid after it was ready: handed over at the counter.
    expect(state.apply(event('order.completed', 'o1', at(9)))).toBe(true);
    expect(state.apply(event('order.cancelled', 'o3', at(9)))).toBe(true);
    expect(numbers(state)).toEqual({ preparing: [2], ready: [] });
  });

  it('keeps a number handed over on payment by the bump itself until the pickup time passes', () => {
    const state = new OrderBoardState();
    state.apply(event('order.created', 'o7', at(0), { channel: 'KIOSK', status: 'DRAFT', tableId: null, customerId: null, items: [], subtotalCents: 0, discountCents: 0 }));
    state.apply(event('order.confirmed', 'o7', at(1)));
    state.apply(event('order.ready', 'o7', at(30)));
    expect(state.apply(event('order.completed', 'o7', at(30)))).toBe(false);
    expect(numbers(state).ready).toEqual([7]);
    const readyAt = Date.parse(at(30));
    expect(state.nextExpiryMs()).toBe(readyAt + READY_SHOWN_MS);
    expect(state.expire(readyAt + READY_SHOWN_MS - 1)).toBe(false);
    expect(state.expire(readyAt + READY_SHOWN_MS)).toBe(true);
    expect(numbers(state)).toEqual({ preparing: [], ready: [] });
    expect(state.nextExpiryMs()).toBeNull();
  });

  it('sends the oldest numbers in preparation and the newest ready ones, as many as a column holds, and lets the oldest ready go first', () => {
    const state = new OrderBoardState();
    const total = BOARD_COLUMN_LIMIT * 3;
    for (let n = 1; n <= total; n++) {
      state.apply(event('order.created', `o${n}`, at(0), { channel: 'COUNTER', status: 'DRAFT', tableId: null, customerId: null, items: [], subtotalCents: 0, discountCents: 0 }));
      state.apply(event('order.confirmed', `o${n}`, at(1)));
    }
    // The first two thirds become ready one second apart, in order.
    for (let n = 1; n <= BOARD_COLUMN_LIMIT * 2; n++) state.apply(event('order.ready', `o${n}`, at(n)));
    const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
    expect(numbers(state)).toEqual({ preparing: range(BOARD_COLUMN_LIMIT * 2 + 1, total), ready: range(BOARD_COLUMN_LIMIT + 1, BOARD_COLUMN_LIMIT * 2).reverse() });
    // A recalled number is back in its place among the ones still in preparation.
    state.apply(event('order.preparing', 'o5', at(200)));
    expect(numbers(state).preparing.slice(0, 2)).toEqual([5, BOARD_COLUMN_LIMIT * 2 + 1]);
    expect(numbers(state).preparing).toHaveLength(BOARD_COLUMN_LIMIT);
    // Expiry takes the numbers ready the longest, and only those.
    expect(state.nextExpiryMs()).toBe(Date.parse(at(1)) + READY_SHOWN_MS);
    expect(state.expire(Date.parse(at(10)) + READY_SHOWN_MS)).toBe(true);
    expect(state.nextExpiryMs()).toBe(Date.parse(at(11)) + READY_SHOWN_MS);
    state.apply(event('order.ready', 'o5', at(300)));
    expect(numbers(state).ready.slice(0, 2)).toEqual([5, BOARD_COLUMN_LIMIT * 2]);
    expect(state.expire(Date.parse(at(BOARD_COLUMN_LIMIT * 2)) + READY_SHOWN_MS)).toBe(true);
    expect(numbers(state).ready).toEqual([5]);
  });
});
