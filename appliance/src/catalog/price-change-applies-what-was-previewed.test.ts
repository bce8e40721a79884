/**
 * A manager previews "+10 % on Bebidas" and then applies it. What is applied is what the preview
 * showed: when the prices moved in between (another manager applied the same increase, the price
 * was changed at the counter, or the manager's first click did go through before its answer was
 * lost and they clicked again), the apply is refused with a pt-BR reason and no price changes,
 * instead of raising the menu twice. Applying what still matches the preview goes through.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callApi, startTestAppliance, type TestAppliance } from '../kernel/testing/harness.js';
import { catalogModule } from './index.js';

describe('a price change applies what its preview showed', () => {
  let app: TestAppliance;
  let auth: string;
  const call = (method: string, path: string, body?: unknown) => callApi(app, auth, method, path, body);
  const prices = async () => ((await call('GET', '/products?size=100&sort=name:asc')).body.data as { name: string; priceCents: number }[]).map((p) => [p.name, p.priceCents]);
  const tenPercent = { categoryId: 'bebidas', percentBp: 1000 };

  beforeAll(async () => {
    app = await startTestAppliance([catalogModule]);
    auth = app.bearer(['catalog.read', 'catalog.write']);
    await call('POST', '/categories', { id: 'bebidas', name: 'Bebidas' });
    await call('POST', '/products', { id: 'agua', categoryId: 'bebidas', sku: 'AG', name: 'Agua mineral', type: 'SIMPLE', priceCents: 450 });
    await call('POST', '/products', { id: 'refri', categoryId: 'bebidas', sku: 'RF', name: 'Refrigerante', type: 'SIMPLE', priceCents: 600 });
  });
  afterAll(() => app.close());

  it('refuses the apply of a preview whose prices were raised meanwhile, changing nothing', async () => {
    const preview = (await call('POST', '/catalog/price-changes', tenPercent)).body.data;
    // Another manager applies the same increase first.
    expect((await call('POST', '/catalog/price-changes', { ...tenPercent, apply: true, expected: preview.changes })).status).toBe(200);
    expect(await prices()).toEqual([['Agua mineral', 495], ['Refrigerante', 660]]);
    const refused = await call('POST', '/catalog/price-changes', { ...tenPercent, apply: true, expected: preview.changes });
    expect([refused.status, refused.body.error.code, refused.body.error.message]).toEqual([
      409,
      'PRICE_CHANGE_PREVIEW_STALE',
      'Os preços mudaram depois da prévia do reajuste: nada foi alterado. Gere a prévia de novo e confira antes de aplicar.',
    ]);
    expect(await prices()).toEqual([['Agua mineral', 495], ['Refrigerante', 660]]);
  });

  it('refuses it when a product joined the category after the preview', async () => {
    const preview = (await call('POST', '/catalog/price-changes', tenPercent)).body.data;
    await call('POST', '/products', { id: 'suco', categoryId: 'bebidas', sku: 'SC', name: 'Suco', type: 'SIMPLE', priceCents: 800 });
    const refused = await call('POST', '/catalog/price-changes', { ...tenPercent, apply: true, expected: preview.changes });
    expect([refused.status, refused.body.error.code]).toEqual([409, 'PRICE_CHANGE_PREVIEW_STALE']);
    expect(await prices()).toEqual([['Agua mineral', 495], ['Refrigerante', 660], ['Suco', 800]]);
  });

  it('applies a preview that still matches the menu', async () => {
    const preview = (await call('POST', '/catalog/price-changes', tenPercent)).body.data;
    const applied = await call('POST', '/catalog/price-changes', { ...tenPercent, apply: true, expected: preview.changes });
    expect([applied.status, applied.body.data]).toEqual([200, { applied: true, changes: preview.changes }]);
    expect(await prices()).toEqual([['Agua mineral', 545], ['Refrigerante', 726], ['Suco', 880]]);
  });
});
