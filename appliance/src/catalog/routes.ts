import { sql } from 'kysely';
import { z } from 'zod';
import { AppError, notFound } from '../kernel/errors.js';
import { runCommand } from '../kernel/http/command-route.js';
import { ok, paged } from '../kernel/http/envelope.js';
import { offsetOf, pageQuery } from '../kernel/http/pagination.js';
import { requirePermission } from '../kernel/http/permissions.js';
import { readJson, readParam, readQuery } from '../kernel/http/validation.js';
import type { Db } from '../kernel/db/open.js';
import type { ModuleContext } from '../kernel/module.js';
import { barcodeKey, isValidGtin } from './barcode.js';
import { registerImportRoutes } from './import-routes.js';
import { registerPhotoRoutes } from './photo-routes.js';
import { changeCategoryPrices, priceChangeInput } from './price-change.js';
import { categoryTree, createCategory, deactivateCategory, getCategory, updateCategory } from './categories.js';
import { toProduct, type ProductRow } from './model.js';
import { createProduct, setProductActive, setProductAliases, setProductPrice, updateProduct } from './products.js';
import { findProductToSellByBarcode, getProduct } from './queries.js';
import { categoryInput, PRODUCT_TYPES, productAliases, productInput, SALE_CHANNELS } from './schemas.js';
import { MAX_UNIT_PRICE_CENTS } from '../kernel/money.js';
import { routeDoc } from '../../contract/api/openapi/route-doc.js';
import { lazySchema } from '../../contract/lazy-schema.js';

const productList = lazySchema(() => pageQuery(['name', 'sku', 'price_cents', 'updated_at'], 'name:asc').extend({
  categoryId: z.string().max(64).optional(),
  type: z.enum(PRODUCT_TYPES).optional(),
  channel: z.enum(SALE_CHANNELS).optional(),
  active: z.enum(['true', 'false']).optional(),
  q: z.string().max(100).optional(),
}));

/**
 * Switched-off categories with every category below them: their products cannot be sold however
 * they are flagged themselves, so the selling apps' `active=true` lists leave them out.
 */
const SWITCHED_OFF_CATEGORIES = sql<string>`(WITH RECURSIVE off(id) AS (
  SELECT id FROM categories WHERE active = 0 UNION SELECT c.id FROM categories c JOIN off ON c.parent_id = off.id) SELECT id FROM off)`;

const aliasesBody = lazySchema(() => z.object({ aliases: productAliases }));

/** The edits a manager makes at the counter: today's price, out of stock. */
const quickEdit = lazySchema(() => z
  .object({ priceCents: z.number().int().min(0).max(MAX_UNIT_PRICE_CENTS).optional(), active: z.boolean().optional() })
  .refine((b) => b.priceCents !== undefined || b.active !== undefined, 'informe priceCents ou active'));

function getProductOrThrow(db: Db, id: string) {
  const product = getProduct(db, id);
  if (!product) throw notFound('PRODUCT_NOT_FOUND', { id });
  return product;
}

