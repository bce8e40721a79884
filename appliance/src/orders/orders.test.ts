import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommandFn } from '../kernel/journal/command-bus.js';
import type { Actor } from '../kernel/journal/event.js';
import { startTestAppliance, type TestAppliance } from '../kernel/testing/harness.js';
import {
  addOrderItems,
  applyOrderDiscount,
  cancelOrder,
  confirmOrderRound,
  createOrder,
  markOrderPaid,
  moveOrderItems,
  ordersModule,
  setOrderItemStatus,
  setOrderStatus,
  type NewOrderItem,
} from './index.js';
import { writeHandOverPolicy } from './hand-over.js';

const line = (name: string, totalCents: number, extra: Partial<NewOrderItem> = {}): NewOrderItem => ({
  productId: `p-${name}`,
  name,
  categoryId: 'c',
  quantity: 1,
  unit: 'UNIT',
  unitPriceCents: totalCents,
  grossCents: totalCents,
  discountCents: 0,
  totalCents,
  appliedRules: [],
  options: [],
  components: [],
  notes: null,
  seat: null,
  station: 'GRILL',
  prepSeconds: 300,
  ...extra,
});

const cashier: Actor = { type: 'user', id: 'u-cashier', role: 'CASHIER' };
const kitchen: Actor = { type: 'device', id: 'kds-1', deviceKind: 'KDS' };

