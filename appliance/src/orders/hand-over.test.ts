import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommandFn } from '../kernel/journal/command-bus.js';
import type { Actor } from '../kernel/journal/event.js';
import { startTestAppliance, type TestAppliance } from '../kernel/testing/harness.js';
import { writeHandOverPolicy } from './hand-over.js';
import { addOrderItems, confirmOrderRound, createOrder, getOrder, markOrderPaid, ordersModule, setOrderStatus, writeOffOrder, type NewOrderItem, type OrderChannel } from './index.js';

const fries: NewOrderItem = {
  productId: 'p-fries', name: 'Batata', categoryId: 'c', quantity: 1, unit: 'UNIT', unitPriceCents: 1290, grossCents: 1290, discountCents: 0, totalCents: 1290,
  appliedRules: [], options: [], components: [], notes: null, seat: null, station: 'FRYER', prepSeconds: 300,
};
const cashier: Actor = { type: 'user', id: 'u-cashier', role: 'CASHIER' };
const kds: Actor = { type: 'device', id: 'kds-1', deviceKind: 'KDS' };
const customer: Actor = { type: 'user', id: 'u-customer', role: 'CUSTOMER' };

describe('hand-over policy, settlement and ownership', () => {
  let app: TestAppliance;
  const run = <T>(fn: CommandFn<T>, actor: Actor = cashier) => app.ctx.commands.run('test', fn, { actor });
  const code = (promise: Promise<unknown>) => promise.then(() => 'OK', (e: { code?: string }) => e.code);
  const confirmed = async (channel: OrderChannel) => {
    const order = await run((tx) => createOrder(tx, { businessDate: '2026-11-23', channel, items: [fries] }));
    await run((tx) => confirmOrderRound(tx, order.id));
    return order.id;
  };

  beforeAll(async () => {
    app = await startTestAppliance([ordersModule]);
  });
  afterAll(() => app.close());

  it('completes a paid counter order at the kitchen’s READY, and a READY one at payment', async () => {
    const paidFirst = await confirmed('COUNTER');
    expect((await run((tx) => markOrderPaid(tx, paidFirst))).status).toBe('CONFIRMED');
    expect((await run((tx) => setOrderStatus(tx, paidFirst, 'READY'), kds)).status).toBe('COMPLETED');
    const cookedFirst = await confirmed('KIOSK');
    expect((await run((tx) => setOrderStatus(tx, cookedFirst, 'READY'), kds)).status).toBe('READY');
    expect((await run((tx) => markOrderPaid(tx, cookedFirst))).status).toBe('COMPLETED');
  });

  it('returns from each transition the order exactly as it reads back, lines included', async () => {
    const counter = await confirmed('COUNTER');
    await run((tx) => markOrderPaid(tx, counter));
    const [returned, stored] = await run((tx) => [setOrderStatus(tx, counter, 'READY'), getOrder(tx.db, counter)], kds);
    expect(returned).toEqual(stored); // CONFIRMED → PREPARING → READY → COMPLETED (on payment) in one call
    expect(returned.items.map((i) => i.status)).toEqual(['DELIVERED']);
    const delivery = await confirmed('DELIVERY');
    const [preparing, preparingStored] = await run((tx) => [setOrderStatus(tx, delivery, 'PREPARING'), getOrder(tx.db, delivery)], kds);
    expect(preparing).toEqual(preparingStored);
    expect(preparing.items.map((i) => i.status)).toEqual(['PREPARING']);
  });

  it('leaves explicit channels to staff, and refuses COMPLETED while a balance is due', async () => {
    const delivery = await confirmed('DELIVERY');
    await run((tx) => setOrderStatus(tx, delivery, 'READY'), kds);
    expect(await code(run((tx) => setOrderStatus(tx, delivery, 'COMPLETED')))).toBe('ORDER_NOT_PAID');
    expect((await run((tx) => markOrderPaid(tx, delivery))).status).toBe('READY');
    expect((await run((tx) => setOrderStatus(tx, delivery, 'COMPLETED'))).status).toBe('COMPLETED');

    await run((tx) => writeHandOverPolicy(tx.db, { COUNTER: 'EXPLICIT' }));
    const counter = await confirmed('COUNTER');
    await run((tx) => markOrderPaid(tx, counter));
    expect((await run((tx) => setOrderStatus(tx, counter, 'READY'), kds)).status).toBe('READY');
    await run((tx) => writeHandOverPolicy(tx.db, { COUNTER: 'ON_PAYMENT' }));
  });

  it('lets a written-off order hand over with the amount journaled; a draft is cancelled instead', async () => {
    const order = await confirmed('TABLE');
    await run((tx) => setOrderStatus(tx, order, 'READY'), kds);
    const written = await run((tx) => writeOffOrder(tx, order, { kind: 'LOSS', reason: 'cliente saiu', amountCents: 1290, managerId: 'u-manager' }));
    expect(written).toMatchObject({ status: 'COMPLETED', writeOff: { kind: 'LOSS', reason: 'cliente saiu', amountCents: 1290, managerId: 'u-manager' } });
    const event = app.ctx.journal.readAfter(0).find((e) => e.type === 'order.written_off' && e.aggregateId === order)!;
    expect(event.payload).toMatchObject({ kind: 'LOSS', amountCents: 1290, managerId: 'u-manager' });
    const draft = await run((tx) => createOrder(tx, { businessDate: '2026-11-23', channel: 'COUNTER', items: [fries] }));
    expect(await code(run((tx) => writeOffOrder(tx, draft.id, { kind: 'COURTESY', reason: 'x', amountCents: 1290, managerId: null })))).toBe('ORDER_WRITE_OFF_DRAFT');
  });

  it('keeps a customer to the orders they created', async () => {
    const theirs = await run((tx) => createOrder(tx, { businessDate: '2026-11-23', channel: 'KIOSK', items: [fries] }), customer);
    expect((await run((tx) => addOrderItems(tx, theirs.id, [fries]), customer)).totalCents).toBe(2580);
    const staff = await run((tx) => createOrder(tx, { businessDate: '2026-11-23', channel: 'COUNTER', items: [fries] }));
    expect(await code(run((tx) => addOrderItems(tx, staff.id, [fries]), customer))).toBe('ORDER_NOT_OWNER');
    expect(await code(run((tx) => confirmOrderRound(tx, staff.id), customer))).toBe('ORDER_NOT_OWNER');
    expect((await run((tx) => confirmOrderRound(tx, theirs.id), customer)).order.status).toBe('CONFIRMED');
  });
});
