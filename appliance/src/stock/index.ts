import type { ApplianceModule } from '../kernel/module.js';
import { stockMessages } from './messages.pt-BR.js';
import { stockMigrations } from './migrations.js';
import { registerStockRoutes } from './routes.js';

export { reserveForOrder, reservationUpToDate, consumeForOrder, stockSettledFor, releaseForOrder, wasteForOrder, checkAvailability, assertAvailable, requirementsOf, type StockOrder, type StockOrderLine, type AvailabilityIssue } from './order-stock.js';
export { createStockItem, setRecipe, recordManualMovement, postInventoryCount, type NewStockItem, type ManualMovement } from './items.js';
export { applyMovement } from './movements.js';
export { useProductSaleUnitLookup, type ProductSaleUnit } from './product-units.js';
export { findStockItem, findStockItemOfProduct, listStockItems, listMovements, type StockItem, type Movement } from './model.js';

export const stockModule: ApplianceModule = {
  name: 'stock',
  migrations: stockMigrations,
  messages: { 'pt-BR': stockMessages },
  register: registerStockRoutes,
};
