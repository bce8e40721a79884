import { listHardware } from '../hardware/index.js';
import { registerWebApp } from '../kernel/http/web-apps.js';
import type { ModuleContext } from '../kernel/module.js';
import { routeDoc } from '../../contract/api/openapi/route-doc.js';
import { hasTable } from './printing-consumer.js';
import { storeDisplayName } from './store-profile.js';

/**
 * The POS terminal (`appliance/web/pos`, built into `dist/web`): it spans orders, payments, the
 * cashier and the catalog, so it is served here. `/pos/config.json` names the store (MQTT topic
 * root) and the counter's scale (the store's first configured scale, for items sold by weight);
 * everything else comes from the API and MQTT with the operator's own credentials.
 */
export function registerPosPage(ctx: ModuleContext): void {
  registerWebApp(ctx.root, '/pos', 'pos');
  const config = routeDoc({ tag: 'web-apps', summary: 'POS terminal configuration: the store id and name, the scale id (not enveloped)', produces: 'application/json', security: [] });
  const withHardware = hasTable(ctx, 'hardware_devices');
  const scaleId = () => (withHardware ? (listHardware(ctx.db).find((d) => d.kind === 'scale')?.id ?? null) : null);
  ctx.root.get('/pos/config.json', config, (c) => c.json({ storeId: ctx.config.storeId, storeName: storeDisplayName(ctx.db, ctx.config.storeName), scaleId: scaleId() }));
}
