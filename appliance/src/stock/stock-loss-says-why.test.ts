import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestAppliance, type TestAppliance } from '../kernel/testing/harness.js';
import { stockModule } from './index.js';
import { stockClerk } from './test-support.js';

/**
 * Goods written off as lost (broken, spoiled, past their date) leave the books with why: the owner
 * reading the item's history tells a dropped crate from goods that vanished, and a write-off that
 * gives no reason is not taken, as an adjustment without one is not.
 */
describe('a stock loss says why', () => {
  let app: TestAppliance;
  const clerk = stockClerk(() => app);

  beforeAll(async () => {
    app = await startTestAppliance([stockModule]);
  });
  afterAll(() => app.close());

  it('refuses a loss without a reason and keeps the goods on the books', async () => {
    const wine = (await clerk('POST', '/stock/items', { name: 'Vinho tinto', kind: 'INGREDIENT', unit: 'MILLIUNIT', initialQuantity: 6_000 })).body.data.id as string;

    for (const reason of [undefined, null, '', '   ']) {
      const loss = await clerk('POST', '/stock/movements', { type: 'LOSS', stockItemId: wine, quantity: 2_000, reason });
      expect([loss.status, loss.body.error?.code], JSON.stringify(reason)).toEqual([400, 'VALIDATION_FAILED']);
    }
    expect((await clerk('GET', `/stock/items/${wine}`)).body.data.onHand).toBe(6_000);

    const said = await clerk('POST', '/stock/movements', { type: 'LOSS', stockItemId: wine, quantity: 2_000, reason: 'caixa caiu, 2 garrafas quebradas' });
    expect(said.status, JSON.stringify(said.body)).toBe(201);
    const history = (await clerk('GET', `/stock/items/${wine}`)).body.data;
    expect(history.onHand).toBe(4_000);
    expect(history.movements.at(-1)).toMatchObject({ type: 'LOSS', onHandDelta: -2_000, reason: 'caixa caiu, 2 garrafas quebradas' });
  });

  it('a purchase still needs no reason', async () => {
    const cans = (await clerk('POST', '/stock/items', { name: 'Guaraná lata', kind: 'INGREDIENT', unit: 'MILLIUNIT' })).body.data.id as string;
    expect((await clerk('POST', '/stock/movements', { type: 'PURCHASE', stockItemId: cans, quantity: 12_000 })).status).toBe(201);
  });
});
