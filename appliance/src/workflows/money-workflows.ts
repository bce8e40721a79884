import type { ModuleContext } from '../kernel/module.js';
import { registerBusinessDayClose, resumeBusinessDayClose } from './business-day-close.js';
import { registerCashierSessionRoutes } from './cashier-session-routes.js';
import { registerOrderStockFollower } from './order-stock.js';
import { registerPaymentCompletion } from './payment-completion.js';
import { registerRefundRoutes } from './payment-refund.js';
import { registerPaymentRoutes } from './payment-routes.js';

/** Day close, drawers and payments across business-day, cashier, payments, orders and auth. */
export function registerMoneyWorkflows(ctx: ModuleContext): void {
  registerCashierSessionRoutes(ctx);
  registerPaymentRoutes(ctx);
  registerRefundRoutes(ctx);
  registerBusinessDayClose(ctx);
}

export async function startMoneyWorkflows(ctx: ModuleContext): Promise<void> {
  registerPaymentCompletion(ctx);
  if (ctx.db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'stock_items'").get()) registerOrderStockFollower(ctx);
  await resumeBusinessDayClose(ctx);
}
