import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestAppliance, type TestAppliance } from '../kernel/testing/harness.js';
import { stockModule } from './index.js';
import { stockClerk } from './test-support.js';

/**
 * A transfer moves goods that are there: the freezer cannot send the kitchen more cheese than it
 * holds. An item sold beyond its count (WARN) may go below zero by its sales, but a transfer out of
 * it would put goods that do not exist on the shelf it goes to, where they are then sold as real.
 */
describe('a stock transfer moves only the goods on hand', () => {
  let app: TestAppliance;
  const clerk = stockClerk(() => app);
  const newItem = async (fields: Record<string, unknown>) => {
    const res = await clerk('POST', '/stock/items', { kind: 'INGREDIENT', ...fields });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body.data.id as string;
  };
  const onHandOf = async (id: string) => (await clerk('GET', `/stock/items/${id}`)).body.data.onHand as number;

  beforeAll(async () => {
    app = await startTestAppliance([stockModule]);
  });
  afterAll(() => app.close());

  it('refuses to move out of an item sold beyond its count more than it holds, and moves nothing', async () => {
    const freezer = await newItem({ name: 'Queijo (freezer)', unit: 'GRAM', availabilityPolicy: 'WARN', initialQuantity: 2_000 });
    const kitchen = await newItem({ name: 'Queijo (cozinha)', unit: 'GRAM' });

    const transfer = await clerk('POST', '/stock/movements', { type: 'TRANSFER', stockItemId: freezer, toStockItemId: kitchen, quantity: 5_000 });
    expect(transfer.status).toBe(422);
    expect(transfer.body.error.message).toBe('Estoque insuficiente de Queijo (freezer) (em estoque: 2.000 g). Se o saldo está errado, lance uma contagem.');
    expect([await onHandOf(freezer), await onHandOf(kitchen)]).toEqual([2_000, 0]);
  });

  it('moves all that a WARN item holds', async () => {
    const freezer = await newItem({ name: 'Bacon (freezer)', unit: 'GRAM', availabilityPolicy: 'WARN', initialQuantity: 1_500 });
    const kitchen = await newItem({ name: 'Bacon (cozinha)', unit: 'GRAM' });
    const transfer = await clerk('POST', '/stock/movements', { type: 'TRANSFER', stockItemId: freezer, toStockItemId: kitchen, quantity: 1_500 });
    expect(transfer.status, JSON.stringify(transfer.body)).toBe(201);
    expect([await onHandOf(freezer), await onHandOf(kitchen)]).toEqual([0, 1_500]);
  });

  it('a transfer out of an item that does not exist names the missing item, not the destination', async () => {
    const kitchen = await newItem({ name: 'Óleo (cozinha)', unit: 'ML' });
    const transfer = await clerk('POST', '/stock/movements', { type: 'TRANSFER', stockItemId: 'apagado', toStockItemId: kitchen, quantity: 900 });
    expect([transfer.status, transfer.body.error?.code, transfer.body.error?.message]).toEqual([404, 'STOCK_ITEM_NOT_FOUND', 'Item de estoque não encontrado.']);
  });
});
