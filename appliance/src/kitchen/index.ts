import type { ApplianceModule, ModuleContext } from '../kernel/module.js';
import { KITCHEN_EVENT_TYPES } from './events.js';
import { kitchenMessages } from './messages.pt-BR.js';
import { kitchenMigrations } from './migrations.js';
import { registerKdsPage } from './page-routes.js';
import { KdsPublisher } from './publisher.js';
import { registerKitchenRoutes } from './routes.js';
import { DEMO_STATIONS, listStations, saveStation } from './stations.js';

export { routeOrderToKitchen, resolveStation } from './route-order.js';
export { applyKitchenCommand, bumpOrderTickets, kitchenProgressOf, voidOrderTickets, voidTicketItems, RECALL_WINDOW_SECONDS } from './commands.js';
export { moveTicketItems, relabelOrderTickets } from './transfers.js';
export { registerKitchenCommandEndpoints, kitchenCommandSchema, type KitchenCommandExecutor } from './command-endpoints.js';
export { openTickets, loadTicket, ordersWithOpenTickets, ticketsOfOrder, startedItemIdsOfOrder, isOpen as isOpenTicket } from './tickets.js';
export { listStations, findStation } from './stations.js';
export { schedulePrepSync } from './prep-sync.js';
export { kdsTopics } from './publisher.js';
export { assertStationAccess } from './access.js';
export { KITCHEN_EVENT_TYPES } from './events.js';
export type * from './types.js';

/** A sale channel as the store names it (the KDS card's label), for any text a person reads. */
export function channelLabel(channel: string): string {
  return (kitchenMessages as Record<string, string>)[`KDS_CHANNEL_${channel}`] ?? channel;
}

/** The kitchen: stations, prep-sync routing, tickets in SQLite mirrored to retained MQTT, the KDS page. */
export function createKitchenModule(): ApplianceModule {
  let publisher: KdsPublisher | null = null;
  return {
    name: 'kitchen',
    migrations: kitchenMigrations,
    messages: { 'pt-BR': kitchenMessages },
    register(ctx: ModuleContext) {
      const current = new KdsPublisher(ctx);
      publisher = current;
      ctx.events.subscribe('kitchen-kds-publisher', [...KITCHEN_EVENT_TYPES, 'kitchen.station_saved'], (event) => current.onEvent(event));
      registerKitchenRoutes(ctx);
      registerKdsPage(ctx);
      ctx.health.add('kitchen', () => ({
        status: 'ok',
        openTickets: ctx.db.prepare("SELECT COUNT(*) FROM kitchen_tickets WHERE status IN ('OPEN', 'IN_PROGRESS')").pluck().get(),
      }));
    },
    async start(ctx: ModuleContext) {
      const result = await publisher!.rebuild();
      ctx.logger.info(result, 'kds retained tickets rebuilt');
    },
    async seedDemo(ctx: ModuleContext) {
      await ctx.commands.run(
        'kitchen.seed_stations',
        (tx) => {
          if (listStations(tx.db, true).length > 0) return;
          for (const station of DEMO_STATIONS) {
            saveStation(tx.db, station);
            tx.emit({ type: 'kitchen.station_saved', aggregateType: 'kitchen_station', aggregateId: station.code, payload: { station } });
          }
        },
        { actor: { type: 'system', id: 'demo-seed' } },
      );
    },
  };
}

export const kitchenModule = createKitchenModule();
