import { prepareCached } from '../kernel/db/statements.js';
import type { Db } from '../kernel/db/open.js';
import { businessRule } from '../kernel/errors.js';
import { barcodeKey } from './barcode.js';
import { toCategory, toProduct, type Category, type CategoryRow, type Product, type ProductRow } from './model.js';

export function getProduct(db: Db, id: string): Product | null {
  const row = prepareCached(db, 'SELECT * FROM products WHERE id = ?').get(id) as ProductRow | undefined;
  return row ? toProduct(row) : null;
}

/** A product as the order workflows need it: kitchen routing and prep time already resolved. */
export interface SaleProduct extends Product {
  categoryName: string;
  /** The categories above its own, nearest first (a pricing rule on a parent category reaches it). */
  ancestorCategoryIds: string[];
  /** False when the product or any of its ancestor categories is inactive. */
  sellable: boolean;
  /** Product's station, else the nearest category up the tree that has one, else null. */
  resolvedStation: string | null;
  /** Product's prep time, else the nearest category's, else 0. */
  resolvedPrepSeconds: number;
}

function toSaleProduct(product: Product, categories: Map<string, Category>): SaleProduct {
  const chain: Category[] = [];
  for (let c = categories.get(product.categoryId); c && chain.length < 64; c = c.parentId ? categories.get(c.parentId) : undefined) chain.push(c);
  return {
    ...product,
    categoryName: chain[0]?.name ?? '',
    ancestorCategoryIds: chain.slice(1).map((c) => c.id),
    sellable: product.active && chain.every((c) => c.active),
    resolvedStation: product.station ?? chain.find((c) => c.station)?.station ?? null,
    resolvedPrepSeconds: product.prepSeconds ?? chain.find((c) => c.prepSeconds !== null)?.prepSeconds ?? 0,
  };
}

/** These categories and all their ancestors: what toSaleProduct walks (UNION stops at a cycle). */
function loadCategoryChains(db: Db, categoryIds: readonly string[]): Map<string, Category> {
  const rows = prepareCached(
    db,
    `WITH RECURSIVE chain(id) AS (
       SELECT value FROM json_each(?)
       UNION SELECT c.parent_id FROM categories c JOIN chain ON c.id = chain.id WHERE c.parent_id IS NOT NULL)
     SELECT c.* FROM categories c JOIN chain ON c.id = chain.id`,
  ).all(JSON.stringify(categoryIds)) as CategoryRow[];
  return new Map(rows.map((r) => [r.id, toCategory(r)]));
}

const MAX_CACHED_IDS = 16;

/** The products with these ids (unknown ids are left out), in the order asked. */
export function getProductsForSale(db: Db, productIds: readonly string[]): SaleProduct[] {
  const unique = [...new Set(productIds)];
  if (unique.length === 0) return [];
  const sql = `SELECT * FROM products WHERE id IN (${unique.map(() => '?').join(',')})`;
  // An order has a handful of products; long lists (catalog screens) are compiled once and dropped.
  const rows = (unique.length <= MAX_CACHED_IDS ? prepareCached(db, sql) : db.prepare(sql)).all(...unique) as ProductRow[];
  const byId = new Map(rows.map((r) => [r.id, toProduct(r)]));
  const categories = loadCategoryChains(db, [...new Set([...byId.values()].map((p) => p.categoryId))]);
  return unique.flatMap((id) => {
    const product = byId.get(id);
    return product ? [toSaleProduct(product, categories)] : [];
  });
}

/**
 * Which of these products stay out of the kitchen (salad bar by weight, billiards time): the one
 * fact a confirm needs of them, read without building the sale products.
 */
export function productsKeptFromKitchen(db: Db, productIds: readonly string[]): Set<string> {
  const rows = prepareCached(db, 'SELECT id FROM products WHERE send_to_kitchen = 0 AND id IN (SELECT value FROM json_each(?))')
    .pluck()
    .all(JSON.stringify(productIds)) as string[];
  return new Set(rows);
}

/** Every product that can be sold now (active, in active categories), in name order: the chat menu. */
export function listSellableProducts(db: Db): SaleProduct[] {
  const rows = prepareCached(db, 'SELECT * FROM products WHERE active = 1 ORDER BY name, id').all() as ProductRow[];
  const products = rows.map(toProduct);
  const categories = loadCategoryChains(db, [...new Set(products.map((p) => p.categoryId))]);
  return products.map((p) => toSaleProduct(p, categories)).filter((p) => p.sellable);
}

/** The product with this barcode in any of its GTIN lengths (UPC-A or the EAN-13 a scanner makes of it). */
export function findProductByBarcode(db: Db, barcode: string): SaleProduct | null {
  const row = prepareCached(db, 'SELECT * FROM products WHERE barcode_key = ?').get(barcodeKey(barcode)) as ProductRow | undefined;
  if (!row) return null;
  const product = toProduct(row);
  return toSaleProduct(product, loadCategoryChains(db, [product.categoryId]));
}

/**
 * The product a scan sells: null for an unknown code, PRODUCT_UNAVAILABLE for one off the menu. Every
 * scanner (the till's HTTP lookup, a serial scanner) follows this one rule, so the product is refused at
 * the scan rather than when its order is.
 */
export function findProductToSellByBarcode(db: Db, barcode: string): SaleProduct | null {
  const product = findProductByBarcode(db, barcode);
  if (product && !product.sellable) throw businessRule('PRODUCT_UNAVAILABLE', { productId: product.id, barcode }, { product: product.name });
  return product;
}
