import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestAppliance, type TestAppliance } from '../kernel/testing/harness.js';
import { stockModule } from './index.js';
import { stockClerk } from './test-support.js';

/**
 * An item's history in the back office: a year of sales is hundreds of thousands of movements, so
 * the item's page shows only its latest ones and the whole history is read a page at a time.
 */
describe("a stock item's movement history", () => {
  let app: TestAppliance;
  const call = stockClerk(() => app);
  let itemId: string;

  beforeAll(async () => {
    app = await startTestAppliance([stockModule]);
    const item = await call('POST', '/stock/items', { name: 'Farinha de trigo', kind: 'INGREDIENT', unit: 'GRAM' });
    itemId = item.body.data.id;
    // 45 purchases of 1..45 g: the quantity tells each movement's place in the history.
    for (let quantity = 1; quantity <= 45; quantity++) {
      expect((await call('POST', '/stock/movements', { type: 'PURCHASE', stockItemId: itemId, quantity })).status).toBe(201);
    }
  });
  afterAll(() => app.close());

  it("the item's page carries only its latest movements, oldest of them first", async () => {
    const detail = (await call('GET', `/stock/items/${itemId}`)).body.data;
    expect(detail.onHand).toBe((45 * 46) / 2);
    expect(detail.movements.map((m: { onHandDelta: number }) => m.onHandDelta)).toEqual(Array.from({ length: 20 }, (_, i) => 26 + i));
  });

  it('pages through the whole history, newest first, with the total', async () => {
    const first = await call('GET', `/stock/items/${itemId}/movements?size=20`);
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    expect(first.body.metadata).toEqual({ page: 1, size: 20, total: 45 });
    expect(first.body.data.map((m: { onHandDelta: number }) => m.onHandDelta)).toEqual(Array.from({ length: 20 }, (_, i) => 45 - i));
    const last = await call('GET', `/stock/items/${itemId}/movements?size=20&page=3`);
    expect(last.body.data.map((m: { onHandDelta: number }) => m.onHandDelta)).toEqual([5, 4, 3, 2, 1]);
    const oldestFirst = await call('GET', `/stock/items/${itemId}/movements?size=3&sort=createdAt:asc`);
    expect(oldestFirst.body.data.map((m: { onHandDelta: number }) => m.onHandDelta)).toEqual([1, 2, 3]);
  });

  it('refuses a page larger than the appliance serves at once, and an unknown item', async () => {
    expect((await call('GET', `/stock/items/${itemId}/movements?size=5000`)).status).toBe(400);
    expect((await call('GET', '/stock/items/no-such-item/movements')).status).toBe(404);
  });
});
