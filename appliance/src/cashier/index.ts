import type { ApplianceModule } from '../kernel/module.js';
import { VirtualCashDrawer, type CashDrawer } from './cash-drawer.js';
import { cashierMessages } from './messages.pt-BR.js';
import { cashierMigrations } from './migrations.js';
import { registerCashierRoutes } from './routes.js';

export { openCashierSession, closeCashierSession, requireOpenSession, drawerExpectation, type CashierCloseReport } from './sessions.js';
export { recordCashierOperation, noOverride, type ManagerOverride, type OverrideRequest, type OperationInput } from './operations.js';
export { findCashierSession, findOpenSessionOfOperator, listOpenCashierSessions, listSessionsOfDay, listOperations, readCloseReport, type CashierSession, type CashierOperation } from './queries.js';
export { expectedByMethod, compareCount, type DrawerOperation, type AmountsByMethod } from './drawer-math.js';
export { readCashierLimits, writeCashierLimits, cashierLimitsSchema, DEFAULT_CASHIER_LIMITS, type CashierLimits } from './limits.js';
export { overrideActionFor } from './cumulative-limits.js';
export { isSupervisor } from './supervision.js';
export { VirtualCashDrawer, type CashDrawer } from './cash-drawer.js';
export { cashierCloseText } from './close-text.js';
/** The cashier answers' schemas, for the OpenAPI document of the workflow routes (loaded on demand). */
export const cashierAnswers = () => import('./answers.js');

const DRAWER_OPENING_TYPES = new Set(['SALE', 'REFUND', 'WITHDRAWAL', 'DEPOSIT']);

/** The cashier module; `drawer` is the device port the drawer kick goes through (virtual by default). */
export function createCashierModule(drawer: CashDrawer = new VirtualCashDrawer()): ApplianceModule {
  return {
    name: 'cashier',
    migrations: cashierMigrations,
    messages: { 'pt-BR': cashierMessages },
    register(ctx) {
      registerCashierRoutes(ctx);
      // Kick after commit: a cash movement that rolled back never opens the drawer.
      ctx.events.subscribe('cashier-drawer-kick', 'cashier.operation_recorded', async (event) => {
        const { method, type, terminalId } = event.payload;
        if (method === 'CASH' && DRAWER_OPENING_TYPES.has(type)) await drawer.kick(terminalId);
      });
    },
  };
}

export const cashierModule: ApplianceModule = createCashierModule();
