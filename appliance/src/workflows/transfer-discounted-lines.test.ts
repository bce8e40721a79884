/**
 * A manager gave table 6 a R$ 5,00 discount; the waiter then moves all of its lines to table 7 (the
 * guests changed tables). The discount must not vanish on its own, the guests owing R$ 5,00 more for
 * the same food: the move is refused (422 ORDER_TRANSFER_DISCOUNTED) until the manager removes or
 * lowers the discount, and what the tables owe stays as it was.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLE_PERMISSIONS } from '../auth/index.js';
import type { TestAppliance } from '../kernel/testing/harness.js';
import { apiAs, type Api, startTillStore } from './test-support.js';

describe('lines of a discounted table moved to another table', () => {
  let app: TestAppliance;
  let waiter: Api;
  let manager: Api;

  beforeAll(async () => {
    app = await startTillStore();
    waiter = apiAs(app, [...ROLE_PERMISSIONS.WAITER], 'WAITER');
    manager = apiAs(app, [...ROLE_PERMISSIONS.MANAGER], 'MANAGER');
  });
  afterAll(() => app.close());

  const owed = async (tableId: string): Promise<number> => {
    const tables = (await waiter.get('/tables')).body.data as { id: string; currentTabId: string | null }[];
    const tabId = tables.find((t) => t.id === tableId)?.currentTabId;
    return tabId ? ((await waiter.get(`/tabs/${tabId}`)).body.data.totalCents as number) : 0;
  };

  it('moving every line of a discounted bill to another table is refused, and what the guests owe stays', async () => {
    const tab = (await waiter.post('/tables/table-6/tab', { guests: 2 })).body.data as { id: string; primaryOrderId: string };
    const round = await waiter.post(`/tabs/${tab.id}/rounds`, { items: [{ productId: 'prod-fries', quantity: 2 }, { productId: 'prod-beer', quantity: 2 }] });
    expect(round.status, JSON.stringify(round.body)).toBe(200);
    const discounted = await manager.post(`/orders/${tab.primaryOrderId}/discount`, { amountCents: 500, reason: 'Demora na cozinha' });
    expect(discounted.status, JSON.stringify(discounted.body)).toBe(200);
    const before = await owed('table-6');
    expect(before).toBe(2 * 1290 + 2 * 1190 - 500);

    const itemIds = (round.body.data.order.items as { itemId: string }[]).map((i) => i.itemId);
    const moved = await waiter.post(`/tabs/${tab.id}/transfer-items`, { itemIds, toTableId: 'table-7' });
    expect([moved.status, moved.body.error?.code]).toEqual([422, 'ORDER_TRANSFER_DISCOUNTED']);

    expect((await owed('table-6')) + (await owed('table-7'))).toBe(before);
  });
});
