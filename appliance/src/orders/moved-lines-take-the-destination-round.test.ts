import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommandFn } from '../kernel/journal/command-bus.js';
import type { Actor } from '../kernel/journal/event.js';
import { startTestAppliance, type TestAppliance } from '../kernel/testing/harness.js';
import { addOrderItems, confirmOrderRound, createOrder, moveOrderItems, ordersModule, type NewOrderItem, type Order } from './index.js';

/**
 * Lines moved to another table's bill show up there in a round of their own: the waiter never
 * sees them inside a round that table sent before, and the table's next round keeps counting
 * from the rounds it already has. Lines not sent to the kitchen yet go out with the table's next
 * round, the one still being taken.
 */
const line = (name: string, totalCents: number): NewOrderItem => ({
  productId: `p-${name}`, name, categoryId: 'c', quantity: 1, unit: 'UNIT', unitPriceCents: totalCents, grossCents: totalCents, discountCents: 0,
  totalCents, appliedRules: [], options: [], components: [], notes: null, seat: null, station: 'GRILL', prepSeconds: 300,
});

const waiter: Actor = { type: 'user', id: 'u-waiter', role: 'WAITER' };
const roundsOf = (order: Order) => order.items.map((i) => [i.name, i.round, i.status]);

describe('lines moved to another table', () => {
  let app: TestAppliance;
  const run = <T>(fn: CommandFn<T>) => app.ctx.commands.run('test', fn, { actor: waiter });
  const sentRounds = async (tableId: string, rounds: string[][]) => {
    const order = await run((tx) => createOrder(tx, { businessDate: '2026-11-23', channel: 'TABLE', tableId, items: [] }));
    for (const names of rounds) {
      await run((tx) => addOrderItems(tx, order.id, names.map((name) => line(name, 1000))));
      await run((tx) => confirmOrderRound(tx, order.id));
    }
    return order.id;
  };
  const itemId = (orderId: string, name: string) =>
    app.ctx.db.prepare('SELECT id FROM order_items WHERE order_id = ? AND name = ?').pluck().get(orderId, name) as string;

  beforeAll(async () => {
    app = await startTestAppliance([ordersModule]);
  });
  afterAll(() => app.close());

  it('come in a new round after the rounds the table sent, kept together as they were sent, and the next round counts on', async () => {
    const from = await sentRounds('t1', [['fries'], ['burger', 'rings'], ['pudding']]);
    const to = await sentRounds('t2', [['juice'], ['soda']]);
    const moving = [itemId(from, 'burger'), itemId(from, 'rings'), itemId(from, 'pudding')];

    const moved = await run((tx) => moveOrderItems(tx, from, to, moving));
    expect(roundsOf(moved.to)).toEqual([
      ['juice', 1, 'CONFIRMED'], ['soda', 2, 'CONFIRMED'], ['burger', 3, 'CONFIRMED'], ['rings', 3, 'CONFIRMED'], ['pudding', 4, 'CONFIRMED'],
    ]);
    expect(roundsOf(moved.from)).toEqual([['fries', 1, 'CONFIRMED']]);

    await run((tx) => addOrderItems(tx, to, [line('coffee', 500)]));
    const next = await run((tx) => confirmOrderRound(tx, to));
    expect(next.confirmedItems.map((i) => [i.name, i.round])).toEqual([['coffee', 5]]);
    const event = app.ctx.journal.readAfter(0).filter((e) => e.type === 'order.round_confirmed').at(-1)!;
    expect(event.payload).toMatchObject({ orderId: to, round: 5 });
  });

  it('not sent yet, go out with the round the table is still taking, after the lines that arrived already sent', async () => {
    const from = await sentRounds('t3', [['fries']]);
    await run((tx) => addOrderItems(tx, from, [line('beer', 900)]));
    const to = await sentRounds('t4', [['juice']]);
    await run((tx) => addOrderItems(tx, to, [line('water', 400)]));

    const moving = [itemId(from, 'fries'), itemId(from, 'beer')];
    const moved = await run((tx) => moveOrderItems(tx, from, to, moving));
    expect(roundsOf(moved.to)).toEqual([['juice', 1, 'CONFIRMED'], ['water', 3, 'PENDING'], ['fries', 2, 'CONFIRMED'], ['beer', 3, 'PENDING']]);

    const next = await run((tx) => confirmOrderRound(tx, to));
    expect(next.confirmedItems.map((i) => [i.name, i.round])).toEqual([['water', 3], ['beer', 3]]);
  });
});
