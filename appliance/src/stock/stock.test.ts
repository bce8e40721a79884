import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestAppliance, type TestAppliance } from '../kernel/testing/harness.js';
import {
  consumeForOrder,
  createStockItem,
  findStockItem,
  listMovements,
  postInventoryCount,
  recordManualMovement,
  releaseForOrder,
  reservationUpToDate,
  reserveForOrder,
  setRecipe,
  stockModule,
  type StockItem,
} from './index.js';

const actor = { type: 'user' as const, id: 'stock-manager', role: 'MANAGER' };

describe('stock', () => {
  let app: TestAppliance;
  let n = 0;
  const run = <T>(fn: Parameters<TestAppliance['ctx']['commands']['run']>[1]) => app.ctx.commands.run('stock', fn, { actor }) as Promise<T>;

  beforeAll(async () => {
    app = await startTestAppliance([stockModule]);
  });
  afterAll(() => app.close());

  const sumOf = (item: StockItem) => {
    const moves = listMovements(app.ctx.db, item.id);
    return { onHand: moves.reduce((s, m) => s + m.onHandDelta, 0), reserved: moves.reduce((s, m) => s + m.reservedDelta, 0) };
  };

  const action = fc.oneof(
    fc.record({ kind: fc.constant('purchase' as const), item: fc.nat(2), q: fc.integer({ min: 1, max: 5000 }) }),
    fc.record({ kind: fc.constant('loss' as const), item: fc.nat(2), q: fc.integer({ min: 1, max: 5000 }) }),
    fc.record({ kind: fc.constant('adjust' as const), item: fc.nat(2), q: fc.integer({ min: -5000, max: 5000 }).filter((d) => d !== 0) }),
    fc.record({ kind: fc.constant('transfer' as const), item: fc.nat(2), q: fc.integer({ min: 1, max: 3000 }) }),
    fc.record({ kind: fc.constant('order' as const), item: fc.nat(2), q: fc.integer({ min: 1, max: 4 }), end: fc.constantFrom('consume', 'release', 'open') }),
  );

  it('on hand and reserved always equal the sum of movements; BLOCK items never go below zero on hand, nor below what orders hold but by a loss or adjustment; WARN items may', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(action, { maxLength: 30 }), async (actions) => {
        const k = ++n;
        const items = await run<StockItem[]>((tx) => [
          createStockItem(tx, { productId: `p-block-a-${k}`, name: 'Refrigerante lata', kind: 'PRODUCT', unit: 'MILLIUNIT', initialQuantity: 3000 }),
          createStockItem(tx, { productId: `p-block-b-${k}`, name: 'Suco lata', kind: 'PRODUCT', unit: 'MILLIUNIT', initialQuantity: 1000 }),
          createStockItem(tx, { productId: `p-warn-${k}`, name: 'Água', kind: 'PRODUCT', unit: 'MILLIUNIT', availabilityPolicy: 'WARN' }),
        ]);
        for (const [i, a] of actions.entries()) {
          const item = items[a.item];
          await run((tx) => {
            if (a.kind === 'purchase') recordManualMovement(tx, { type: 'PURCHASE', stockItemId: item.id, quantity: a.q });
            else if (a.kind === 'loss') recordManualMovement(tx, { type: 'LOSS', stockItemId: item.id, quantity: a.q, reason: 'quebra' });
            else if (a.kind === 'adjust') recordManualMovement(tx, { type: 'ADJUSTMENT', stockItemId: item.id, delta: a.q, reason: 'ajuste' });
            else if (a.kind === 'transfer') recordManualMovement(tx, { type: 'TRANSFER', stockItemId: item.id, toStockItemId: items[(a.item + 1) % 3].id, quantity: a.q });
            else {
              const order = { id: `o-${k}-${i}`, items: [{ productId: item.productId!, quantity: a.q, unit: 'UNIT' as const }] };
              reserveForOrder(tx, order);
              if (a.end === 'consume') consumeForOrder(tx, order);
              if (a.end === 'release') releaseForOrder(tx, order);
            }
          }).catch((error: { code?: string }) => {
            // Refusals only come from items short of stock (BLOCK, or a transfer beyond what is on hand).
            expect(error.code).toMatch(/^STOCK_(INSUFFICIENT|UNAVAILABLE)$/);
          });
          for (const it of items) {
            const now = findStockItem(app.ctx.db, it.id)!;
            expect(sumOf(now)).toEqual({ onHand: now.onHand, reserved: now.reserved });
            expect(now.reserved).toBeGreaterThanOrEqual(0);
            if (now.availabilityPolicy === 'BLOCK') {
              expect(now.onHand).toBeGreaterThanOrEqual(0);
              // Only a physical fact (a loss, an adjustment) is booked into what open orders hold.
              if (now.available < 0) expect(listMovements(app.ctx.db, now.id).some((m) => (m.type === 'LOSS' || m.type === 'ADJUSTMENT') && m.onHandAfter < m.reservedAfter)).toBe(true);
            }
          }
        }
      }),
      { numRuns: 25 },
    );
  });

  it('consumes recipes, fractions of composite products, and weighted lines per kilogram', async () => {
    const [bread, meat, lettuce, pizza] = await run<StockItem[]>((tx) => [
      createStockItem(tx, { name: 'Pão', kind: 'INGREDIENT', unit: 'MILLIUNIT', initialQuantity: 10_000 }),
      createStockItem(tx, { name: 'Carne', kind: 'INGREDIENT', unit: 'GRAM', initialQuantity: 5_000 }),
      createStockItem(tx, { name: 'Alface', kind: 'INGREDIENT', unit: 'GRAM', initialQuantity: 2_000, availabilityPolicy: 'WARN' }),
      createStockItem(tx, { productId: 'pizza', name: 'Pizza pronta', kind: 'PRODUCT', unit: 'MILLIUNIT', initialQuantity: 4_000 }),
    ]);
    await run((tx) => {
      setRecipe(tx, 'burger', [{ stockItemId: bread.id, quantity: 1000 }, { stockItemId: meat.id, quantity: 150 }]);
      setRecipe(tx, 'salad-kg', [{ stockItemId: lettuce.id, quantity: 800 }]);
      setRecipe(tx, 'half-pizza-combo', [{ stockItemId: pizza.id, quantity: 500 }, { stockItemId: bread.id, quantity: 250 }]);
    });
    const order = {
      id: 'recipe-order',
      items: [
        { productId: 'burger', quantity: 2, unit: 'UNIT' as const },
        { productId: 'salad-kg', quantity: 350, unit: 'GRAM' as const },
        { productId: 'half-pizza-combo', quantity: 3, unit: 'UNIT' as const },
        { productId: 'combo-x', quantity: 2, unit: 'UNIT' as const, components: [{ productId: 'burger', quantity: 1 }, { productId: 'pizza', quantity: 1 }] },
      ],
    };
    await run((tx) => reserveForOrder(tx, order));
    expect(findStockItem(app.ctx.db, pizza.id)!).toMatchObject({ onHand: 4_000, reserved: 3_500, available: 500 });
    await run((tx) => consumeForOrder(tx, order));
    await run((tx) => consumeForOrder(tx, order));
    expect(findStockItem(app.ctx.db, bread.id)!).toMatchObject({ onHand: 10_000 - 2000 - 750 - 2000, reserved: 0 });
    expect(findStockItem(app.ctx.db, meat.id)!.onHand).toBe(5_000 - 300 - 300);
    expect(findStockItem(app.ctx.db, lettuce.id)!.onHand).toBe(2_000 - 280);
    expect(findStockItem(app.ctx.db, pizza.id)!).toMatchObject({ onHand: 500, reserved: 0 });
  });

  it('tells when reserving again would change nothing', async () => {
    await run((tx) => createStockItem(tx, { productId: 'fries', name: 'Batata', kind: 'PRODUCT', unit: 'MILLIUNIT', initialQuantity: 20_000 }));
    const order = { id: 'up-to-date', items: [{ productId: 'fries', quantity: 2, unit: 'UNIT' as const }, { productId: 'fries', quantity: 1, unit: 'UNIT' as const }] };
    expect(reservationUpToDate(app.ctx.db, order)).toBe(false);
    await run((tx) => reserveForOrder(tx, order));
    expect(reservationUpToDate(app.ctx.db, order)).toBe(true);
    const oneCancelled = { ...order, items: [order.items[0], { ...order.items[1], status: 'CANCELLED' }] };
    expect(reservationUpToDate(app.ctx.db, oneCancelled)).toBe(false);
    await run((tx) => reserveForOrder(tx, oneCancelled));
    expect(reservationUpToDate(app.ctx.db, oneCancelled)).toBe(true);
    await run((tx) => releaseForOrder(tx, order));
    expect(reservationUpToDate(app.ctx.db, order)).toBe(true);
  });

  it('blocks a BLOCK product short of stock, warns for a WARN one, and raises low-level events once', async () => {
    const [cola, ice] = await run<StockItem[]>((tx) => [
      createStockItem(tx, { productId: 'cola', name: 'Cola', kind: 'PRODUCT', unit: 'MILLIUNIT', initialQuantity: 5_000, minLevel: 2_000, maxLevel: 20_000 }),
      createStockItem(tx, { productId: 'ice', name: 'Gelo', kind: 'PRODUCT', unit: 'MILLIUNIT', initialQuantity: 1_000, availabilityPolicy: 'WARN' }),
    ]);
    await expect(run((tx) => reserveForOrder(tx, { id: 'too-many', items: [{ productId: 'cola', quantity: 6, unit: 'UNIT' }] }))).rejects.toMatchObject({ code: 'STOCK_UNAVAILABLE', status: 422 });
    const warnings = await run((tx) => reserveForOrder(tx, { id: 'ice-order', items: [{ productId: 'ice', quantity: 3, unit: 'UNIT' }] }));
    expect(warnings).toEqual([expect.objectContaining({ stockItemId: ice.id, requiredQuantity: 3000, availableQuantity: 1000, policy: 'WARN' })]);
    await run((tx) => reserveForOrder(tx, { id: 'cola-1', items: [{ productId: 'cola', quantity: 3, unit: 'UNIT' }] }));
    await run((tx) => reserveForOrder(tx, { id: 'cola-2', items: [{ productId: 'cola', quantity: 1, unit: 'UNIT' }] }));
    await run((tx) => releaseForOrder(tx, { id: 'cola-1' }));
    await run((tx) => recordManualMovement(tx, { type: 'PURCHASE', stockItemId: cola.id, quantity: 30_000 }));
    const types = app.ctx.journal
      .readAfter(0, 100_000)
      .filter((e) => e.aggregateId === cola.id && ['stock.low_level', 'stock.level_restored', 'stock.above_max'].includes(e.type))
      .map((e) => e.type);
    expect(types).toEqual(['stock.low_level', 'stock.level_restored', 'stock.above_max']);
  });

  it('books a loss or adjustment that eats into what orders hold, flagged as oversold; refuses a transfer of held goods and a loss beyond on hand', async () => {
    const [wine, crate] = await run<StockItem[]>((tx) => [
      createStockItem(tx, { productId: 'wine-held', name: 'Vinho', kind: 'PRODUCT', unit: 'MILLIUNIT', initialQuantity: 6_000 }),
      createStockItem(tx, { name: 'Vinho (adega)', kind: 'PRODUCT', unit: 'MILLIUNIT' }),
    ]);
    await run((tx) => reserveForOrder(tx, { id: 'wine-tab', items: [{ productId: 'wine-held', quantity: 5, unit: 'UNIT' }] }));
    await expect(run((tx) => recordManualMovement(tx, { type: 'TRANSFER', stockItemId: wine.id, toStockItemId: crate.id, quantity: 2_000 }))).rejects.toMatchObject({ code: 'STOCK_INSUFFICIENT', status: 422 });
    await run((tx) => recordManualMovement(tx, { type: 'LOSS', stockItemId: wine.id, quantity: 2_000, reason: 'quebra' }));
    expect(findStockItem(app.ctx.db, wine.id)!).toMatchObject({ onHand: 4_000, reserved: 5_000, available: -1_000 });
    const oversold = app.ctx.journal.readAfter(0, 100_000).filter((e) => e.aggregateId === wine.id && e.type === 'stock.oversold');
    expect(oversold).toHaveLength(1);
    await expect(run((tx) => recordManualMovement(tx, { type: 'ADJUSTMENT', stockItemId: wine.id, delta: -5_000, reason: 'ajuste' }))).rejects.toMatchObject({ code: 'STOCK_INSUFFICIENT', messageKey: 'STOCK_INSUFFICIENT_ON_HAND', status: 422 });
    expect(findStockItem(app.ctx.db, wine.id)!.onHand).toBe(4_000);
  });

  it('posts an inventory count as adjustments to the counted balances', async () => {
    const [a, b] = await run<StockItem[]>((tx) => [
      createStockItem(tx, { name: 'Farinha', kind: 'INGREDIENT', unit: 'GRAM', initialQuantity: 10_000 }),
      createStockItem(tx, { name: 'Óleo', kind: 'INGREDIENT', unit: 'ML', initialQuantity: 3_000 }),
    ]);
    const result = await run<{ adjustments: { delta: number }[] }>((tx) => postInventoryCount(tx, [{ stockItemId: a.id, countedQuantity: 9_250 }, { stockItemId: b.id, countedQuantity: 3_000 }], 'contagem semanal'));
    expect(result.adjustments).toEqual([expect.objectContaining({ stockItemId: a.id, before: 10_000, counted: 9_250, delta: -750 })]);
    expect(findStockItem(app.ctx.db, a.id)!.onHand).toBe(9_250);
    expect(listMovements(app.ctx.db, a.id).map((m) => m.type)).toEqual(['PURCHASE', 'ADJUSTMENT']);
  });

  it('compares a count with what is on the shelf beside what open orders hold, and adds up lines of one item', async () => {
    const [soda] = await run<StockItem[]>((tx) => [createStockItem(tx, { productId: 'soda-count', name: 'Refrigerante', kind: 'PRODUCT', unit: 'MILLIUNIT', initialQuantity: 10_000 })]);
    const order = { id: 'soda-tab', items: [{ productId: 'soda-count', quantity: 2, unit: 'UNIT' as const }] };
    await run((tx) => reserveForOrder(tx, order));
    // 2 cans in the fridge, 5 in the storeroom: 7 on the shelves, 2 on the table, 1 missing.
    const result = await run<{ adjustments: unknown[] }>((tx) => postInventoryCount(tx, [{ stockItemId: soda.id, countedQuantity: 2_000 }, { stockItemId: soda.id, countedQuantity: 5_000 }], 'contagem de turno'));
    expect(result.adjustments).toEqual([{ stockItemId: soda.id, name: 'Refrigerante', before: 8_000, counted: 7_000, delta: -1_000 }]);
    expect(findStockItem(app.ctx.db, soda.id)!).toMatchObject({ onHand: 9_000, reserved: 2_000, available: 7_000 });
    await run((tx) => consumeForOrder(tx, order));
    expect(findStockItem(app.ctx.db, soda.id)!).toMatchObject({ onHand: 7_000, reserved: 0 });
  });

  it('adds up a recipe that names one ingredient on two lines', async () => {
    const [cheese] = await run<StockItem[]>((tx) => [createStockItem(tx, { name: 'Queijo', kind: 'INGREDIENT', unit: 'GRAM', initialQuantity: 1_000 })]);
    const stored = await run((tx) => setRecipe(tx, 'x-tudo-sum', [{ stockItemId: cheese.id, quantity: 20 }, { stockItemId: cheese.id, quantity: 25 }]));
    expect(stored).toEqual([{ stockItemId: cheese.id, quantity: 45 }]);
    await run((tx) => reserveForOrder(tx, { id: 'x-tudo-order', items: [{ productId: 'x-tudo-sum', quantity: 2, unit: 'UNIT' }] }));
    expect(findStockItem(app.ctx.db, cheese.id)!.reserved).toBe(90);
  });
});
