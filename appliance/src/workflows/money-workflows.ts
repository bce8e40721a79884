import type { ModuleContext } from '../kernel/module.js';
import { registerBusinessDayClose, resumeBusinessDayClose } from './business-day-close.js';
import { registerCashierSessionRoutes } from './cashier-session-routes.js';
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
  await resumeBusinessDayClose(ctx);
}
