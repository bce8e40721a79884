import { routeDoc } from '../../contract/api/openapi/route-doc.js';
import { registerWebApp } from '../kernel/http/web-apps.js';
import type { ModuleContext } from '../kernel/module.js';
import { registerCustomerDisplayMirror } from './customer-display-mirror.js';
import { OrderBoard } from './order-board.js';

/** The screens of the shop floor that customers use, each a web app in `appliance/web/<app>`. */
const FLOOR_SCREENS = [
  { path: '/painel', app: 'painel' },
  { path: '/cliente', app: 'cliente' },
  { path: '/totem', app: 'totem' },
] as const;

/**
 * The order-ready board (`/painel`), the customer-facing display (`/cliente`) and the self-order
 * kiosk (`/totem`): their pages, the store they belong to (`<page>/config.json`, the MQTT topic
 * root), the board's retained message and the terminals' cart mirror. The board and the display
 * run as paired CUSTOMER_DISPLAY devices, the kiosk as a paired KIOSK.
 */
export function registerFloorScreens(ctx: ModuleContext): OrderBoard {
  for (const { path, app } of FLOOR_SCREENS) {
    registerWebApp(ctx.root, path, app);
    const config = routeDoc({ tag: 'web-apps', summary: `${app} screen configuration: the store id and name (not enveloped)`, produces: 'application/json', security: [] });
    ctx.root.get(`${path}/config.json`, config, (c) => c.json({ storeId: ctx.config.storeId, storeName: ctx.config.storeName }));
  }
  registerCustomerDisplayMirror(ctx);
  const board = new OrderBoard(ctx);
  board.register();
  return board;
}
