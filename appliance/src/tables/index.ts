import type { ApplianceModule } from '../kernel/module.js';
import { createLayout } from './commands.js';
import { tableMessages } from './messages.pt-BR.js';
import { tableMigrations } from './migrations.js';
import { registerTableRoutes } from './routes.js';

export { addOrderToTab, closeTab, forgetLineTables, mergeTabs, moveLineTables, openTabOnTable, recordLineTable, reopenBill, requestBill, transferTab } from './commands.js';
export { FLOOR_GRID, TABLE_STATUSES, type DiningTable, type Layout, type Tab, type TableStatus } from './model.js';
export { currentTabOf, findTab, findTabOfTable, findTable, listTables, openTabIds, recordedLineTables } from './queries.js';
export { recordServiceCharge, serviceChargeCollected, serviceChargeOfPayment, serviceChargesOfDay, setServiceChargeWaived, tabIdOfOrder, type ServiceChargeShare } from './service-charge.js';
export { billTotal, equalShares, partAlreadyPaid, splitByItems, splitBySeat, splitEqually, type Bill, type BillItem, type BillPart } from './split.js';

export const tablesModule: ApplianceModule = {
  name: 'tables',
  migrations: tableMigrations,
  messages: { 'pt-BR': tableMessages },
  register: registerTableRoutes,
  async seedDemo(ctx) {
    const table = (n: number, capacity: number) => ({ id: `table-${n}`, label: String(n), capacity });
    await ctx.commands.run(
      'tables.seed_demo',
      (tx) =>
        createLayout(tx, {
          id: 'layout-main',
          name: 'Salão',
          sections: [
            { name: 'Salão principal', tables: [table(1, 4), table(2, 4), table(3, 4), table(4, 4), table(5, 6), table(6, 6)] },
            { name: 'Varanda', tables: [table(7, 2), table(8, 2), table(9, 2), table(10, 8)] },
          ],
        }),
      { actor: { type: 'system', id: 'demo-seed' } },
    );
  },
};