describe('orders commands', () => {
  let app: TestAppliance;
  const run = <T>(fn: CommandFn<T>, actor: Actor = cashier) => app.ctx.commands.run('test', fn, { actor });
  const code = (promise: Promise<unknown>) => promise.then(() => 'OK', (e: { code?: string }) => e.code);

  beforeAll(async () => {
    app = await startTestAppliance([ordersModule]);
  });
  afterAll(() => app.close());

  it('numbers orders per business day and sums totals from the lines', async () => {
    const a = await run((tx) => createOrder(tx, { businessDate: '2026-11-23', channel: 'COUNTER', items: [line('burger', 2990), line('soda', 690, { discountCents: 100, totalCents: 590 })] }));
    const b = await run((tx) => createOrder(tx, { businessDate: '2026-11-23', channel: 'TAKEOUT', items: [line('fries', 1290)] }));
    const c = await run((tx) => createOrder(tx, { businessDate: '2026-11-24', channel: 'COUNTER', items: [line('fries', 1290)] }));
    expect([a.number, b.number, c.number]).toEqual([1, 2, 1]);
    expect(a).toMatchObject({ status: 'DRAFT', subtotalCents: 3680, discountCents: 100, totalCents: 3580, createdBy: 'u-cashier' });
    const created = app.ctx.journal
      .readAfter(0)
      .filter((e) => e.type === 'order.created')
      .find((e) => e.aggregateId === a.id)!;
    expect(created.payload).toMatchObject({ number: 1, businessDate: '2026-11-23', channel: 'COUNTER', status: 'DRAFT', totalCents: 3580 });
    expect(created.payload.items[1]).toEqual({
      itemId: a.items[1].itemId, productId: 'p-soda', name: 'soda', categoryId: 'c', quantity: 1, unit: 'UNIT', unitPriceCents: 690, discountCents: 100, totalCents: 590, appliedRules: [],
    });
  });

  it('walks the happy path with one event per transition and item statuses', async () => {
    const order = await run((tx) => createOrder(tx, { businessDate: '2026-11-23', channel: 'DELIVERY', items: [line('burger', 2990)] }));
    const seq = app.ctx.journal.lastSeq();
    expect(await code(run((tx) => confirmOrderRound(tx, order.id), kitchen))).toBe('ORDER_TRANSITION_FORBIDDEN');
    const { confirmedItems } = await run((tx) => confirmOrderRound(tx, order.id));
    expect(confirmedItems.map((i) => i.status)).toEqual(['CONFIRMED']);
    const ready = await run((tx) => setOrderStatus(tx, order.id, 'READY'), kitchen);
    expect(ready.items[0].status).toBe('READY');
    expect(await code(run((tx) => setOrderStatus(tx, order.id, 'DELIVERING'), kitchen))).toBe('ORDER_TRANSITION_FORBIDDEN');
    await run((tx) => setOrderStatus(tx, order.id, 'DELIVERING'));
    const done = await run((tx) => markOrderPaid(tx, order.id));
    expect(done.status).toBe('COMPLETED');
    expect(done.items[0].status).toBe('DELIVERED');
    expect(app.ctx.journal.readAfter(seq).map((e) => e.type)).toEqual([
      'order.confirmed', 'order.preparing', 'order.ready', 'order.delivering', 'order.paid', 'order.completed',
    ]);
    expect(await code(run((tx) => setOrderStatus(tx, order.id, 'PREPARING')))).toBe('ORDER_CLOSED');
  });

  it('sends later rounds of a table separately', async () => {
    const tab = await run((tx) => createOrder(tx, { businessDate: '2026-11-23', channel: 'TABLE', tableId: 't1', items: [] }));
    expect(await code(run((tx) => confirmOrderRound(tx, tab.id)))).toBe('ORDER_EMPTY');
    await run((tx) => addOrderItems(tx, tab.id, [line('beer', 1190)]));
    await run((tx) => confirmOrderRound(tx, tab.id));
    expect(await code(run((tx) => confirmOrderRound(tx, tab.id)))).toBe('ORDER_NOTHING_TO_CONFIRM');
    await run((tx) => setOrderStatus(tx, tab.id, 'READY'), kitchen);
    await run((tx) => addOrderItems(tx, tab.id, [line('fries', 1290), line('burger', 2990)]));
    const second = await run((tx) => confirmOrderRound(tx, tab.id));
    expect(second.confirmedItems.map((i) => [i.name, i.round])).toEqual([['fries', 2], ['burger', 2]]);
    expect(second.order.totalCents).toBe(5470);
    const event = app.ctx.journal.readAfter(0).filter((e) => e.type === 'order.round_confirmed').at(-1)!;
    expect(event.payload).toMatchObject({ orderId: tab.id, round: 2, itemIds: second.confirmedItems.map((i) => i.itemId) });
    const again = await run((tx) => setOrderStatus(tx, tab.id, 'PREPARING'), kitchen);
    expect(again.status).toBe('PREPARING');
    const fries = second.confirmedItems[0].itemId;
    expect(again.items.find((i) => i.itemId === fries)?.status).toBe('PREPARING');
    const bumped = await run((tx) => setOrderItemStatus(tx, tab.id, `${fries}.2`, 'READY'), kitchen);
    expect(bumped.items.find((i) => i.itemId === fries)?.status).toBe('READY');
    expect(app.ctx.journal.readAfter(0).at(-1)?.payload).toEqual({ orderId: tab.id, itemId: fries, status: 'READY' });
    const burger = second.confirmedItems[1].itemId;
    expect(await code(run((tx) => setOrderItemStatus(tx, tab.id, burger, 'DELIVERED'), kitchen))).toBe('ORDER_TRANSITION_NOT_ALLOWED');
    expect(await code(run((tx) => setOrderItemStatus(tx, tab.id, 'ghost', 'READY'), kitchen))).toBe('ORDER_ITEM_NOT_FOUND');
  });

  it('cancels with a reason, keeps the cancelled amount and refuses a second cancel', async () => {
    const order = await run((tx) => createOrder(tx, { businessDate: '2026-11-23', channel: 'COUNTER', items: [line('burger', 2990)] }));
    await run((tx) => confirmOrderRound(tx, order.id));
    expect(await code(run((tx) => cancelOrder(tx, order.id, 'x'), kitchen))).toBe('ORDER_TRANSITION_FORBIDDEN');
    const cancelled = await run((tx) => cancelOrder(tx, order.id, 'cliente desistiu'));
    expect(cancelled).toMatchObject({ status: 'CANCELLED', cancelReason: 'cliente desistiu', totalCents: 2990 });
    expect(cancelled.items.every((i) => i.status === 'CANCELLED')).toBe(true);
    expect(await code(run((tx) => cancelOrder(tx, order.id, 'again')))).toBe('ORDER_CLOSED');
  });

  it('moves lines between tabs and applies a manual discount within the total', async () => {
    const a = await run((tx) => createOrder(tx, { businessDate: '2026-11-23', channel: 'TABLE', tableId: 't2', items: [line('burger', 2990), line('beer', 1190)] }));
    const b = await run((tx) => createOrder(tx, { businessDate: '2026-11-23', channel: 'TABLE', tableId: 't3', items: [line('soda', 690)] }));
    const moved = await run((tx) => moveOrderItems(tx, a.id, b.id, [a.items[1].itemId]));
    expect([moved.from.totalCents, moved.to.totalCents]).toEqual([2990, 1880]);
    expect(moved.to.items.map((i) => i.name)).toEqual(['soda', 'beer']);
    expect(await code(run((tx) => moveOrderItems(tx, a.id, b.id, ['ghost'])))).toBe('ORDER_ITEM_NOT_FOUND');
    expect(await code(run((tx) => applyOrderDiscount(tx, b.id, { amountCents: 1881, reason: 'x' })))).toBe('ORDER_DISCOUNT_TOO_LARGE');
    const discounted = await run((tx) => applyOrderDiscount(tx, b.id, { amountCents: 380, reason: 'cortesia' }));
    expect(discounted).toMatchObject({ subtotalCents: 1880, discountCents: 380, manualDiscountCents: 380, totalCents: 1500 });
  });

  it('discounts the goods only: the delivery fee is the courier\'s and stays on the bill', async () => {
    const order = await run((tx) => createOrder(tx, { businessDate: '2026-11-23', channel: 'DELIVERY', items: [line('burger', 2990)], deliveryFeeCents: 700 }));
    expect(order.totalCents).toBe(3690);
    const tooLarge = await run((tx) => applyOrderDiscount(tx, order.id, { amountCents: 3000, reason: 'x' })).catch((e: { code: string; details: unknown }) => e);
    expect(tooLarge).toMatchObject({ code: 'ORDER_DISCOUNT_TOO_LARGE', details: { maxCents: 2990 }, params: { max: 'R$ 29,90' } });
    const whole = await run((tx) => applyOrderDiscount(tx, order.id, { amountCents: 2990, reason: 'cortesia' }));
    expect(whole).toMatchObject({ manualDiscountCents: 2990, totalCents: 700 });
  });

  it('lists orders with filters and paging over HTTP', async () => {
    const auth = app.bearer(['orders.read']);
    const get = async (query: string) => (await fetch(`${app.baseUrl}/api/v1/orders?${query}`, { headers: { authorization: auth } })).json();
    const all = await get('size=2&sort=number:asc');
    expect(all.metadata.size).toBe(2);
    expect(all.metadata.total).toBe(app.ctx.db.prepare('SELECT COUNT(*) FROM orders').pluck().get());
    const day24 = await get('from=2026-11-24&to=2026-11-24');
    expect(day24.data.map((o: { number: number; businessDate: string }) => [o.businessDate, o.number])).toEqual([['2026-11-24', 1]]);
    const cancelled = await get('status=CANCELLED');
    expect(cancelled.data.map((o: { cancelReason: string }) => o.cancelReason)).toEqual(['cliente desistiu']);
    const table = await get('tableId=t3&channel=TABLE');
    expect(table.data[0].items.map((i: { name: string }) => i.name)).toEqual(['soda', 'beer']);
    const one = await (await fetch(`${app.baseUrl}/api/v1/orders/${table.data[0].id}`, { headers: { authorization: auth } })).json();
    expect(one.data.id).toBe(table.data[0].id);
    expect((await fetch(`${app.baseUrl}/api/v1/orders/nope`, { headers: { authorization: auth } })).status).toBe(404);
    expect((await fetch(`${app.baseUrl}/api/v1/orders?status=LOST`, { headers: { authorization: auth } })).status).toBe(400);
  });

  it('lets staff move fulfilment over HTTP only as the state machine allows their role', async () => {
    const order = await run((tx) => createOrder(tx, { businessDate: '2026-11-23', channel: 'COUNTER', items: [line('burger', 2990)] }));
    await run((tx) => confirmOrderRound(tx, order.id));
    const post = (role: string, status: string) =>
      fetch(`${app.baseUrl}/api/v1/orders/${order.id}/status`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: app.bearer(['orders.fulfil'], { role }) },
        body: JSON.stringify({ status }),
      });
    const waiter = await post('WAITER', 'PREPARING');
    expect(waiter.status).toBe(403);
    expect((await waiter.json()).error.message).toBe('Seu perfil não pode passar o pedido de "confirmado" para "em preparo".');
    expect((await post('KITCHEN', 'READY')).status).toBe(200);
    const delivering = await post('CASHIER', 'DELIVERING');
    expect(delivering.status).toBe(422);
    expect((await delivering.json()).error.code).toBe('ORDER_TRANSITION_NOT_ALLOWED');
    const unpaid = await post('CASHIER', 'COMPLETED');
    expect(unpaid.status).toBe(422);
    expect((await unpaid.json()).error.code).toBe('ORDER_NOT_PAID');
    // Paid, on a store that hands counter orders over explicitly: the cashier completes it.
    await run((tx) => {
      writeHandOverPolicy(tx.db, { COUNTER: 'EXPLICIT' });
      return markOrderPaid(tx, order.id);
    });
    const completed = await post('CASHIER', 'COMPLETED');
    expect((await completed.json()).data.status).toBe('COMPLETED');
  });
});
