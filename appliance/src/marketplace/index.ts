import type { ApplianceModule } from '../kernel/module.js';
import { marketplaceMessages } from './messages.pt-BR.js';
import { marketplaceMigrations } from './migrations.js';
import { registerMarketplaceRoutes } from './routes.js';

export { flagForOperator, linkStoreOrder, markAccepted, markCancelledByPlatform, recordPlatformOrder, setItemMapping } from './commands.js';
export {
  findMarketplaceOrderOf,
  getMarketplaceOrder,
  MARKETPLACE_PLATFORMS,
  platformOrderSchema,
  readAutoAccept,
  type MarketplaceOrder,
  type MarketplaceOrderLine,
  type MarketplacePlatform,
  type PlatformOrder,
} from './model.js';

/** Orders from ordering platforms (iFood, Open Delivery, Rappi, Uber Eats) as the HQ relay delivers them (docs/integrations.md). */
export const marketplaceModule: ApplianceModule = {
  name: 'marketplace',
  migrations: marketplaceMigrations,
  messages: { 'pt-BR': marketplaceMessages },
  register: registerMarketplaceRoutes,
};
