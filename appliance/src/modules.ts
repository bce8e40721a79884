import { authModule } from './auth/index.js';
import { createBusinessDayModule } from './business-day/index.js';
import { cashierModule } from './cashier/index.js';
import { createChatModule } from './chat/index.js';
import { catalogModule } from './catalog/index.js';
import { customersModule } from './customers/index.js';
import { deliveryModule } from './delivery/index.js';
import { fiscalModule } from './fiscal/index.js';
import { hardwareModule } from './hardware/index.js';
import { kitchenModule } from './kitchen/index.js';
import { marketplaceModule } from './marketplace/index.js';
import type { ApplianceModule, ModuleContext } from './kernel/module.js';
import { ordersModule } from './orders/index.js';
import { paymentsModule } from './payments/index.js';
import { pricingModule } from './pricing/index.js';
import { createReplicationModule, type DownstreamApplier } from './replication/index.js';
import { printingModule } from './printing/index.js';
import { stockModule } from './stock/index.js';
import { tablesModule } from './tables/index.js';
import { catalogChatMenu } from './workflows/chat-menu.js';
import { createChatApplier } from './workflows/chat-conversation.js';
import { createHqCatalogApplier, createHqConfigurationApplier } from './workflows/hq-configuration.js';
import { marketplaceOrderApplier } from './workflows/marketplace-orders.js';
import { workflowsModule } from './workflows/index.js';

/** Every domain module of the appliance, in dependency order of their migrations and demo seeds. */
export function applianceModules(): ApplianceModule[] {
  const replication = createReplicationModule({ appliers: downstreamAppliers });
  // A restore warns about the events HQ has not received yet, which only the replicator knows.
  const businessDay = createBusinessDayModule({ eventsNotYetAtHq: () => replication.lag()?.events ?? 0 });
  return [authModule, businessDay, customersModule, printingModule, catalogModule, pricingModule, ordersModule, tablesModule, cashierModule, fiscalModule, paymentsModule, stockModule, kitchenModule, marketplaceModule, deliveryModule, hardwareModule, createChatModule({ menu: catalogChatMenu }), workflowsModule, replication];
}

/** The HQ messages a store applies: catalog prices and availability, the HQ settings, marketplace orders and chat messages (docs/relay.md). */
export function downstreamAppliers(ctx: ModuleContext): DownstreamApplier[] {
  return [createHqCatalogApplier(), createHqConfigurationApplier(ctx.config.storeId), marketplaceOrderApplier, createChatApplier(ctx)];
}
