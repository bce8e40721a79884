import type { ApplianceModule } from '../kernel/module.js';
import { startHourlyRetention } from '../kernel/pii/hourly-retention.js';
import { ordersNearDeadline, warnNearDeadlines } from './commands.js';
import { marketplaceMessages } from './messages.pt-BR.js';
import { marketplaceMigrations } from './migrations.js';
import { registerMarketplaceRoutes } from './routes.js';
import { customerDataPastRetention, forgetCustomersPastRetention } from './retention.js';
import { sealedMarketplaceCustomer } from './sealed-customer.js';

export { CUSTOMER_DATA_RETENTION_DAYS } from './retention.js';
export { flagForOperator, linkStoreOrder, markAccepted, markCancelledByPlatform, markCancelledWithStoreOrder, recordPlatformOrder, setItemMapping, warnNearDeadlines } from './commands.js';
export {
  findMarketplaceOrderOf,
  getMarketplaceOrder,
  isPastConfirmDeadline,
  mappedProductsOf,
  MARKETPLACE_PLATFORMS,
  platformOrderSchema,
  readAutoAccept,
  type MarketplaceOrder,
  type MarketplaceOrderLine,
  type MarketplacePlatform,
  type PlatformOrder,
} from './model.js';

/** The marketplace answers' schemas, for the OpenAPI document of the workflow routes (loaded on demand). */
export const marketplaceAnswers = () => import('./answers.js');

/** An order still waiting for the operator is announced this long before the platform cancels it. */
const DEADLINE_WARNING_SECONDS = 180;
const DEADLINE_CHECK_MS = 15_000;
const timers = new Set<NodeJS.Timeout>();

/** Orders from ordering platforms (iFood, Open Delivery, Rappi, Uber Eats) as the HQ relay delivers them (docs/integrations.md). */
export const marketplaceModule: ApplianceModule = {
  name: 'marketplace',
  migrations: marketplaceMigrations,
  messages: { 'pt-BR': marketplaceMessages },
  register(ctx) {
    for (const column of Object.values(sealedMarketplaceCustomer)) ctx.pii.register(column);
    registerMarketplaceRoutes(ctx);
  },
  start: async (ctx) => {
    const timer = setInterval(() => {
      // Read first: the writer is only taken when there is someone to warn.
      if (ordersNearDeadline(ctx.db, ctx.clock.now(), DEADLINE_WARNING_SECONDS).length === 0) return;
      ctx.commands
        .run('marketplace.warn_deadlines', (tx) => warnNearDeadlines(tx, DEADLINE_WARNING_SECONDS), { actor: { type: 'system', id: 'marketplace' } })
        .catch((error) => ctx.logger.warn({ err: error }, 'marketplace deadline check failed'));
    }, DEADLINE_CHECK_MS);
    timer.unref();
    timers.add(timer);
    timers.add(startHourlyRetention(ctx, { command: 'marketplace.forget_customers', module: 'marketplace', isDue: customerDataPastRetention, forget: forgetCustomersPastRetention }));
  },
  stop: async () => {
    for (const timer of timers) clearInterval(timer);
    timers.clear();
  },
};
