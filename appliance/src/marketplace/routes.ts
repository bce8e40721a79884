import { z } from 'zod';
import { notFound } from '../kernel/errors.js';
import { runCommand } from '../kernel/http/command-route.js';
import { ok, paged } from '../kernel/http/envelope.js';
import { offsetOf, pageQuery } from '../kernel/http/pagination.js';
import { requirePermission } from '../kernel/http/permissions.js';
import { routeDoc } from '../../contract/api/openapi/route-doc.js';
import { readJson, readParam, readQuery } from '../kernel/http/validation.js';
import type { ModuleContext } from '../kernel/module.js';
import { setAutoAccept } from './commands.js';
import { getMarketplaceOrder, MARKETPLACE_PLATFORMS, readAutoAccept, toMarketplaceOrder } from './model.js';
import { lazySchema } from '../../contract/lazy-schema.js';

const listQuery = lazySchema(() => pageQuery(['received_at'], 'received_at:desc').extend({
  status: z.enum(['RECEIVED', 'ACCEPTED', 'CANCELLED']).optional(),
  /** Only the orders waiting for the operator (unmapped items, day closed). */
  attention: z.enum(['true']).optional(),
}));

const autoAcceptPatch = lazySchema(() => z.object(Object.fromEntries(MARKETPLACE_PLATFORMS.map((p) => [p, z.boolean().optional()]))).strict());

/** Reading platform orders, and the per-platform auto-accept setting; accepting and mapping are workflows. */
export function registerMarketplaceRoutes(ctx: ModuleContext): void {
  ctx.api.get('/marketplace/orders', routeDoc({ tag: 'marketplace', summary: 'Orders received from marketplaces (filter by status, or only those waiting for the operator)', query: listQuery, paged: true, response: () => import('./answers.js').then((a) => a.marketplaceOrderAnswer) }), requirePermission('orders.read'), async (c) => {
    const q = readQuery(c, listQuery);
    let query = ctx.queryDb.selectFrom('marketplace_orders');
    if (q.status) query = query.where('status', '=', q.status);
    if (q.attention) query = query.where('attention', 'is not', null);
    const rows = await query.selectAll().orderBy(q.sort.field, q.sort.direction).orderBy('id').limit(q.size).offset(offsetOf(q)).execute();
    const { n } = await query.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    return paged(c, rows.map((row) => toMarketplaceOrder(ctx.db, row)), { page: q.page, size: q.size, total: Number(n) });
  });

  ctx.api.get('/marketplace/orders/:id', routeDoc({ tag: 'marketplace', summary: 'One marketplace order with its platform data and mapped lines', errors: { 404: ['MARKETPLACE_ORDER_NOT_FOUND'] }, response: () => import('./answers.js').then((a) => a.marketplaceOrderAnswer) }), requirePermission('orders.read'), (c) => {
    const order = getMarketplaceOrder(ctx.db, readParam(c, 'id'));
    if (!order) throw notFound('MARKETPLACE_ORDER_NOT_FOUND');
    return ok(c, order);
  });

  ctx.api.get('/marketplace/settings/auto-accept', routeDoc({ tag: 'marketplace', summary: 'Per platform, whether its orders are accepted without the operator', response: () => import('./answers.js').then((a) => a.autoAcceptAnswer) }), requirePermission('orders.read'), (c) => ok(c, readAutoAccept(ctx.db)));

  ctx.api.put('/marketplace/settings/auto-accept', routeDoc({ tag: 'marketplace', summary: 'Turn auto-accept on or off per platform', body: autoAcceptPatch, response: () => import('./answers.js').then((a) => a.autoAcceptAnswer) }), requirePermission('business_day.manage'), async (c) => {
    const patch = await readJson(c, autoAcceptPatch);
    return runCommand(c, 'marketplace.set_auto_accept', (tx) => setAutoAccept(tx, ctx.config.storeId, patch));
  });
}
