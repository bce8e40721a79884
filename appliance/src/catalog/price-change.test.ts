import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callApi, startTestAppliance, type TestAppliance } from '../kernel/testing/harness.js';
import { catalogModule } from './index.js';

describe('price change by category', () => {
  let app: TestAppliance;
  let auth: string;
  const call = (method: string, path: string, body?: unknown) => callApi(app, auth, method, path, body);
  const prices = async () => ((await call('GET', '/products?size=100&sort=name:asc')).body.data as { name: string; priceCents: number }[]).map((p) => [p.name, p.priceCents]);

  beforeAll(async () => {
    app = await startTestAppliance([catalogModule]);
    auth = app.bearer(['catalog.read', 'catalog.write']);
    await call('POST', '/categories', { id: 'bebidas', name: 'Bebidas' });
    await call('POST', '/categories', { id: 'sucos', parentId: 'bebidas', name: 'Sucos' });
    await call('POST', '/categories', { id: 'lanches', name: 'Lanches' });
    await call('POST', '/products', { id: 'agua', categoryId: 'bebidas', sku: 'AG', name: 'Agua mineral', type: 'SIMPLE', priceCents: 450 });
    await call('POST', '/products', { id: 'laranja', categoryId: 'sucos', sku: 'SL', name: 'Suco de laranja', type: 'SIMPLE', priceCents: 995 });
    await call('POST', '/products', { id: 'x-salada', categoryId: 'lanches', sku: 'XS', name: 'X-Salada', type: 'SIMPLE', priceCents: 2490 });
  });
  afterAll(() => app.close());

  it('previews a percentage on the category and its subcategories without changing anything', async () => {
    const preview = await call('POST', '/catalog/price-changes', { categoryId: 'bebidas', percentBp: 1000 });
    expect(preview.body.data).toEqual({
      applied: false,
      changes: [
        { productId: 'agua', name: 'Agua mineral', fromCents: 450, toCents: 495 },
        { productId: 'laranja', name: 'Suco de laranja', fromCents: 995, toCents: 1095 },
      ],
    });
    expect(await prices()).toEqual([['Agua mineral', 450], ['Suco de laranja', 995], ['X-Salada', 2490]]);
  });

  it('applies it in one transaction, each product journaled, other categories untouched', async () => {
    const before = app.ctx.journal.lastSeq();
    const applied = await call('POST', '/catalog/price-changes', { categoryId: 'bebidas', percentBp: 1000, apply: true });
    expect(applied.body.data.applied).toBe(true);
    expect(await prices()).toEqual([['Agua mineral', 495], ['Suco de laranja', 1095], ['X-Salada', 2490]]);
    const events = app.ctx.journal.readAfter(before, 10).map((e) => e.type);
    expect(events).toEqual(['catalog.product_upserted', 'catalog.product_upserted']);
  });

  it('refuses a change that would make a price negative, in pt-BR, and changes nothing', async () => {
    const refused = await call('POST', '/catalog/price-changes', { categoryId: 'lanches', amountCents: -3000, apply: true });
    expect([refused.status, refused.body.error.code, refused.body.error.message]).toEqual([422, 'PRICE_CHANGE_OUT_OF_RANGE', 'O reajuste deixaria o preço de X-Salada fora do permitido (negativo ou alto demais): nada mudou.']);
    expect((await call('POST', '/catalog/price-changes', { categoryId: 'lanches' })).status).toBe(400);
    expect(await prices()).toEqual([['Agua mineral', 495], ['Suco de laranja', 1095], ['X-Salada', 2490]]);
  });
});
