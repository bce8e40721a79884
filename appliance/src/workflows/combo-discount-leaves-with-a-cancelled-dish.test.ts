/**
 * A combo's discount is earned by the whole set: a guest who gives up the fries of an X-Burger +
 * Batata no longer has the combo, and the burger is charged at its price again, as it would have
 * been sold alone. The same for "leve 3, pague 2": two Cocas left of three pay for two. What the
 * lines still earn without the cancelled dish stays (one combo of two, every third Coca of what is
 * left), and no line is ever charged more than it was sent with.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLE_PERMISSIONS } from '../auth/index.js';
import type { TestAppliance } from '../kernel/testing/harness.js';
import { apiAs, startTillStore, type Api } from './test-support.js';

interface Line {
  itemId: string;
  productId: string;
  status: string;
  grossCents: number;
  discountCents: number;
  totalCents: number;
  appliedRules: string[];
}

describe('a promotion across lines after one of its dishes is cancelled', () => {
  let app: TestAppliance;
  let cashier: Api;
  beforeAll(async () => {
    app = await startTillStore();
    cashier = apiAs(app, [...ROLE_PERMISSIONS.CASHIER], 'CASHIER');
    const manager = apiAs(app, [...ROLE_PERMISSIONS.MANAGER], 'MANAGER');
    expect((await manager.put('/pricing/rules/coca-leve-3-pague-2', { kind: 'BUY_X_GET_Y', buy: 2, get: 1, target: { productIds: ['prod-coke'] } })).status).toBe(200);
  });
  afterAll(() => app.close());

  const burger = { productId: 'prod-classic-burger', quantity: 1, options: ['medium'] };
  const fries = { productId: 'prod-fries', quantity: 1 };
  const coke = { productId: 'prod-coke', quantity: 1 };

  async function place(items: unknown[]) {
    const res = await cashier.post('/orders', { channel: 'COUNTER', items });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body.data as { id: string; totalCents: number; items: Line[] };
  }
  async function cancel(orderId: string, itemId: string) {
    const res = await cashier.post(`/orders/${orderId}/items/${itemId}/cancel`, { reason: 'cliente desistiu' });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body.data as { totalCents: number; discountCents: number; items: Line[] };
  }
  const live = (order: { items: Line[] }) => order.items.filter((i) => i.status !== 'CANCELLED');

  it('the burger left of a burger-and-fries combo is charged in full, and the journal says why', async () => {
    const order = await place([burger, fries]);
    expect(order.totalCents).toBe(2990 + 1290 - 500);
    const before = app.ctx.journal.lastSeq();
    const after = await cancel(order.id, order.items[1].itemId);
    expect(live(after).map((i) => [i.productId, i.discountCents, i.totalCents, i.appliedRules])).toEqual([['prod-classic-burger', 0, 2990, []]]);
    expect([after.discountCents, after.totalCents]).toEqual([0, 2990]);
    const lowered = app.ctx.journal.readAfter(before).find((e) => e.type === 'order.line_discounts_lowered');
    expect(lowered?.payload).toMatchObject({ orderId: order.id, cancelledItemId: order.items[1].itemId, items: [{ itemId: order.items[0].itemId, discountCents: 0, totalCents: 2990 }], totalCents: 2990 });
  });

  it('two combos less one portion of fries: one combo stays', async () => {
    const order = await place([{ ...burger, quantity: 2 }, fries, fries]);
    expect(order.totalCents).toBe(2 * 2990 + 2 * 1290 - 1000);
    const after = await cancel(order.id, order.items[2].itemId);
    expect(after.discountCents).toBe(500);
    expect(after.totalCents).toBe(2 * 2990 + 1290 - 500);
  });

  it('leve 3 pague 2: a Coca given up of three takes the free one with it; one of six leaves one free', async () => {
    const three = await place([coke, fries, coke, coke]);
    expect(three.totalCents).toBe(3 * 690 + 1290 - 690);
    const afterThree = await cancel(three.id, three.items[0].itemId);
    expect([afterThree.discountCents, afterThree.totalCents]).toEqual([0, 2 * 690 + 1290]);

    const six = await place([coke, coke, coke, coke, coke, coke]);
    expect(six.totalCents).toBe(4 * 690);
    const afterSix = await cancel(six.id, six.items[5].itemId);
    expect([afterSix.discountCents, afterSix.totalCents]).toEqual([690, 4 * 690]);
  });
});
