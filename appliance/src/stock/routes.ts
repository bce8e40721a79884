import { z } from 'zod';
import { notFound } from '../kernel/errors.js';
import { runCommand } from '../kernel/http/command-route.js';
import { ok, paged } from '../kernel/http/envelope.js';
import { offsetOf, pageQuery } from '../kernel/http/pagination.js';
import { requirePermission } from '../kernel/http/permissions.js';
import { readJson, readParam, readQuery } from '../kernel/http/validation.js';
import type { ModuleContext } from '../kernel/module.js';
import { createStockItem, postInventoryCount, recordManualMovement, setRecipe } from './items.js';
import { findStockItem, listMovementsPage, listStockItems, recentMovements } from './model.js';
import { checkAvailability } from './order-stock.js';
import { safeText } from '../kernel/safe-text.js';
import { routeDoc } from '../../contract/api/openapi/route-doc.js';
import { lazySchema } from '../../contract/lazy-schema.js';

/** The most a person can mean in one entry (a million units, a thousand tonnes): a barcode typed into the field is refused. */
const MAX_QUANTITY = 1_000_000_000;
const qty = lazySchema(() => z.number().int().min(1).max(MAX_QUANTITY));
const level = lazySchema(() => z.number().int().min(0).max(MAX_QUANTITY));
const id = lazySchema(() => z.string().min(1).max(100));
const itemBody = lazySchema(() => z.object({
  productId: id.nullish(),
  name: safeText(120),
  kind: z.enum(['PRODUCT', 'INGREDIENT']),
  unit: z.enum(['MILLIUNIT', 'GRAM', 'ML']),
  minLevel: level.optional(),
  maxLevel: level.nullish(),
  availabilityPolicy: z.enum(['BLOCK', 'WARN']).optional(),
  initialQuantity: level.optional(),
}));
const recipeBody = lazySchema(() => z.object({ lines: z.array(z.object({ stockItemId: id, quantity: qty })).max(50) }));
const movementBody = lazySchema(() => z.discriminatedUnion('type', [
  z.object({ type: z.literal('PURCHASE'), stockItemId: id, quantity: qty, reason: safeText(200, 0).nullish() }),
  // Goods written off say why (broken, spoiled, past their date), as an adjustment does: the owner tells a dropped crate from goods that vanished.
  z.object({ type: z.literal('LOSS'), stockItemId: id, quantity: qty, reason: safeText(200) }),
  z.object({ type: z.literal('ADJUSTMENT'), stockItemId: id, delta: z.number().int().min(-MAX_QUANTITY).max(MAX_QUANTITY).refine((d) => d !== 0, 'delta não pode ser 0'), reason: safeText(200) }),
  z.object({ type: z.literal('TRANSFER'), stockItemId: id, toStockItemId: id, quantity: qty, reason: safeText(200, 0).nullish() }),
]));
// What is on the shelf: never below zero; an empty shelf is counted as 0.
// `countedAt`: when the shelves were counted (ISO UTC), for a count posted later than it was taken.
const countBody = lazySchema(() => z.object({ reason: safeText(200), countedAt: z.iso.datetime().optional(), lines: z.array(z.object({ stockItemId: id, countedQuantity: level })).min(1).max(2000) }));
/** What the item's own page shows of its history; the rest is paged through its movements route. */
const RECENT_MOVEMENTS = 20;
const movementsQuery = lazySchema(() => pageQuery(['createdAt'], 'createdAt:desc'));
const availabilityBody = lazySchema(() => z.object({
  items: z.array(z.object({ productId: id, quantity: qty, unit: z.enum(['UNIT', 'GRAM']).default('UNIT'), components: z.array(z.object({ productId: id, quantity: qty })).optional() })).min(1).max(100),
}));

