import { z } from 'zod';
import { getProductsForSale } from '../catalog/index.js';
import { hardwareRuntimeOf, readChargeableWeight } from '../hardware/index.js';
import { businessRule } from '../kernel/errors.js';
import { runCommand, storedAnswer } from '../kernel/http/command-route.js';
import { assertPermission, requirePermission } from '../kernel/http/permissions.js';
import { readJson, readParam } from '../kernel/http/validation.js';
import type { ModuleContext } from '../kernel/module.js';
import { addPricedItems } from './order-commands.js';
import { safeText } from '../kernel/safe-text.js';
import { routeDoc } from '../../contract/api/openapi/route-doc.js';
import { lazySchema } from '../../contract/lazy-schema.js';

const weighedBody = lazySchema(() => z
  .object({
    productId: z.string().min(1).max(64),
    scaleId: z.string().min(1).max(64),
    notes: safeText(200, 0).nullish(),
    seat: z.number().int().min(1).max(99).nullish(),
  })
  .strict());

/**
 * `POST /orders/{id}/items/weighed`: reads the scale, then adds the WEIGHT product with the stable
 * weight in grams as its quantity, priced like any other line. The weight is read before the
 * command (a read can take seconds and must not hold the writer); only a stable reading gets in.
 * An Idempotency-Key retry of a weighing already added is answered from the store, scale unread.
 */
export function registerWeighedItemRoute(ctx: ModuleContext): void {
  const hardware = hardwareRuntimeOf(ctx);
  if (!hardware) return;
  const timeZone = ctx.config.timeZone;
  ctx.api.post('/orders/:id/items/weighed', routeDoc({ tag: 'orders', summary: 'Add a product sold by weight, weighed on a scale now', response: () => import('./answers.js').then((a) => a.weighedItemAnswer), body: weighedBody, errors: { 404: ['ORDER_NOT_FOUND'], 403: ['FORBIDDEN'], 422: ['SCALE_PRODUCT_NOT_SOLD_BY_WEIGHT', 'SCALE_WEIGHT_EMPTY'] } }), requirePermission('orders.create'), async (c) => {
    // Weighing is the staff's: a kiosk or a customer never holds the till's scale line.
    assertPermission(c, 'scales.read');
    const orderId = readParam(c, 'id');
    const body = await readJson(c, weighedBody);
    // A retry of a weighing that went through is answered as it was: by now the plate may be off the
    // scale (refused as empty) or another one on it (added again at its weight).
    const stored = await storedAnswer(c);
    if (stored) return stored;
    const product = getProductsForSale(ctx.db, [body.productId])[0];
    if (product && product.type !== 'WEIGHT') {
      throw businessRule('SCALE_PRODUCT_NOT_SOLD_BY_WEIGHT', { productId: product.id, type: product.type }, { product: product.name });
    }
    const { grams } = await readChargeableWeight(hardware, body.scaleId);
    if (grams === 0) throw businessRule('SCALE_WEIGHT_EMPTY', { scaleId: body.scaleId });
    const line = { productId: body.productId, quantity: grams, options: [], notes: body.notes, seat: body.seat };
    return runCommand(c, 'order.add_weighed_item', (tx) => ({ ...addPricedItems(tx, orderId, [line], timeZone), weighedGrams: grams }));
  });
}
