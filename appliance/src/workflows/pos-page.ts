import { registerWebApp } from '../kernel/http/web-apps.js';
import type { ModuleContext } from '../kernel/module.js';

/**
 * The POS terminal (`appliance/web/pos`, built into `dist/web`): it spans orders, payments, the
 * cashier and the catalog, so it is served here. `/pos/config.json` names the store (MQTT topic
 * root); everything else comes from the API and MQTT with the operator's own credentials.
 */
export function registerPosPage(ctx: ModuleContext): void {
  registerWebApp(ctx.root, '/pos', 'pos');
  ctx.root.get('/pos/config.json', (c) => c.json({ storeId: ctx.config.storeId, storeName: ctx.config.storeName }));
}
