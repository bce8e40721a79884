import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestAppliance, type TestAppliance } from '../kernel/testing/harness.js';
import { stockModule } from './index.js';
import { stockClerk } from './test-support.js';

/**
 * A refused loss or transfer tells the clerk what the books hold in the item's own unit, as they
 * count it: two cans are "2 un", not "2000" (the thousandths of a unit the books keep), which
 * reads as two thousand cans on the shelf and sends the clerk looking for a mistake that isn't there.
 */
describe('a refused stock entry names the quantity as the clerk counts it', () => {
  let app: TestAppliance;
  const clerk = stockClerk(() => app);
  const call = (path: string, body: unknown) => clerk('POST', path, body);
  const newItem = async (fields: Record<string, unknown>) => {
    const res = await call('/stock/items', { kind: 'INGREDIENT', ...fields });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body.data.id as string;
  };

  beforeAll(async () => {
    app = await startTestAppliance([stockModule]);
  });
  afterAll(() => app.close());

  it('in units, grams and millilitres', async () => {
    const cans = await newItem({ name: 'Coca-Cola lata', unit: 'MILLIUNIT', initialQuantity: 2_000 });
    const halves = await newItem({ name: 'Pizza pré-assada', unit: 'MILLIUNIT', initialQuantity: 1_500 });
    const cheese = await newItem({ name: 'Queijo muçarela', unit: 'GRAM', initialQuantity: 12_500 });
    const milk = await newItem({ name: 'Leite', unit: 'ML', initialQuantity: 900 });
    const cups = await newItem({ name: 'Copo', unit: 'MILLIUNIT' });

    const loss = await call('/stock/movements', { type: 'LOSS', stockItemId: cans, quantity: 3_000, reason: 'latas amassadas' });
    expect([loss.status, loss.body.error.message]).toEqual([422, 'Estoque insuficiente de Coca-Cola lata (em estoque: 2 un). Se o saldo está errado, lance uma contagem.']);
    const transfer = await call('/stock/movements', { type: 'TRANSFER', stockItemId: halves, toStockItemId: cups, quantity: 2_000 });
    expect(transfer.status).toBe(422);
    expect(transfer.body.error.message).toBe('Estoque insuficiente de Pizza pré-assada (disponível: 1,5 un).');
    expect((await call('/stock/movements', { type: 'LOSS', stockItemId: cheese, quantity: 20_000, reason: 'vencido' })).body.error.message).toContain('(em estoque: 12.500 g)');
    expect((await call('/stock/movements', { type: 'LOSS', stockItemId: milk, quantity: 1_000, reason: 'azedou' })).body.error.message).toContain('(em estoque: 900 ml)');
  });
});
