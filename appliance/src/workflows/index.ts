import type { ApplianceModule, ModuleContext } from '../kernel/module.js';
import { registerAdminPage } from './admin-page.js';
import { registerCustomerDataRequests } from './customer-data-requests.js';
import { registerDeliveryAddresses } from './delivery-addresses.js';
import { registerDeliveryDispatch } from './delivery-dispatch.js';
import { registerRouteSlipPrinting } from './delivery-route-slip.js';
import type { FiscalBacklog } from './fiscal-backlog.js';
import { registerFloorScreens } from './floor-screens.js';
import { registerFiscalEmission } from './fiscal-emission.js';
import { registerNfeRequestRoute } from './fiscal-nfe-request.js';
import { registerHardwareWorkflows } from './hardware-workflows.js';
import { registerOrderCustomerDataGuard } from './customer-order-data.js';
import { registerClosedDayTicketRepair } from './kitchen-closed-day-tickets.js';
import { registerKitchenCommandWorkflow } from './kitchen-command.js';
import { registerLineCancelRoute } from './kitchen-line-cancel.js';
import { kioskMessages } from './kiosk-messages.pt-BR.js';
import { registerKioskOrders } from './kiosk-orders.js';
import { registerChatOrderStatus } from './chat-order-status.js';
import { registerMarketplaceCancellationFollower } from './marketplace-cancellation.js';
import { registerMarketplaceOperatorRoutes } from './marketplace-routes.js';
import { registerMoneyWorkflows, startMoneyWorkflows } from './money-workflows.js';
import { registerOrderWorkflowRoutes } from './order-routes.js';
import type { OrderBoard } from './order-board.js';
import { registerOrderWriteOff } from './order-write-off.js';
import { registerPosPage } from './pos-page.js';
import { registerPricingSimulation } from './pricing-simulation.js';
import { registerPrintingWorkflows } from './printing-workflows.js';
import { registerTableCardPayment } from './table-card-payment.js';
import { registerTableWorkflowRoutes } from './table-routes.js';
import { registerUnbookedPaymentRoutes } from './unbooked-payment-routes.js';
import { registerWaiterPage } from './waiter-page.js';
import { registerStoreProfileRoutes } from './store-profile-routes.js';
import { registerStockProductUnits } from './stock-product-units.js';
import { startPageMessages } from './start-page/messages.pt-BR.js';
import { registerStartPage } from './start-page/routes.js';

/** The fiscal backlog of each appliance in this process: retried on a timer between start and stop. */
const fiscalBacklogs = new Map<ModuleContext, FiscalBacklog>();
/** The order-ready board of each appliance in this process: rebuilt from the journal at start. */
const orderBoards = new Map<ModuleContext, OrderBoard>();

/**
 * Processes that span modules (contracts in docs/module-contracts.md). Registered LAST so every module's
 * tables and routes exist. Keep this a thin list: one line per workflow.
 */
export const workflowsModule: ApplianceModule = {
  name: 'workflows',
  messages: { 'pt-BR': { ...startPageMessages, ...kioskMessages } },
  register(ctx: ModuleContext) {
    registerOrderWorkflowRoutes(ctx);
    registerOrderWriteOff(ctx);
    registerPricingSimulation(ctx);
    registerTableWorkflowRoutes(ctx);
    registerTableCardPayment(ctx);
    registerKitchenCommandWorkflow(ctx);
    registerLineCancelRoute(ctx);
    registerClosedDayTicketRepair(ctx);
    registerChatOrderStatus(ctx);
    // Before the payment routes: its guard must run ahead of them.
    registerKioskOrders(ctx);
    registerMoneyWorkflows(ctx);
    registerUnbookedPaymentRoutes(ctx);
    registerHardwareWorkflows(ctx);
    registerPrintingWorkflows(ctx);
    registerNfeRequestRoute(ctx);
    registerStartPage(ctx);
    registerPosPage(ctx);
    registerWaiterPage(ctx);
    registerAdminPage(ctx);
    orderBoards.set(ctx, registerFloorScreens(ctx));
    registerStoreProfileRoutes(ctx);
    registerCustomerDataRequests(ctx);
    // What an erasure leaves of an order still open (the record's id) takes no CPF na nota afterwards.
    registerOrderCustomerDataGuard(ctx);
    registerMarketplaceOperatorRoutes(ctx);
    registerStockProductUnits(ctx);
    registerMarketplaceCancellationFollower(ctx);
    registerDeliveryAddresses(ctx);
    registerDeliveryDispatch(ctx);
    registerRouteSlipPrinting(ctx);
    const backlog = registerFiscalEmission(ctx);
    if (backlog) fiscalBacklogs.set(ctx, backlog);
  },
  async start(ctx: ModuleContext) {
    await startMoneyWorkflows(ctx);
    const backlog = fiscalBacklogs.get(ctx);
    if (backlog) {
      backlog.start();
      // The service dashboard's restart: the emitter's retry loop starts over with a pass at once.
      ctx.subsystems.add('fiscal-emitter', async () => {
        await backlog.stop();
        backlog.start();
      });
    }
    await orderBoards.get(ctx)?.start();
  },
  async stop() {
    await Promise.all([...fiscalBacklogs.values()].map((backlog) => backlog.stop()));
    fiscalBacklogs.clear();
    for (const board of orderBoards.values()) board.stop();
    orderBoards.clear();
  },
};
