/**
 * A combo's discount is earned by the whole set, at one bill: when the waiter moves the fries of an
 * X-Burger + Batata to another table, neither table has the combo any more. The fries are charged
 * at their price at the new table and the burger at its price at the old one, as they would have
 * been sold alone, exactly as when the guest gives up the fries; the journal says why on each bill.
 * A whole combo moving together keeps its discount, and what the lines left still earn stays.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLE_PERMISSIONS } from '../auth/index.js';
import type { TestAppliance } from '../kernel/testing/harness.js';
import { apiAs, startTillStore, type Api } from './test-support.js';

interface Line {
  itemId: string;
  productId: string;
  status: string;
  discountCents: number;
  totalCents: number;
  appliedRules: string[];
}
interface TabView {
  id: string;
  totalCents: number;
  orders: { id: string; items: Line[] }[];
}

const BURGER = 2990;
const FRIES = 1290;

describe('a combo split between two tables', () => {
  let app: TestAppliance;
  let waiter: Api;
  beforeAll(async () => {
    app = await startTillStore();
    waiter = apiAs(app, [...ROLE_PERMISSIONS.WAITER], 'WAITER');
  });
  afterAll(() => app.close());

  const burger = { productId: 'prod-classic-burger', quantity: 1, options: ['medium'] };
  const fries = { productId: 'prod-fries', quantity: 1 };

  async function tabWith(tableId: string, items: unknown[]) {
    const tab = (await waiter.post(`/tables/${tableId}/tab`, { guests: 2 })).body.data as { id: string };
    const round = await waiter.post(`/tabs/${tab.id}/rounds`, { items });
    expect(round.status, JSON.stringify(round.body)).toBe(200);
    return { tabId: tab.id, items: round.body.data.order.items as Line[] };
  }
  async function move(tabId: string, itemIds: string[], toTableId: string) {
    const res = await waiter.post(`/tabs/${tabId}/transfer-items`, { itemIds, toTableId });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body.data as { from: TabView; to: TabView };
  }
  const lines = (tab: TabView) => tab.orders.flatMap((o) => o.items.filter((i) => i.status !== 'CANCELLED')).map((i) => [i.productId, i.discountCents, i.totalCents, i.appliedRules]);

  it('the fries moved to table 5 and the burger left at table 4 are each charged in full, and the journal says why on both bills', async () => {
    const table4 = await tabWith('table-4', [burger, fries]);
    expect(table4.items.reduce((sum, i) => sum + i.totalCents, 0)).toBe(BURGER + FRIES - 500);
    const before = app.ctx.journal.lastSeq();

    const { from, to } = await move(table4.tabId, [table4.items[1].itemId], 'table-5');

    expect(lines(from)).toEqual([['prod-classic-burger', 0, BURGER, []]]);
    expect(lines(to)).toEqual([['prod-fries', 0, FRIES, []]]);
    expect([from.totalCents, to.totalCents]).toEqual([BURGER, FRIES]);
    const lowered = app.ctx.journal.readAfter(before).filter((e) => e.type === 'order.line_discounts_lowered');
    expect(lowered.map((e) => e.payload)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ orderId: from.orders[0].id, items: [expect.objectContaining({ itemId: table4.items[0].itemId, discountCents: 0, totalCents: BURGER })], totalCents: BURGER }),
        expect.objectContaining({ orderId: to.orders[0].id, items: [expect.objectContaining({ itemId: table4.items[1].itemId, discountCents: 0, totalCents: FRIES })], totalCents: FRIES }),
      ]),
    );
    expect(lowered).toHaveLength(2);
  });

  it('the fries moved to a table that already ordered lose the combo too, and the other table\'s own round is not touched', async () => {
    const table1 = await tabWith('table-1', [burger, fries]);
    const table2 = await tabWith('table-2', [{ productId: 'prod-orange-juice', quantity: 1 }]);
    const { from, to } = await move(table1.tabId, [table1.items[1].itemId], 'table-2');
    expect(lines(from)).toEqual([['prod-classic-burger', 0, BURGER, []]]);
    expect(lines(to).map((line) => line[0])).toEqual(['prod-orange-juice', 'prod-fries']);
    expect(lines(to)[1]).toEqual(['prod-fries', 0, FRIES, []]);
    expect(to.totalCents).toBe(table2.items[0].totalCents + FRIES);
  });

  it('a whole combo moved together keeps its discount at the new table', async () => {
    const table6 = await tabWith('table-6', [burger, fries]);
    const { from, to } = await move(table6.tabId, table6.items.map((i) => i.itemId), 'table-7');
    expect(from.totalCents).toBe(0);
    expect(to.totalCents).toBe(BURGER + FRIES - 500);
  });

  it('two combos less one portion of fries moved away: one combo stays at the table', async () => {
    const table8 = await tabWith('table-8', [{ ...burger, quantity: 2 }, fries, fries]);
    expect(table8.items.reduce((sum, i) => sum + i.totalCents, 0)).toBe(2 * BURGER + 2 * FRIES - 1000);
    const { from, to } = await move(table8.tabId, [table8.items[2].itemId], 'table-9');
    expect(from.totalCents).toBe(2 * BURGER + FRIES - 500);
    expect(lines(to)).toEqual([['prod-fries', 0, FRIES, []]]);
  });
});
