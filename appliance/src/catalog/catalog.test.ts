import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestAppliance, type TestAppliance } from '../kernel/testing/harness.js';
import { applyDownstreamPriceChange, catalogModule, findProductByBarcode, getProductsForSale } from './index.js';
import { PHOTO_SIZE_PX, photoDir } from './product-image.js';

describe('catalog over HTTP', () => {
  let app: TestAppliance;
  let auth: string;
  const call = (method: string, path: string, body?: unknown, authorization = auth) =>
    fetch(`${app.baseUrl}/api/v1${path}`, {
      method,
      headers: { 'content-type': 'application/json', authorization },
      body: body === undefined ? undefined : JSON.stringify(body),
    });

  beforeAll(async () => {
    app = await startTestAppliance([catalogModule]);
    auth = app.bearer(['catalog.read', 'catalog.write']);
  });
  afterAll(() => app.close());

  it('builds a category tree, refuses cycles and unknown parents', async () => {
    expect((await call('POST', '/categories', { id: 'food', name: 'Comida', station: 'GRILL', prepSeconds: 300 })).status).toBe(201);
    expect((await call('POST', '/categories', { id: 'burgers', parentId: 'food', name: 'Burgers' })).status).toBe(201);
    const orphan = await call('POST', '/categories', { name: 'X', parentId: 'nope' });
    expect(orphan.status).toBe(422);
    expect((await orphan.json()).error.code).toBe('CATEGORY_PARENT_NOT_FOUND');
    const cycle = await call('PUT', '/categories/food', { name: 'Comida', parentId: 'burgers' });
    expect(cycle.status).toBe(422);
    expect((await cycle.json()).error.code).toBe('CATEGORY_CYCLE');
    const tree = (await (await call('GET', '/categories')).json()).data;
    expect(tree.map((n: { id: string }) => n.id)).toEqual(['food']);
    expect(tree[0].children.map((n: { id: string }) => n.id)).toEqual(['burgers']);
    const duplicate = await call('POST', '/categories', { id: 'food', name: 'Outra' });
    expect(duplicate.status).toBe(409);
  });

  it('creates products of each type with type-specific validation and journal events', async () => {
    const simple = await call('POST', '/products', { id: 'burger', categoryId: 'burgers', sku: 'B1', name: 'Burger', type: 'SIMPLE', priceCents: 2990, barcode: '7894900011517', fiscal: { ncm: '21069090', cfop: '5102' } });
    expect(simple.status).toBe(201);
    const created = (await simple.json()).data;
    expect(created).toMatchObject({ unit: 'UNIT', active: true, channels: ['COUNTER', 'TABLE', 'DELIVERY', 'TAKEOUT', 'KIOSK', 'MARKETPLACE'], fiscal: { ncm: '21069090', cfop: '5102', cest: null } });
    const weight = await call('POST', '/products', { id: 'salad', categoryId: 'food', sku: 'S1', name: 'Salada kg', type: 'WEIGHT', priceCents: 6990 });
    expect((await weight.json()).data.unit).toBe('KG');

    const badComposite = await call('POST', '/products', { categoryId: 'food', sku: 'P1', name: 'Pizza', type: 'COMPOSITE', priceCents: 4000 });
    expect(badComposite.status).toBe(400);
    expect((await badComposite.json()).error.details.map((d: { path: string }) => d.path)).toEqual(expect.arrayContaining(['composite', 'optionGroups']));
    const badBarcode = await call('POST', '/products', { categoryId: 'food', sku: 'X1', name: 'X', type: 'SIMPLE', priceCents: 1, barcode: '7894900011518' });
    expect(badBarcode.status).toBe(400);
    // The back office shows these reasons as they come: pt-BR, naming the group.
    const drinks = { id: 'drink', name: 'Bebida', kind: 'CHOICE', minChoices: 1, maxChoices: 2, options: [{ id: 'coke', name: 'Coca-Cola' }] };
    const badCombo = await call('POST', '/products', { categoryId: 'food', sku: 'C0', name: 'Combo', type: 'COMBO', priceCents: 1, optionGroups: [drinks] });
    expect(badCombo.status).toBe(400);
    expect((await badCombo.json()).error.details.map((d: { message: string }) => d.message)).toEqual(
      expect.arrayContaining([
        'grupo "Bebida": o máximo de escolhas passa do número de opções',
        'grupo "Bebida": cada escolha do combo precisa apontar um produto',
        'o combo precisa de ao menos um item fixo',
      ]),
    );
    const comboMissingItem = await call('POST', '/products', { categoryId: 'food', sku: 'C1', name: 'Combo', type: 'COMBO', priceCents: 1, combo: { items: [{ productId: 'ghost', quantity: 1 }] } });
    expect(comboMissingItem.status).toBe(422);
    expect((await comboMissingItem.json()).error.code).toBe('PRODUCT_COMBO_ITEM_NOT_FOUND');
    const skuTaken = await call('POST', '/products', { categoryId: 'food', sku: 'B1', name: 'Outro', type: 'SIMPLE', priceCents: 1 });
    expect(skuTaken.status).toBe(409);
    expect((await skuTaken.json()).error.message).toContain('B1');

    const events = app.ctx.journal.readAfter(0).filter((e) => e.type === 'catalog.product_upserted');
    expect(events.map((e) => e.payload)).toEqual([
      { product: { id: 'burger', categoryId: 'burgers', sku: 'B1', name: 'Burger', type: 'SIMPLE', priceCents: 2990, unit: 'UNIT', active: true, barcode: '7894900011517', aliases: [] } },
      { product: { id: 'salad', categoryId: 'food', sku: 'S1', name: 'Salada kg', type: 'WEIGHT', priceCents: 6990, unit: 'KG', active: true, barcode: null, aliases: [] } },
    ]);
  });

  it('lists, filters and pages products; finds by barcode', async () => {
    const page = await (await call('GET', '/products?size=1&sort=price_cents:desc')).json();
    expect(page.metadata).toEqual({ page: 1, size: 1, total: 2 });
    expect(page.data[0].id).toBe('salad');
    const weighed = await (await call('GET', '/products?type=WEIGHT')).json();
    expect(weighed.data.map((p: { id: string }) => p.id)).toEqual(['salad']);
    const byCode = await (await call('GET', '/products/by-barcode/7894900011517')).json();
    expect(byCode.data).toMatchObject({ id: 'burger', resolvedStation: 'GRILL', resolvedPrepSeconds: 300 });
    expect((await call('GET', '/products/by-barcode/7894900011518')).status).toBe(400);
    expect((await call('GET', '/products/by-barcode/96385074')).status).toBe(404);
    expect((await call('GET', '/products?sort=secret:asc')).status).toBe(400);
  });

  it('resolves station and prep time from the nearest category and hides inactive branches', async () => {
    expect((await call('DELETE', '/categories/burgers')).status).toBe(200);
    const [burger] = getProductsForSale(app.ctx.db, ['burger', 'ghost']);
    expect(burger).toMatchObject({ resolvedStation: 'GRILL', resolvedPrepSeconds: 300, sellable: false, categoryName: 'Burgers' });
    expect(getProductsForSale(app.ctx.db, ['salad'])[0].sellable).toBe(true);
    expect(findProductByBarcode(app.ctx.db, '96385074')).toBeNull();
  });

  it('edits price and availability in place, one event per change', async () => {
    const before = app.ctx.journal.lastSeq();
    const edited = await call('PATCH', '/products/salad', { priceCents: 6490, active: false });
    expect((await edited.json()).data).toMatchObject({ priceCents: 6490, active: false, type: 'WEIGHT' });
    const upserts = app.ctx.journal.readAfter(before).filter((e) => e.type === 'catalog.product_upserted');
    expect(upserts.map((e) => e.payload.product.priceCents)).toEqual([6490, 6490]);
    expect((await call('PATCH', '/products/salad', { active: true })).status).toBe(200);
    expect((await call('PATCH', '/products/salad', {})).status).toBe(400);
    expect((await call('PATCH', '/products/ghost', { active: true })).status).toBe(404);
  });

  it('needs catalog permissions', async () => {
    expect((await call('POST', '/products', {}, app.bearer(['catalog.read']))).status).toBe(403);
    expect((await call('GET', '/products', undefined, app.bearer([]))).status).toBe(403);
  });

  it('applies an HQ price push once per message id', async () => {
    const push = () =>
      app.ctx.commands.run('test.downstream', (tx) => applyDownstreamPriceChange(tx, { messageId: 'hq-1', productId: 'salad', priceCents: 7490 }));
    const before = app.ctx.journal.lastSeq();
    expect(await push()).toBe('applied');
    expect(await push()).toBe('applied');
    expect(app.ctx.journal.lastSeq()).toBe(before + 1);
    expect(getProductsForSale(app.ctx.db, ['salad'])[0].priceCents).toBe(7490);
    const unknown = await app.ctx.commands.run('test.downstream', (tx) => applyDownstreamPriceChange(tx, { messageId: 'hq-2', productId: 'ghost', priceCents: 1 }));
    expect(unknown).toBe('ignored');
  });
});