export function registerCatalogRoutes(ctx: ModuleContext): void {
  const read = requirePermission('catalog.read');
  const write = requirePermission('catalog.write');

  ctx.api.get('/categories', routeDoc({ tag: 'catalog', summary: 'The category tree', response: () => import('./answers.js').then((a) => a.categoryTreeAnswer) }), read, (c) => ok(c, categoryTree(ctx.db)));
  ctx.api.get('/categories/:id', routeDoc({ tag: 'catalog', summary: 'One category', response: () => import('./answers.js').then((a) => a.categoryAnswer), errors: { 404: ['CATEGORY_NOT_FOUND'] } }), read, (c) => {
    const category = getCategory(ctx.db, readParam(c, 'id'));
    if (!category) throw notFound('CATEGORY_NOT_FOUND');
    return ok(c, category);
  });
  ctx.api.post('/categories', routeDoc({ tag: 'catalog', summary: 'Create a category', response: () => import('./answers.js').then((a) => a.categoryAnswer), body: categoryInput, status: 201 }), write, async (c) => {
    const body = await readJson(c, categoryInput);
    return runCommand(c, 'catalog.category_create', (tx) => createCategory(tx, body), 201);
  });
  ctx.api.put('/categories/:id', routeDoc({ tag: 'catalog', summary: 'Replace a category', response: () => import('./answers.js').then((a) => a.categoryAnswer), body: categoryInput, errors: { 404: ['CATEGORY_NOT_FOUND'] } }), write, async (c) => {
    const id = readParam(c, 'id');
    const body = await readJson(c, categoryInput);
    return runCommand(c, 'catalog.category_update', (tx) => updateCategory(tx, id, body));
  });
  ctx.api.delete('/categories/:id', routeDoc({ tag: 'catalog', summary: 'Deactivate a category', response: () => import('./answers.js').then((a) => a.categoryAnswer), errors: { 404: ['CATEGORY_NOT_FOUND'] } }), write, (c) => {
    const id = readParam(c, 'id');
    return runCommand(c, 'catalog.category_deactivate', (tx) => deactivateCategory(tx, id));
  });

  ctx.api.get('/products', routeDoc({ tag: 'catalog', summary: 'List products (filter by category, type, channel, active, text)', response: () => import('./answers.js').then((a) => a.productAnswer), query: productList, paged: true }), read, async (c) => {
    const q = readQuery(c, productList);
    let query = ctx.queryDb.selectFrom('products');
    if (q.categoryId) query = query.where('category_id', '=', q.categoryId);
    if (q.type) query = query.where('type', '=', q.type);
    if (q.channel) query = query.where('channels', 'like', `%"${q.channel}"%`);
    if (q.active) query = query.where((eb) => (q.active === 'true' ? eb.and([eb('active', '=', 1), eb('category_id', 'not in', SWITCHED_OFF_CATEGORIES)]) : eb.or([eb('active', '=', 0), eb('category_id', 'in', SWITCHED_OFF_CATEGORIES)])));
    if (q.q) query = query.where((eb) => eb.or([eb('name', 'like', `%${q.q}%`), eb('sku', '=', q.q!), eb('barcode_key', '=', barcodeKey(q.q!))]));
    const rows = await query.selectAll().orderBy(q.sort.field, q.sort.direction).orderBy('id').limit(q.size).offset(offsetOf(q)).execute();
    const { n } = await query.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    return paged(c, (rows as ProductRow[]).map(toProduct), { page: q.page, size: q.size, total: Number(n) });
  });
  ctx.api.get('/products/by-barcode/:code', routeDoc({ tag: 'catalog', summary: 'The product with this GTIN barcode, to sell it (one off the menu is refused)', response: () => import('./answers.js').then((a) => a.productAnswer), errors: { 400: ['BARCODE_INVALID'], 404: ['PRODUCT_NOT_FOUND'], 422: ['PRODUCT_UNAVAILABLE'] } }), read, (c) => {
    const code = readParam(c, 'code');
    if (!isValidGtin(code)) throw new AppError('BARCODE_INVALID', 400, 'BARCODE_INVALID', { barcode: code });
    const product = findProductToSellByBarcode(ctx.db, code);
    if (!product) throw notFound('PRODUCT_NOT_FOUND', { barcode: code });
    return ok(c, product);
  });
  ctx.api.get('/products/:id', routeDoc({ tag: 'catalog', summary: 'One product', response: () => import('./answers.js').then((a) => a.productAnswer), errors: { 404: ['PRODUCT_NOT_FOUND'] } }), read, (c) => ok(c, getProductOrThrow(ctx.db, readParam(c, 'id'))));
  ctx.api.post('/products', routeDoc({ tag: 'catalog', summary: 'Create a product', response: () => import('./answers.js').then((a) => a.productAnswer), body: productInput, status: 201, errors: { 409: ['PRODUCT_SKU_TAKEN', 'PRODUCT_BARCODE_TAKEN'], 422: ['PRODUCT_NAME_NOT_PRINTABLE', 'PRODUCT_CATEGORY_NOT_FOUND', 'PRODUCT_COMBO_ITEM_NOT_FOUND', 'PRODUCT_COMBO_ITEM_NOT_ALLOWED', 'PRODUCT_IS_COMBO_PART'] } }), write, async (c) => {
    const body = await readJson(c, productInput);
    return runCommand(c, 'catalog.product_create', (tx) => createProduct(tx, body), 201);
  });
  ctx.api.put('/products/:id', routeDoc({ tag: 'catalog', summary: 'Replace a product', response: () => import('./answers.js').then((a) => a.productAnswer), body: productInput, errors: { 404: ['PRODUCT_NOT_FOUND'], 409: ['PRODUCT_BARCODE_TAKEN', 'PRODUCT_CHANGED'], 422: ['PRODUCT_NAME_NOT_PRINTABLE', 'PRODUCT_COMBO_ITEM_NOT_ALLOWED', 'PRODUCT_IS_COMBO_PART'] } }), write, async (c) => {
    const id = readParam(c, 'id');
    const body = await readJson(c, productInput);
    return runCommand(c, 'catalog.product_update', (tx) => updateProduct(tx, id, body));
  });
  ctx.api.patch('/products/:id', routeDoc({ tag: 'catalog', summary: 'Quick edit at the counter: today\'s price, out of stock', response: () => import('./answers.js').then((a) => a.productAnswer), body: quickEdit, errors: { 404: ['PRODUCT_NOT_FOUND'] } }), write, async (c) => {
    const id = readParam(c, 'id');
    const body = await readJson(c, quickEdit);
    return runCommand(c, 'catalog.product_quick_edit', (tx) => {
      if (body.priceCents !== undefined) setProductPrice(tx, id, body.priceCents);
      return body.active === undefined ? getProductOrThrow(tx.db, id) : setProductActive(tx, id, body.active);
    });
  });
  ctx.api.put(
    '/products/:id/aliases',
    routeDoc({ tag: 'catalog', summary: 'Replace what customers call the product in chat orders ("coca", "refri"): the chat parser reads them at once', body: aliasesBody, response: () => import('./answers.js').then((a) => a.aliasesAnswer), errors: { 404: ['PRODUCT_NOT_FOUND'] } }),
    write,
    async (c) => {
      const id = readParam(c, 'id');
      const { aliases } = await readJson(c, aliasesBody);
      return runCommand(c, 'catalog.product_aliases_set', (tx) => {
        const product = setProductAliases(tx, id, aliases);
        return { id: product.id, aliases: product.aliases };
      });
    },
  );
  ctx.api.delete('/products/:id', routeDoc({ tag: 'catalog', summary: 'Deactivate a product', response: () => import('./answers.js').then((a) => a.productAnswer), errors: { 404: ['PRODUCT_NOT_FOUND'] } }), write, (c) => {
    const id = readParam(c, 'id');
    return runCommand(c, 'catalog.product_deactivate', (tx) => setProductActive(tx, id, false));
  });
  ctx.api.post(
    '/catalog/price-changes',
    routeDoc({
      tag: 'catalog',
      summary: 'Change the prices of a category\'s products by a percentage or an amount: a preview, or applied in one transaction',
      body: priceChangeInput,
      response: () => import('./answers.js').then((a) => a.priceChangeAnswer),
      errors: { 409: ['PRICE_CHANGE_PREVIEW_STALE'], 422: ['PRODUCT_CATEGORY_NOT_FOUND', 'PRICE_CHANGE_OUT_OF_RANGE'] },
    }),
    write,
    async (c) => {
      const body = await readJson(c, priceChangeInput);
      return runCommand(c, body.apply ? 'catalog.price_change' : 'catalog.price_change_preview', (tx) => changeCategoryPrices(tx, body));
    },
  );
  registerPhotoRoutes(ctx);
  registerImportRoutes(ctx);
}
