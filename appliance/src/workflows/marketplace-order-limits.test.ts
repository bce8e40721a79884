import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestAppliance } from '../kernel/testing/harness.js';
import { getMarketplaceOrder } from '../marketplace/index.js';
import { marketplaceDriver, platformOrder, startMarketplaceStore } from './marketplace-test-support.js';

/**
 * A platform order the customer has already paid reaches the operator even when it is outside the
 * limits of an order typed at the store:
 * - a catering order (1 000 mini salgados on one line) is kept with its quantity as charged;
 * - a long note on an item (over 300 characters; the platforms do not cap it there) and a long
 *   address reference ("ponto de referência") are cut short, with a mark that they were cut,
 *   rather than the order being lost.
 */
describe('platform orders outside the store limits', () => {
  let app: TestAppliance;
  const store = marketplaceDriver(() => app);

  beforeAll(async () => {
    app = await startMarketplaceStore();
    await store.mapMenu();
  });
  afterAll(() => app.close());

  it('keeps a catering order of 1000 units on one line for the operator instead of dropping it', async () => {
    const items = [{ externalCode: 'IF-FRIES', name: 'Batata frita (porção mini)', quantity: 1000, unitPriceCents: 150, totalCents: 150_000, notes: null, options: [] }];
    const outcome = await store.push('marketplace.order_received', platformOrder('7001', { items, subtotalCents: 150_000, totalCents: 150_000 }));
    expect(outcome).toBe('applied');
    const kept = getMarketplaceOrder(app.ctx.db, 'mo-7001');
    expect(kept).not.toBeNull();
    expect(kept!.lines.map((l) => l.quantity)).toEqual([1000]);
  });

  it('keeps an order whose customer wrote a long note on an item instead of dropping it', async () => {
    const note = 'Sem cebola, sem tomate, molho à parte, por favor. '.repeat(7);
    expect(note.length).toBeGreaterThan(300);
    const items = [{ externalCode: 'IF-XBURGER', name: 'X-Burger', quantity: 1, unitPriceCents: 2490, totalCents: 2490, notes: note, options: [] }];
    const outcome = await store.push('marketplace.order_received', platformOrder('7002', { items, subtotalCents: 2490, totalCents: 2490 }));
    expect(outcome).toBe('applied');
    const kept = getMarketplaceOrder(app.ctx.db, 'mo-7002');
    expect(kept).not.toBeNull();
    expect(kept!.lines[0].notes).toBe(`${note.slice(0, 299)}…`);
  });

  it('keeps a delivery order whose address reference is long instead of dropping it', async () => {
    const reference = 'Casa de esquina com portão verde, ao lado da padaria, tocar o interfone do fundo. '.repeat(4);
    expect(reference.length).toBeGreaterThan(300);
    const deliveryAddress = { formatted: 'Rua Augusta, 1500', street: 'Rua Augusta', number: '1500', complement: null, neighborhood: 'Consolação', city: 'São Paulo', state: 'SP', postalCode: '01304001', reference };
    const outcome = await store.push('marketplace.order_received', platformOrder('7003', { deliveryAddress }));
    expect(outcome).toBe('applied');
    expect(getMarketplaceOrder(app.ctx.db, 'mo-7003')).not.toBeNull();
  });
});
