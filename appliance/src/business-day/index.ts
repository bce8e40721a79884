import type { ApplianceModule } from '../kernel/module.js';
import { businessDayMessages } from './messages.pt-BR.js';
import { businessDayMigrations } from './migrations.js';
import { openBusinessDay } from './open-business-day.js';
import { NO_HQ_REPLICATION, registerBackupRoutes, type HqReplicationPort } from './backup-routes.js';
import { registerBusinessDayRoutes } from './routes.js';

/** The business-day answers' schemas, for the OpenAPI document of the workflow routes (loaded on demand). */
export const businessDayAnswers = () => import('./answers.js');
export { findOpenBusinessDay, findBusinessDay, type BusinessDay } from './queries.js';
export { openBusinessDay } from './open-business-day.js';
export { beginBusinessDayClose, finishBusinessDayClose, findClosingBusinessDay, readDayReport, type CloseBlockers } from './close-business-day.js';
export { backupDatabase, configuredBackupKeep, DEFAULT_BACKUP_KEEP, type BackupResult } from './backup.js';
export { recordDayBackup } from './backup-record.js';
/** A restore with the appliance stopped (the route does the same around an in-place restart). */
export { stageVerifiedBackup, swapInStagedBackup, type RestoreMarker, type StagedBackup } from './restore.js';
export { buildZReport, type ZReport, type ZReportInput, type ZPayment, type ZRefund, type ZOrder, type ZOrderItem, type ZCashierClose, type ZFiscal } from './z-report.js';
export { zReportText } from './z-report-text.js';

export type { HqReplicationPort } from './backup-routes.js';

/** `hq`: what the replication to HQ has not sent yet, for the restore to warn about (modules.ts wires the replication module in). */
export function createBusinessDayModule(hq: HqReplicationPort = NO_HQ_REPLICATION): ApplianceModule {
  return {
    name: 'business-day',
    migrations: businessDayMigrations,
    messages: { 'pt-BR': businessDayMessages },
    register(ctx) {
      registerBusinessDayRoutes(ctx);
      registerBackupRoutes(ctx, hq);
    },
    async seedDemo(ctx) {
      await ctx.commands.run('business_day.open', (tx) => openBusinessDay(tx, { timeZone: ctx.config.timeZone }), {
        actor: { type: 'system', id: 'demo-seed' },
      });
    },
  };
}

/** The module of a store that replicates to no relay (tests, tools). */
export const businessDayModule: ApplianceModule = createBusinessDayModule();
