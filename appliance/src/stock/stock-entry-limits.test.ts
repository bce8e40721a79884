import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestAppliance, type TestAppliance } from '../kernel/testing/harness.js';
import { findStockItem, listMovements, stockModule } from './index.js';
import { stockClerk } from './test-support.js';

/**
 * A quantity typed by the stock clerk is bounded like every other stock quantity (a purchase, a
 * loss, a count line: at most 1,000,000,000 base units). A barcode scanned into the adjustment's
 * delta or the opening balance (EAN-13 7894900011517: seven thousand tonnes in grams) must be
 * refused, not booked: past 2^53 the balance cannot even be stored exactly (the books stop adding
 * up to their movements) and a few more such entries overflow SQLite's integer, failing every
 * later sale of the item with a 500.
 */
describe('quantities the stock clerk types are bounded', () => {
  let app: TestAppliance;
  const clerk = stockClerk(() => app);
  const call = (path: string, body: unknown) => clerk('POST', path, body);

  beforeAll(async () => {
    app = await startTestAppliance([stockModule]);
  });
  afterAll(() => app.close());

  it('refuses a barcode typed as an adjustment, and the books keep adding up', async () => {
    const cheese = await call('/stock/items', { name: 'Queijo muçarela', kind: 'INGREDIENT', unit: 'GRAM', initialQuantity: 5_000 });
    expect(cheese.status, JSON.stringify(cheese.body)).toBe(201);
    const id = cheese.body.data.id as string;

    for (const delta of [7_894_900_011_517, -7_894_900_011_517, Number.MAX_SAFE_INTEGER]) {
      const adjusted = await call('/stock/movements', { type: 'ADJUSTMENT', stockItemId: id, delta, reason: 'ajuste' });
      expect([adjusted.status, adjusted.body.error?.code]).toEqual([400, 'VALIDATION_FAILED']);
    }
    // The largest entry a person can mean is still taken.
    expect((await call('/stock/movements', { type: 'ADJUSTMENT', stockItemId: id, delta: 1_000_000_000, reason: 'ajuste' })).status).toBe(201);

    const item = findStockItem(app.ctx.db, id)!;
    expect(item.onHand).toBe(1_000_005_000);
    expect(listMovements(app.ctx.db, id).reduce((sum, m) => sum + m.onHandDelta, 0)).toBe(item.onHand);
  });

  it('refuses a barcode typed as an opening balance or a level', async () => {
    for (const field of ['initialQuantity', 'minLevel', 'maxLevel']) {
      const created = await call('/stock/items', { name: 'Farinha de trigo', kind: 'INGREDIENT', unit: 'GRAM', [field]: 7_894_900_011_517 });
      expect([field, created.status, created.body.error?.code]).toEqual([field, 400, 'VALIDATION_FAILED']);
    }
  });
});
