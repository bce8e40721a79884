import { registerWebApp } from '../kernel/http/web-apps.js';
import type { ModuleContext } from '../kernel/module.js';
import { routeDoc } from '../../contract/api/openapi/route-doc.js';
import { storeDisplayName } from './store-profile.js';

/**
 * The waiter app (`appliance/web/garcom`, built into `dist/web`) on the waiters' phones, paired as
 * WAITER_TABLET devices: it spans tables, orders, the kitchen and the catalog, so it is served here.
 * `/garcom/config.json` names the store (MQTT topic root); everything else comes from the API and
 * MQTT with the waiter's own credentials.
 */
export function registerWaiterPage(ctx: ModuleContext): void {
  registerWebApp(ctx.root, '/garcom', 'garcom');
  const config = routeDoc({ tag: 'web-apps', summary: 'Waiter app configuration: the store id and name (not enveloped)', produces: 'application/json', security: [] });
  ctx.root.get('/garcom/config.json', config, (c) => c.json({ storeId: ctx.config.storeId, storeName: storeDisplayName(ctx.db, ctx.config.storeName) }));
}
