import { z } from 'zod';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AppError, conflict, notFound } from '../kernel/errors.js';
import { runCommand } from '../kernel/http/command-route.js';
import { ok } from '../kernel/http/envelope.js';
import { requirePermission } from '../kernel/http/permissions.js';
import { readJson, readParam } from '../kernel/http/validation.js';
import type { ModuleContext } from '../kernel/module.js';
import { BACKUP_FILE_NAME, backupDatabase, backupDir, configuredBackupKeep, listBackups, PRE_RESTORE_LABEL } from './backup.js';
import { discardStagedBackup, stageVerifiedBackup, swapInStagedBackup, type StagedBackup } from './restore.js';
import { routeDoc } from '../../contract/api/openapi/route-doc.js';
import { lazySchema } from '../../contract/lazy-schema.js';

/** What the restore needs to know of the store's replication to HQ (the replication module answers, through the wiring). */
export interface HqReplicationPort {
  /** Journal events the relay has not acknowledged yet; 0 when the store replicates to no relay. */
  eventsNotYetAtHq(): number;
}

/** A store that replicates to no relay has nothing HQ could miss. */
export const NO_HQ_REPLICATION: HqReplicationPort = { eventsNotYetAtHq: () => 0 };

const restoreBody = lazySchema(() =>
  z.object({
    /** The technician accepts that the events HQ has not received stay only in the pre-restore copy. */
    confirmUnsentEvents: z.boolean().optional(),
  }),
);

/**
 * A backup of another journal replaces the live one without its history: the events the relay has
 * not received yet would then never reach HQ (they stay only in the pre-restore copy). The
 * technician waits for replication to catch up, or confirms.
 */
function refuseLosingUnsentEvents(staged: StagedBackup, hq: HqReplicationPort, confirmed: boolean): void {
  if (staged.keepsLiveHistory || confirmed) return;
  const events = hq.eventsNotYetAtHq();
  if (events > 0) throw new AppError('RESTORE_WOULD_LOSE_UNSENT_EVENTS', 409, 'RESTORE_WOULD_LOSE_UNSENT_EVENTS', { events }, { events });
}

/**
 * The store's database backups for the service dashboard: the day-close copies and those taken on
 * demand, listed, made now and downloaded. A backup holds the whole database (personal data
 * included), so only ADMIN holds `backups.manage`.
 */
export function registerBackupRoutes(ctx: ModuleContext, hq: HqReplicationPort): void {
  ctx.api.get('/backups', routeDoc({ tag: 'business-day', summary: 'The database backups kept in the data dir', response: () => import('./answers.js').then((a) => z.array(a.backupFileAnswer)) }), requirePermission('backups.manage'), (c) => ok(c, listBackups(ctx.config.dataDir)));

  ctx.api.post('/backups', routeDoc({ tag: 'business-day', summary: 'Take a database backup now (SQLite online backup), journaled', status: 201, response: () => import('./answers.js').then((a) => a.backupCreatedAnswer) }), requirePermission('backups.manage'), async (c) => {
    // The copy runs on SQLite's online backup API outside any transaction; the journal then records it.
    const backup = await backupDatabase(ctx.db, ctx.config.dataDir, 'manual', configuredBackupKeep(ctx.db), () => ctx.commands.durable());
    const name = backup.file.slice(backupDir(ctx.config.dataDir).length + 1);
    return runCommand(
      c,
      'backup.create',
      (tx) => {
        tx.emit({ type: 'backup.created', aggregateType: 'backup', aggregateId: name, payload: { name, bytes: backup.bytes, removed: backup.removed } });
        return { name, bytes: backup.bytes, removed: backup.removed };
      },
      201,
    );
  });

  // One restore at a time: a second one meanwhile would stage over the first's copy, and whichever
  // restart ran last would decide which backup the store runs on. Once accepted, the appliance
  // restarts and registers its routes afresh.
  let restoring = false;
  ctx.api.post(
    '/backups/:name/restore',
    routeDoc({
      tag: 'business-day',
      summary: 'Restore a backup: verified, the current state backed up first, then the appliance restarts on it',
      body: restoreBody,
      response: () => import('./answers.js').then((a) => a.restoreAnswer),
      status: 202,
      errors: { 404: ['BACKUP_NOT_FOUND'], 409: ['RESTORE_IN_PROGRESS', 'RESTORE_WOULD_LOSE_UNSENT_EVENTS'], 422: ['BACKUP_INVALID', 'BACKUP_NEWER_THAN_APPLIANCE', 'BACKUP_OF_ANOTHER_STORE'], 503: ['RESTART_NOT_SUPPORTED'] },
    }),
    requirePermission('backups.manage'),
    async (c) => {
      const name = readParam(c, 'name');
      const { confirmUnsentEvents = false } = await readJson(c, restoreBody);
      if (!BACKUP_FILE_NAME.test(name) || !listBackups(ctx.config.dataDir).some((b) => b.name === name)) throw notFound('BACKUP_NOT_FOUND');
      if (restoring) throw conflict('RESTORE_IN_PROGRESS');
      restoring = true;
      try {
        const staged = stageVerifiedBackup(ctx.config.dataDir, name);
        refuseLosingUnsentEvents(staged, hq, confirmUnsentEvents);
        const { journalSeq } = staged;
        const current = await backupDatabase(ctx.db, ctx.config.dataDir, PRE_RESTORE_LABEL, configuredBackupKeep(ctx.db), () => ctx.commands.durable());
        const preRestoreBackup = current.file.slice(backupDir(ctx.config.dataDir).length + 1);
        const actor = c.get('actor');
        const marker = { name, preRestoreBackup, requestedBy: actor?.id ?? null };
        const journalHeadSeq = ctx.journal.lastSeq();
        if (!ctx.requestRestart('backup-restore', () => swapInStagedBackup(ctx.config.dataDir, marker))) throw new AppError('RESTART_NOT_SUPPORTED', 503);
        ctx.logger.warn({ name, preRestoreBackup, journalSeq }, 'restoring a backup: the appliance restarts on it');
        return ok(c, { name, preRestoreBackup, journalSeq, journalHeadSeq, restarting: true as const }, 202);
      } catch (error) {
        // Nothing was swapped: no staged copy stays behind, and another restore may be asked for.
        discardStagedBackup(ctx.config.dataDir);
        restoring = false;
        throw error;
      }
    },
  );

  ctx.api.get('/backups/:name', routeDoc({ tag: 'business-day', summary: 'Download a backup file', produces: 'application/vnd.sqlite3', errors: { 404: ['BACKUP_NOT_FOUND'] } }), requirePermission('backups.manage'), async (c) => {
    const name = readParam(c, 'name');
    if (!BACKUP_FILE_NAME.test(name) || !listBackups(ctx.config.dataDir).some((b) => b.name === name)) throw notFound('BACKUP_NOT_FOUND');
    const body = await readFile(join(backupDir(ctx.config.dataDir), name));
    return c.body(new Uint8Array(body), 200, { 'content-type': 'application/vnd.sqlite3', 'content-disposition': `attachment; filename="${name}"` });
  });
}
