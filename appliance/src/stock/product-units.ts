import type { Db } from '../kernel/db/open.js';
import { businessRule } from '../kernel/errors.js';
import type { StockUnit } from './model.js';

/** How the catalog sells a product: by the unit, or by weight (its lines are in grams). */
export interface ProductSaleUnit {
  name: string;
  soldBy: 'UNIT' | 'WEIGHT';
}
export type ProductSaleUnitLookup = (productId: string) => ProductSaleUnit | null;

const lookups = new WeakMap<Db, ProductSaleUnitLookup>();

/** The catalog's answer to how a product is sold, handed in by a workflow (stock does not read the catalog). */
export function useProductSaleUnitLookup(db: Db, lookup: ProductSaleUnitLookup): void {
  lookups.set(db, lookup);
}

/**
 * A product's own stock item counts what one sale line of it takes out: a product sold by the unit
 * is counted in units, one sold by weight in grams. Anything else (a "pão de queijo" sold by the
 * unit but bought by the kilo) has no quantity per sale to take: it is an ingredient, and the
 * product's recipe says how many grams one unit consumes. A product the catalog does not know
 * (yet) is not checked.
 */
export function assertItemCountsProduct(db: Db, productId: string, unit: StockUnit): void {
  const product = lookups.get(db)?.(productId);
  if (!product) return;
  if (product.soldBy === 'UNIT' && unit !== 'MILLIUNIT') throw businessRule('STOCK_PRODUCT_SOLD_BY_UNIT', { productId, unit }, { product: product.name });
  if (product.soldBy === 'WEIGHT' && unit !== 'GRAM') throw businessRule('STOCK_PRODUCT_SOLD_BY_WEIGHT', { productId, unit }, { product: product.name });
}
