import type { ApplianceModule } from '../kernel/module.js';
import { cashierMessages } from './messages.pt-BR.js';
import { cashierMigrations } from './migrations.js';
import { registerCashierRoutes } from './routes.js';

export { openCashierSession, closeCashierSession, requireOpenSession, drawerExpectation, type CashierCloseReport } from './sessions.js';
export { recordDrawerOpening } from './drawer-opening.js';
export { recordCashierOperation, noOverride, type ManagerOverride, type OverrideRequest, type OperationInput } from './operations.js';
export { findCashierSession, findOpenSessionOfOperator, listOpenCashierSessions, listSessionsOfDay, listOperations, readCloseReport, type CashierSession, type CashierOperation } from './queries.js';
export { expectedByMethod, compareCount, type DrawerOperation, type AmountsByMethod } from './drawer-math.js';
export { readCashierLimits, writeCashierLimits, cashierLimitsSchema, DEFAULT_CASHIER_LIMITS, type CashierLimits } from './limits.js';
export { overrideActionFor } from './cumulative-limits.js';
export { isSupervisor } from './supervision.js';
export { cashierCloseText } from './close-text.js';
export { cashierCloseBody } from './routes.js';
/** The cashier answers' schemas, for the OpenAPI document of the workflow routes (loaded on demand). */
export const cashierAnswers = () => import('./answers.js');

/** The tills: drawers (sessions), their cash operations, limits and blind close. The drawer's pulse is printed: workflows/printing-drawer.ts. */
export const cashierModule: ApplianceModule = {
  name: 'cashier',
  migrations: cashierMigrations,
  messages: { 'pt-BR': cashierMessages },
  register(ctx) {
    registerCashierRoutes(ctx);
  },
};