export function registerStockRoutes(ctx: ModuleContext): void {
  ctx.api.get('/stock/items', routeDoc({ tag: 'stock', summary: 'Every stock item with its level', response: () => import('./answers.js').then((a) => a.stockItemsAnswer) }), requirePermission('stock.read'), (c) => ok(c, listStockItems(ctx.db)));
  ctx.api.get('/stock/items/:id', routeDoc({ tag: 'stock', summary: 'One stock item with its latest movements (oldest first)', response: () => import('./answers.js').then((a) => a.stockItemDetailAnswer), errors: { 404: ['STOCK_ITEM_NOT_FOUND'] } }), requirePermission('stock.read'), (c) => {
    const item = findStockItem(ctx.db, readParam(c, 'id'));
    if (!item) throw notFound('STOCK_ITEM_NOT_FOUND');
    return ok(c, { ...item, movements: recentMovements(ctx.db, item.id, RECENT_MOVEMENTS) });
  });
  ctx.api.get('/stock/items/:id/movements', routeDoc({ tag: 'stock', summary: "A page of a stock item's movements (newest first unless sort=createdAt:asc)", query: movementsQuery, paged: true, response: () => import('./answers.js').then((a) => a.movementAnswer), errors: { 404: ['STOCK_ITEM_NOT_FOUND'] } }), requirePermission('stock.read'), (c) => {
    const item = findStockItem(ctx.db, readParam(c, 'id'));
    if (!item) throw notFound('STOCK_ITEM_NOT_FOUND');
    const q = readQuery(c, movementsQuery);
    const { movements, total } = listMovementsPage(ctx.db, item.id, { limit: q.size, offset: offsetOf(q), order: q.sort.direction });
    return paged(c, movements, { page: q.page, size: q.size, total });
  });
  ctx.api.post('/stock/items', routeDoc({ tag: 'stock', summary: "Create a stock item (product or ingredient); a product's own item counts in the unit it is sold by", response: () => import('./answers.js').then((a) => a.stockItemAnswer), body: itemBody, status: 201, errors: { 409: ['STOCK_PRODUCT_TAKEN'], 422: ['STOCK_PRODUCT_SOLD_BY_UNIT', 'STOCK_PRODUCT_SOLD_BY_WEIGHT'] } }), requirePermission('stock.manage'), async (c) => {
    const body = await readJson(c, itemBody);
    return runCommand(c, 'stock.create_item', (tx) => createStockItem(tx, body), 201);
  });
  ctx.api.put('/stock/recipes/:productId', routeDoc({ tag: 'stock', summary: 'Set the recipe of a product (the stock items it consumes; lines of the same item add up)', body: recipeBody, errors: { 404: ['STOCK_ITEM_NOT_FOUND'] }, response: () => import('./answers.js').then((a) => a.recipeAnswer) }), requirePermission('stock.manage'), async (c) => {
    const productId = readParam(c, 'productId');
    const body = await readJson(c, recipeBody);
    return runCommand(c, 'stock.set_recipe', (tx) => ({ productId, lines: setRecipe(tx, productId, body.lines) }));
  });
  ctx.api.post('/stock/movements', routeDoc({ tag: 'stock', summary: 'Record a purchase, loss, adjustment or transfer', body: movementBody, status: 201, errors: { 404: ['STOCK_ITEM_NOT_FOUND'], 422: ['STOCK_INSUFFICIENT', 'STOCK_TRANSFER_TARGET'] }, response: () => import('./answers.js').then((a) => a.movementResultAnswer) }), requirePermission('stock.manage'), async (c) => {
    const body = await readJson(c, movementBody);
    return runCommand(c, 'stock.movement', (tx) => recordManualMovement(tx, body), 201);
  });
  ctx.api.post('/stock/counts', routeDoc({ tag: 'stock', summary: 'Post an inventory count (what is on the shelves, beside what open orders hold; lines of the same item add up; countedAt: when it was taken, what moved since stays booked)', body: countBody, status: 201, errors: { 404: ['STOCK_ITEM_NOT_FOUND'], 422: ['STOCK_COUNT_IN_FUTURE', 'STOCK_COUNT_BEFORE_LAST_COUNT', 'STOCK_COUNT_BEFORE_OPENING_BALANCE'] }, response: () => import('./answers.js').then((a) => a.countAnswer) }), requirePermission('stock.manage'), async (c) => {
    const body = await readJson(c, countBody);
    return runCommand(c, 'stock.count', (tx) => postInventoryCount(tx, body.lines, body.reason, body.countedAt), 201);
  });
  ctx.api.post('/stock/availability', routeDoc({ tag: 'stock', summary: 'Check whether stock allows these items (nothing is reserved)', body: availabilityBody, response: () => import('./answers.js').then((a) => a.availabilityAnswer) }), requirePermission('stock.read'), async (c) => {
    const body = await readJson(c, availabilityBody);
    return ok(c, checkAvailability(ctx.db, body.items));
  });
}
