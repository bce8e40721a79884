import { registerWebApp } from '../kernel/http/web-apps.js';
import type { ModuleContext } from '../kernel/module.js';
import { routeDoc } from '../../contract/api/openapi/route-doc.js';
import { kitchenMessages } from './messages.pt-BR.js';
import { RECALL_WINDOW_SECONDS } from './commands.js';
import { listStationsOnScreens } from './stations.js';

/**
 * The KDS screen: the built page (`appliance/web/kds`, served from `dist/web`) and
 * `/kds/config.json` with the station list and the pt-BR texts from the message catalog.
 * Everything live then comes over MQTT/WebSocket.
 */
export function registerKdsPage(ctx: ModuleContext): void {
  registerWebApp(ctx.root, '/kds', 'kds');
  const config = routeDoc({ tag: 'kitchen', summary: 'KDS screen configuration: stations and pt-BR texts (not enveloped)', produces: 'application/json', security: [] });
  ctx.root.get('/kds/config.json', config, (c) => {
    const texts = Object.fromEntries(Object.keys(kitchenMessages).filter((k) => k.startsWith('KDS_')).map((k) => [k, ctx.messages.t(k)]));
    return c.json({
      storeId: ctx.config.storeId,
      storeName: ctx.config.storeName,
      serverTime: ctx.clock.now().toISOString(),
      // The screen's clock shows the store's time, whatever zone the screen's own OS was left in.
      timeZone: ctx.config.timeZone,
      recallWindowSeconds: RECALL_WINDOW_SECONDS,
      stations: listStationsOnScreens(ctx.db).map((s) => ({ code: s.code, name: s.name, isExpo: s.isExpo, warnAfterSeconds: s.warnAfterSeconds, lateAfterSeconds: s.lateAfterSeconds })),
      texts,
    });
  });
}
