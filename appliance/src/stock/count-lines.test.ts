import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestAppliance, type TestAppliance } from '../kernel/testing/harness.js';
import { findStockItem, listMovements, reserveForOrder, stockModule } from './index.js';
import { stockClerk } from './test-support.js';

/**
 * The stock clerk's inventory count (POST /stock/counts), recipes and manual movements,
 * through the HTTP routes the back office uses, on a real SQLite store.
 */
describe('inventory counts and stock entries by the stock clerk', () => {
  let app: TestAppliance;
  let n = 0;
  const call = stockClerk(() => app);
  const newItem = async (fields: Record<string, unknown>) => {
    const res = await call('POST', '/stock/items', { name: `Item ${++n}`, kind: 'PRODUCT', unit: 'MILLIUNIT', ...fields });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body.data as { id: string; productId: string | null };
  };

  beforeAll(async () => {
    app = await startTestAppliance([stockModule]);
  });
  afterAll(() => app.close());

  it('records a physical count even when open orders hold more than was counted (BLOCK item)', async () => {
    // 10 long-necks on the books; open table tabs sent 8 of them to the tables (reserved at confirm,
    // consumed only when the tabs are paid). The clerk counts 5 on the shelf and posts the count.
    // Refusing the sheet (up to 2,000 lines) with 422 STOCK_INSUFFICIENT because the ADJUSTMENT would
    // take "availability" below zero leaves the store unable to record what it physically has, and
    // every other line of the sheet is lost with it. A count states a fact; it must be booked
    // (and flagged as oversold), never refused.
    const beer = await newItem({ productId: `long-neck-${n}`, initialQuantity: 10_000 });
    await app.ctx.commands.run('test.reserve', (tx) => reserveForOrder(tx, { id: 'tab-order-1', items: [{ productId: beer.productId!, quantity: 8, unit: 'UNIT' }] }), {
      actor: { type: 'system', id: 'test' },
    });
    const other = await newItem({ initialQuantity: 4_000 });
    const count = await call('POST', '/stock/counts', {
      reason: 'contagem de fechamento',
      lines: [
        { stockItemId: other.id, countedQuantity: 3_000 },
        { stockItemId: beer.id, countedQuantity: 5_000 },
      ],
    });
    expect(count.status, JSON.stringify(count.body)).toBe(201);
    // Whether the count is read as on-hand or as shelf stock beside what tabs hold (see
    // workflows/stock-count-during-service.test.ts), the beer's count must be booked.
    expect(listMovements(app.ctx.db, beer.id).map((m) => m.type)).toContain('ADJUSTMENT');
    expect(findStockItem(app.ctx.db, other.id)!.onHand).toBe(3_000);
  });

  it('records a loss (LOSS) even when it eats into what open orders hold (BLOCK item)', async () => {
    // 6 bottles of wine on the books; a table's tab ordered 5 (reserved, still in the cellar). The
    // crate drops and 2 bottles break. The clerk records the LOSS of 2 and is refused with 422
    // STOCK_INSUFFICIENT because availability would go to -1. The loss happened: refusing it keeps
    // two bottles on the books that do not exist, hides that the table's order can no longer be
    // served in full (the stock.oversold flag that exists for exactly this), and leaves the clerk no
    // way to book it (an ADJUSTMENT or a count is refused the same way).
    const wine = await newItem({ productId: `wine-${n}`, initialQuantity: 6_000 });
    await app.ctx.commands.run('test.reserve', (tx) => reserveForOrder(tx, { id: 'tab-order-wine', items: [{ productId: wine.productId!, quantity: 5, unit: 'UNIT' }] }), {
      actor: { type: 'system', id: 'test' },
    });
    const loss = await call('POST', '/stock/movements', { type: 'LOSS', stockItemId: wine.id, quantity: 2_000, reason: 'caixa caiu, 2 garrafas quebradas' });
    expect(loss.status, JSON.stringify(loss.body)).toBe(201);
    expect(findStockItem(app.ctx.db, wine.id)!.onHand).toBe(4_000);
  });

  it('does not let the last of two lines for the same item silently replace the first', async () => {
    // The clerk counts cans in two places (3 in the fridge, 4 in the storeroom) and the count
    // screen sends one line per place. Each line is applied as "set on hand to this", so the item
    // ends at 4 instead of 7 and 3 cans vanish from the books (a LOSS nobody made), while the
    // answer lists two adjustments as if both were taken. Either add the lines up or refuse the sheet.
    const can = await newItem({ initialQuantity: 5_000 });
    const count = await call('POST', '/stock/counts', {
      reason: 'contagem semanal',
      lines: [
        { stockItemId: can.id, countedQuantity: 3_000 },
        { stockItemId: can.id, countedQuantity: 4_000 },
      ],
    });
    const onHand = findStockItem(app.ctx.db, can.id)!.onHand;
    expect(count.status).toBe(201);
    expect(onHand, 'two lines of one item must add up').toBe(7_000);
  });

  it('refuses a negative counted quantity', async () => {
    // A count is what is on the shelf: it cannot be below zero. A typo ("-5" for "5") accepted
    // would put a WARN item at -5 units on the books (oversold alerts, a wrong purchase list);
    // every other quantity field of the stock API is at least 0 or 1.
    const ice = await newItem({ availabilityPolicy: 'WARN', initialQuantity: 2_000 });
    const count = await call('POST', '/stock/counts', { reason: 'contagem', lines: [{ stockItemId: ice.id, countedQuantity: -5_000 }] });
    expect(count.status, JSON.stringify(count.body)).toBe(400);
    expect(findStockItem(app.ctx.db, ice.id)!.onHand).toBe(2_000);
  });

  it('answers a recipe naming one ingredient on two lines without an internal error', async () => {
    // The manager types the X-Tudo recipe line by line and lists the cheese twice (one slice on
    // the burger, one on the egg). Left to the primary key of stock_recipes, the second row answers
    // 500 INTERNAL_ERROR ("a bug; never caused by input", docs/api.md). The lines must be added up
    // or refused with a 4xx the back office can show.
    const cheese = await newItem({ kind: 'INGREDIENT', unit: 'GRAM', initialQuantity: 5_000 });
    const res = await call('PUT', '/stock/recipes/x-tudo', { lines: [{ stockItemId: cheese.id, quantity: 20 }, { stockItemId: cheese.id, quantity: 20 }] });
    expect(res.status, JSON.stringify(res.body)).not.toBe(500);
    expect(res.status).toBeLessThan(500);
  });
});
