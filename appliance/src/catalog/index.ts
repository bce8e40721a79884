import type { ApplianceModule } from '../kernel/module.js';
import { catalogMessages } from './messages.pt-BR.js';
import { catalogMigrations } from './migrations.js';
import { registerCatalogRoutes } from './routes.js';
import { seedDemoCatalog } from './seed-demo.js';
import { seedDemoPhotos } from './seed-demo-photos.js';

export { gtinCheckDigit, isValidGtin } from './barcode.js';
export { applyDownstreamPriceChange, catalogDownstreamApplier, type DownstreamProductChange } from './downstream.js';
export type { Category, Product } from './model.js';
export { findProductByBarcode, findProductToSellByBarcode, getProduct, getProductsForSale, listSellableProducts, productsKeptFromKitchen, type SaleProduct } from './queries.js';
export { SALE_CHANNELS, type OptionGroup, type ProductType, type SaleChannel } from './schemas.js';

export const catalogModule: ApplianceModule = {
  name: 'catalog',
  migrations: catalogMigrations,
  messages: { 'pt-BR': catalogMessages },
  register: registerCatalogRoutes,
  async seedDemo(ctx) {
    await ctx.commands.run('catalog.seed_demo', seedDemoCatalog, { actor: { type: 'system', id: 'demo-seed' } });
    await seedDemoPhotos(ctx);
  },
};
