import { getProductsForSale } from '../catalog/index.js';
import type { ModuleContext } from '../kernel/module.js';
import { useProductSaleUnitLookup } from '../stock/index.js';

/** Stock checks a product's own item against how the catalog sells the product (by the unit or by weight). */
export function registerStockProductUnits(ctx: ModuleContext): void {
  useProductSaleUnitLookup(ctx.db, (productId) => {
    const [product] = getProductsForSale(ctx.db, [productId]);
    return product ? { name: product.name, soldBy: product.type === 'WEIGHT' ? 'WEIGHT' : 'UNIT' } : null;
  });
}
