import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestAppliance, type TestAppliance } from '../kernel/testing/harness.js';
import { stockModule } from './index.js';
import { stockClerk } from './test-support.js';

/**
 * A store setting up its stock registers an item with the quantity on its shelf (the opening
 * balance) and later posts the morning's count sheet, taken before the item was registered. The
 * opening balance already says what was there: the earlier count would add the same goods again
 * (12 cans become 24). It is refused like a count older than the item's last count; an item
 * registered empty takes the earlier count as its first.
 */
describe('a count taken before an item\'s opening balance', () => {
  let app: TestAppliance;
  let now = new Date('2026-03-02T11:00:00.000Z');
  const call = stockClerk(() => app);
  const newItem = async (name: string, initialQuantity?: number) => {
    const res = await call('POST', '/stock/items', { name, kind: 'INGREDIENT', unit: 'MILLIUNIT', initialQuantity });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body.data.id as string;
  };
  const onHandOf = async (id: string) => (await call('GET', `/stock/items/${id}`)).body.data.onHand as number;

  beforeAll(async () => {
    app = await startTestAppliance([stockModule], { clock: { now: () => now } });
  });
  afterAll(() => app.close());

  it('refuses the count and keeps the opening balance', async () => {
    const cans = await newItem('Guaraná lata', 12_000);
    now = new Date('2026-03-02T11:10:00.000Z');
    const count = await call('POST', '/stock/counts', { reason: 'contagem da manhã', countedAt: '2026-03-02T08:00:00.000Z', lines: [{ stockItemId: cans, countedQuantity: 12_000 }] });
    expect([count.status, count.body.error?.code]).toEqual([422, 'STOCK_COUNT_BEFORE_OPENING_BALANCE']);
    expect(count.body.error.message).toBe('A contagem de Guaraná lata é anterior ao saldo inicial lançado no cadastro do item. Lance uma nova contagem.');
    expect(await onHandOf(cans)).toBe(12_000);
  });

  it('takes an earlier count as the first one of an item registered empty', async () => {
    now = new Date('2026-03-02T11:20:00.000Z');
    const juice = await newItem('Suco de uva');
    now = new Date('2026-03-02T11:30:00.000Z');
    const count = await call('POST', '/stock/counts', { reason: 'contagem da manhã', countedAt: '2026-03-02T08:00:00.000Z', lines: [{ stockItemId: juice, countedQuantity: 6_000 }] });
    expect(count.status, JSON.stringify(count.body)).toBe(201);
    expect(await onHandOf(juice)).toBe(6_000);
  });
});
