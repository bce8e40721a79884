import { z } from 'zod';
import { getProductsForSale } from '../catalog/index.js';
import { businessRule } from '../kernel/errors.js';
import { runCommand } from '../kernel/http/command-route.js';
import { requirePermission } from '../kernel/http/permissions.js';
import { routeDoc } from '../../contract/api/openapi/route-doc.js';
import { readJson, readParam } from '../kernel/http/validation.js';
import type { ModuleContext } from '../kernel/module.js';
import { MARKETPLACE_PLATFORMS, marketplaceAnswers, setItemMapping } from '../marketplace/index.js';
import { acceptMarketplaceOrder } from './marketplace-orders.js';
import { lazySchema } from '../../contract/lazy-schema.js';

const mappingBody = lazySchema(() => z.object({
  platform: z.enum(MARKETPLACE_PLATFORMS),
  externalCode: z.string().trim().min(1).max(100),
  productId: z.string().min(1).max(64),
}));

/** The operator's side of marketplace orders: accepting a waiting order, and the platform menu mapping. */
export function registerMarketplaceOperatorRoutes(ctx: ModuleContext): void {
  ctx.api.post('/marketplace/orders/:id/accept', routeDoc({ tag: 'marketplace', summary: 'The operator accepts a waiting marketplace order: it becomes a store order and goes to the kitchen', errors: { 404: ['MARKETPLACE_ORDER_NOT_FOUND'], 422: ['MARKETPLACE_ITEMS_UNMAPPED', 'BUSINESS_DAY_NOT_OPEN', 'MARKETPLACE_ORDER_NOT_PENDING', 'MARKETPLACE_ORDER_EXPIRED'] }, response: () => marketplaceAnswers().then((a) => a.marketplaceOrderAnswer) }), requirePermission('orders.confirm'), async (c) => {
    const id = readParam(c, 'id');
    return runCommand(c, 'marketplace.accept_order', (tx) => acceptMarketplaceOrder(tx, id, false));
  });

  ctx.api.put('/marketplace/mappings', routeDoc({ tag: 'marketplace', summary: 'Map a platform item code to a store product', body: mappingBody, errors: { 422: ['MARKETPLACE_PRODUCT_NOT_FOUND', 'MARKETPLACE_PRODUCT_SOLD_BY_WEIGHT'] }, response: () => marketplaceAnswers().then((a) => a.itemMappingAnswer) }), requirePermission('catalog.write'), async (c) => {
    const body = await readJson(c, mappingBody);
    return runCommand(c, 'marketplace.map_item', (tx) => {
      const [product] = getProductsForSale(tx.db, [body.productId]);
      if (!product) throw businessRule('MARKETPLACE_PRODUCT_NOT_FOUND', { productId: body.productId });
      // A platform line counts units: a product sold by weight would have no grams to sell or take out of stock.
      if (product.type === 'WEIGHT') throw businessRule('MARKETPLACE_PRODUCT_SOLD_BY_WEIGHT', { productId: product.id }, { product: product.name });
      setItemMapping(tx, body.platform, body.externalCode, body.productId);
      return body;
    });
  });
}