describe('catalog demo seed', () => {
  it('loads the demo menu with every product type and valid barcodes', async () => {
    const app = await startTestAppliance([catalogModule]);
    try {
      await catalogModule.seedDemo!(app.ctx);
      const types = app.ctx.db.prepare('SELECT DISTINCT type FROM products ORDER BY type').pluck().all();
      expect(types).toEqual(['COMBO', 'COMPOSITE', 'SIMPLE', 'TIME', 'WEIGHT']);
      const coke = getProductsForSale(app.ctx.db, ['prod-coke'])[0];
      expect(coke.resolvedStation).toBe('COLD'); // inherited from Bebidas through Refrigerantes
      expect(findProductByBarcode(app.ctx.db, coke.barcode!)?.id).toBe('prod-coke');
      const stations = app.ctx.db.prepare('SELECT DISTINCT station FROM categories WHERE station IS NOT NULL ORDER BY station').pluck().all();
      expect(stations).toEqual(['ASSEMBLY', 'COLD', 'FRYER', 'GRILL']);
      // Every product the kiosk sells shows a drawn photo, stored like an upload: a 480 px square WebP.
      const kiosk = app.ctx.db.prepare(`SELECT id, photo_file FROM products WHERE channels LIKE '%"KIOSK"%'`).all() as { id: string; photo_file: string | null }[];
      expect(kiosk.length).toBeGreaterThan(10);
      expect(kiosk.filter((p) => !p.photo_file)).toEqual([]);
      const meta = await sharp(readFileSync(join(photoDir(app.dataDir), kiosk[0].photo_file!))).metadata();
      expect([meta.format, meta.width, meta.height]).toEqual(['webp', PHOTO_SIZE_PX, PHOTO_SIZE_PX]);
      expect(new Set(kiosk.map((p) => p.photo_file)).size).toBe(kiosk.length);
    } finally {
      await app.close();
    }
  });
});
