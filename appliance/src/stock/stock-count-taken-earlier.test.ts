import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestAppliance, type TestAppliance } from '../kernel/testing/harness.js';
import { consumeForOrder, stockModule } from './index.js';
import { stockClerk } from './test-support.js';

/**
 * A count taken on the shelves and posted a few minutes later (the clerk walks back to the back
 * office, or finishes the other aisles first). The bar keeps selling in between: those sales are
 * already booked, so the count says when it was taken and the books end at what was counted less
 * what left the shelf after it, never at the bare count (which would give back what sold meanwhile).
 */
describe('an inventory count posted after it was taken', () => {
  let app: TestAppliance;
  let now = new Date('2026-03-02T15:00:00.000Z');
  let n = 0;
  const call = stockClerk(() => app);
  const at = (minutes: number) => new Date(Date.parse('2026-03-02T15:00:00.000Z') + minutes * 60_000);
  const newItem = async () => {
    const res = await call('POST', '/stock/items', { productId: `long-neck-${++n}`, name: `Cerveja long neck ${n}`, kind: 'PRODUCT', unit: 'MILLIUNIT', initialQuantity: 10_000 });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body.data as { id: string; productId: string };
  };
  const sell = (productId: string, quantity: number) =>
    app.ctx.commands.run('test.sale', (tx) => consumeForOrder(tx, { id: `counter-${productId}-${now.getTime()}`, items: [{ productId, quantity, unit: 'UNIT' }] }), {
      actor: { type: 'system', id: 'test' },
    });
  const onHandOf = async (id: string) => (await call('GET', `/stock/items/${id}`)).body.data.onHand as number;

  beforeAll(async () => {
    app = await startTestAppliance([stockModule], { clock: { now: () => now } });
  });
  afterAll(() => app.close());

  it('keeps what sold between the count and its posting taken out', async () => {
    now = at(0);
    const beer = await newItem();
    // 15:05 the clerk counts 8 long-necks in the fridge; 15:07 the bar sells 2; 15:10 the count is posted.
    now = at(7);
    await sell(beer.productId, 2);
    now = at(10);
    const count = await call('POST', '/stock/counts', { reason: 'contagem de turno', countedAt: at(5).toISOString(), lines: [{ stockItemId: beer.id, countedQuantity: 8_000 }] });
    expect(count.status, JSON.stringify(count.body)).toBe(201);
    expect(count.body.data.adjustments).toEqual([{ stockItemId: beer.id, name: expect.any(String), before: 10_000, counted: 8_000, delta: -2_000 }]);
    expect(await onHandOf(beer.id)).toBe(6_000);
  });

  it('without a count time, the count is what is on the shelf when posted', async () => {
    now = at(20);
    const beer = await newItem();
    await sell(beer.productId, 2);
    const count = await call('POST', '/stock/counts', { reason: 'contagem', lines: [{ stockItemId: beer.id, countedQuantity: 7_000 }] });
    expect(count.status, JSON.stringify(count.body)).toBe(201);
    expect(await onHandOf(beer.id)).toBe(7_000);
  });

  it('refuses a count time in the future', async () => {
    now = at(30);
    const beer = await newItem();
    const count = await call('POST', '/stock/counts', { reason: 'contagem', countedAt: at(31).toISOString(), lines: [{ stockItemId: beer.id, countedQuantity: 7_000 }] });
    expect(count.status).toBe(422);
    expect(count.body.error.code).toBe('STOCK_COUNT_IN_FUTURE');
    expect(await onHandOf(beer.id)).toBe(10_000);
  });

  it('refuses a count taken before the last count posted for the item, which it would undo', async () => {
    now = at(40);
    const beer = await newItem();
    now = at(45);
    expect((await call('POST', '/stock/counts', { reason: 'contagem', lines: [{ stockItemId: beer.id, countedQuantity: 9_000 }] })).status).toBe(201);
    now = at(50);
    const late = await call('POST', '/stock/counts', { reason: 'contagem atrasada', countedAt: at(42).toISOString(), lines: [{ stockItemId: beer.id, countedQuantity: 8_000 }] });
    expect(late.status).toBe(422);
    expect(late.body.error).toMatchObject({ code: 'STOCK_COUNT_BEFORE_LAST_COUNT', message: expect.stringContaining(`Cerveja long neck ${n}`) });
    expect(await onHandOf(beer.id)).toBe(9_000);
  });
});
