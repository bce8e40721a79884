import { prepareCached } from '../kernel/db/statements.js';
import type { Db } from '../kernel/db/open.js';
import { templateDataSchemas } from '../devices/printer/templates/schemas.js';
import { AppError, businessRule, notFound } from '../kernel/errors.js';
import { newId } from '../kernel/ids.js';
import type { CommandTx } from '../kernel/journal/command-bus.js';
import { vaultOf } from '../kernel/pii/vault.js';
import { printingMessages } from './messages.pt-BR.js';
import { DRAWER_KICK_FRESH_FOR_MS, DRAWER_KICK_KIND, toPrintJob, type PrintJob, type PrintJobRow, type PrintPayloadSpec } from './print-job.js';
import { findPrinterConfig } from './printer-store.js';
import type { RetryGuard } from './retry-guards.js';
import { sealedPrintPayloads } from './sealed-payload.js';

export interface RetryPolicy {
  /** First retry delay; doubles per failed attempt on the same printer. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** Failed attempts on one printer before its backup takes the job. */
  failoverAfterAttempts: number;
  /** Attempts over all printers before the job is FAILED and needs a person. */
  maxAttempts: number;
  /**
   * How long after it was queued a job keeps waiting for a printer that says it is not ready (paper
   * out, cover open) once its attempts are spent; default 30 minutes.
   */
  notReadyPatienceMs?: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { baseDelayMs: 1000, maxDelayMs: 60_000, failoverAfterAttempts: 2, maxAttempts: 8 };

/**
 * Paper out or a cover left open is put right by someone at the printer, often after the rush's
 * first minutes: eight attempts are spent in about two. Failed then, every kitchen ticket queued
 * meanwhile would wait for a person to retry each from the back office; so such a job keeps
 * waiting (a retry a minute at most) for this long after it was queued, then fails loudly.
 */
const DEFAULT_NOT_READY_PATIENCE_MS = 30 * 60_000;

export interface EnqueueInput {
  printerId: string;
  kind: string;
  payload: PrintPayloadSpec;
  source?: { type: string; id: string };
  /** Same key, same job: lets at-least-once event consumers enqueue without duplicate tickets. */
  dedupeKey?: string;
}

const eventOf = (job: PrintJob) => ({
  jobId: job.id,
  kind: job.kind,
  printerId: job.printerId,
  requestedPrinterId: job.requestedPrinterId,
  status: job.status,
  attempts: job.attempts,
  source: job.source,
});

export function loadJob(db: Db, id: string): PrintJobRow {
  const row = prepareCached(db, 'SELECT * FROM print_jobs WHERE id = ?').get(id) as PrintJobRow | undefined;
  if (!row) throw notFound('PRINT_JOB_NOT_FOUND', { id });
  return row;
}

/**
 * Queues a print job inside the caller's command transaction, so "order confirmed" and "ticket
 * queued" commit together. Printing happens after commit, in the queue worker.
 */
export function enqueuePrintJob(tx: CommandTx, input: EnqueueInput): PrintJob {
  if ('template' in input.payload) {
    const parsed = templateDataSchemas[input.payload.template].safeParse(input.payload.data);
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => ({ path: i.path.join('.'), code: i.code, message: i.message }));
      throw new AppError('PRINT_TEMPLATE_INVALID', 400, 'PRINT_TEMPLATE_INVALID', issues, { template: input.payload.template });
    }
  }
  if (input.dedupeKey) {
    const existing = tx.prepare('SELECT * FROM print_jobs WHERE dedupe_key = ?').get(input.dedupeKey) as PrintJobRow | undefined;
    if (existing) return toPrintJob(existing);
  }
  if (!findPrinterConfig(tx.db, input.printerId)) throw notFound('PRINTER_NOT_FOUND', { printerId: input.printerId });
  const id = newId();
  tx.prepare(
      `INSERT INTO print_jobs (id, kind, payload, requested_printer_id, printer_id, tried_printer_ids, status, attempts,
         attempts_on_printer, next_attempt_at, source_type, source_id, dedupe_key, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, 'QUEUED', 0, 0, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      id,
      input.kind,
      sealedPrintPayloads.seal(vaultOf(tx.db).keyring, id, JSON.stringify(input.payload)),
      input.printerId,
      input.printerId,
      JSON.stringify([input.printerId]),
      tx.nowIso,
      input.source?.type ?? null,
      input.source?.id ?? null,
      input.dedupeKey ?? null,
      tx.nowIso,
      tx.nowIso,
    );
  const job = toPrintJob(loadJob(tx.db, id));
  tx.emit({ type: 'print_job.queued', aggregateType: 'print_job', aggregateId: id, payload: eventOf(job) });
  return job;
}

/** Whether a job was queued under this dedupe key (whatever became of it). */
export function hasJobWithKey(db: Db, dedupeKey: string): boolean {
  return prepareCached(db, 'SELECT 1 FROM print_jobs WHERE dedupe_key = ?').get(dedupeKey) !== undefined;
}

/** Whether paper of this source came out of a printer: a job of it printed (a queued or failed one did not). */
export function hasPrintedJobOf(db: Db, sourceType: string, sourceIds: readonly string[]): boolean {
  return (
    prepareCached(db, "SELECT 1 FROM print_jobs WHERE source_type = ? AND source_id IN (SELECT value FROM json_each(?)) AND status = 'DONE' LIMIT 1").get(
      sourceType,
      JSON.stringify(sourceIds),
    ) !== undefined
  );
}

/**
 * Called only after the printer acknowledged every byte; what was printed is not kept
 * (sealed-payload.ts). The attempt is counted here, with its outcome: a job being sent is held by
 * the queue worker in memory, not committed (queue-worker.ts says why).
 */
export function markDone(tx: CommandTx, id: string, bytes: number): PrintJob {
  tx.prepare(
      `UPDATE print_jobs SET status = 'DONE', attempts = attempts + 1, attempts_on_printer = attempts_on_printer + 1, payload = '', bytes = ?,
         printed_at = ?, updated_at = ?, last_error_code = NULL, last_error = NULL WHERE id = ?`,
    )
    .run(bytes, tx.nowIso, tx.nowIso, id);
  const job = toPrintJob(loadJob(tx.db, id));
  tx.emit({ type: 'print_job.done', aggregateType: 'print_job', aggregateId: id, payload: { ...eventOf(job), bytes } });
  return job;
}

export function backoffMs(policy: RetryPolicy, attemptsOnPrinter: number): number {
  return Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attemptsOnPrinter - 1));
}

/**
 * Decides what a failed attempt leads to: the backup printer (at once when the printer said it is
 * not ready, since nothing was printed), a later retry with exponential backoff, or FAILED. The
 * attempt is counted here, with its outcome.
 */
export function recordFailure(tx: CommandTx, id: string, error: { code: string; message: string }, policy: RetryPolicy): PrintJob {
  const row = loadJob(tx.db, id);
  // Withdrawn while it was on its way to the printer: it stays withdrawn, never queued again.
  if (isWithdrawn(row.last_error_code)) return toPrintJob(row);
  const attempts = row.attempts + 1;
  const attemptsOnPrinter = row.attempts_on_printer + 1;
  const tried = JSON.parse(row.tried_printer_ids) as string[];
  const backup = findPrinterConfig(tx.db, row.printer_id)?.backupPrinterId;
  const backupUsable = backup && !tried.includes(backup) && findPrinterConfig(tx.db, backup);
  // A job that cannot even be laid out will not print anywhere, and a drawer pulse is sent once: no retries, no failover.
  const permanent = error.code === 'PRINT_RENDER_FAILED' || row.kind === DRAWER_KICK_KIND;
  const wantsFailover = error.code === 'PRINTER_NOT_READY' || error.code === 'PRINTER_NOT_CONFIGURED' || attemptsOnPrinter >= policy.failoverAfterAttempts;
  const failure = [error.code, error.message.slice(0, 500), tx.nowIso, id] as const;

  if (!permanent && backupUsable && wantsFailover && attempts < policy.maxAttempts) {
    tx.prepare(
        `UPDATE print_jobs SET status = 'QUEUED', printer_id = ?, tried_printer_ids = ?, attempts = ?, attempts_on_printer = 0, next_attempt_at = ?,
           last_error_code = ?, last_error = ?, updated_at = ? WHERE id = ?`,
      )
      .run(backup, JSON.stringify([...tried, backup]), attempts, tx.nowIso, ...failure);
    const job = toPrintJob(loadJob(tx.db, id));
    tx.emit({ type: 'print_job.failed_over', aggregateType: 'print_job', aggregateId: id, payload: { ...eventOf(job), fromPrinterId: row.printer_id, errorCode: error.code } });
    return job;
  }
  const waitsForPrinter =
    error.code === 'PRINTER_NOT_READY' && tx.now.getTime() - Date.parse(row.created_at) < (policy.notReadyPatienceMs ?? DEFAULT_NOT_READY_PATIENCE_MS);
  if (permanent || (attempts >= policy.maxAttempts && !waitsForPrinter)) {
    tx.prepare("UPDATE print_jobs SET status = 'FAILED', attempts = ?, attempts_on_printer = ?, last_error_code = ?, last_error = ?, updated_at = ? WHERE id = ?")
      .run(attempts, attemptsOnPrinter, ...failure);
    const job = toPrintJob(loadJob(tx.db, id));
    tx.emit({ type: 'print_job.failed', aggregateType: 'print_job', aggregateId: id, payload: { ...eventOf(job), errorCode: error.code, error: job.lastError } });
    return job;
  }
  const next = new Date(tx.now.getTime() + backoffMs(policy, attemptsOnPrinter)).toISOString();
  tx.prepare("UPDATE print_jobs SET status = 'QUEUED', attempts = ?, attempts_on_printer = ?, next_attempt_at = ?, last_error_code = ?, last_error = ?, updated_at = ? WHERE id = ?")
    .run(attempts, attemptsOnPrinter, next, ...failure);
  const job = toPrintJob(loadJob(tx.db, id));
  tx.emit({ type: 'print_job.retry_scheduled', aggregateType: 'print_job', aggregateId: id, payload: { ...eventOf(job), errorCode: error.code, nextAttemptAt: next } });
  return job;
}

/**
 * A person asks for a failed job again: fresh attempt budget, back on the printer it was meant for.
 * The guard of the job's source (retry-guards.ts) may refuse it: what it prints may no longer be
 * printed (a DANFE whose document went under legal hold after the sale).
 */
export function retryFailedJob(tx: CommandTx, id: string, guards: ReadonlyMap<string, RetryGuard> = new Map()): PrintJob {
  const row = loadJob(tx.db, id);
  if (row.status !== 'FAILED') throw businessRule('PRINT_JOB_NOT_FAILED', { id, status: row.status });
  if (isWithdrawn(row.last_error_code)) throw businessRule(row.last_error_code!, { id });
  // Sent now, a failed pulse would open a till's drawer long after its cash movement, maybe with
  // nobody there, and outside the journaled "abrir gaveta" the drawer's close counts.
  if (row.kind === DRAWER_KICK_KIND) throw businessRule('PRINT_DRAWER_KICK_NOT_RETRYABLE', { id });
  if (row.source_type && row.source_id) guards.get(row.source_type)?.(tx, row.source_id);
  tx.prepare(
      `UPDATE print_jobs SET status = 'QUEUED', attempts = 0, attempts_on_printer = 0, printer_id = requested_printer_id,
         tried_printer_ids = json_array(requested_printer_id), next_attempt_at = ?, updated_at = ? WHERE id = ?`,
    )
    .run(tx.nowIso, tx.nowIso, id);
  const job = toPrintJob(loadJob(tx.db, id));
  tx.emit({ type: 'print_job.queued', aggregateType: 'print_job', aggregateId: id, payload: { ...eventOf(job), retriedBy: tx.actor?.id ?? null } });
  return job;
}

/**
 * After a restart, QUEUED jobs waiting out a backoff become due at once. A job that was being sent
 * when the process died is still QUEUED and prints again (at-least-once; a duplicate beats a lost
 * ticket). Releases before the in-memory send committed a PRINTING state: such rows, left by a
 * process that died mid-print before the store was updated, are queued again the same way.
 */
export function resumeAfterRestart(tx: CommandTx): PrintJob[] {
  failStaleDrawerKicks(tx);
  const rows = tx.prepare("SELECT * FROM print_jobs WHERE status = 'PRINTING'").all() as PrintJobRow[];
  tx.prepare("UPDATE print_jobs SET next_attempt_at = ? WHERE status = 'QUEUED' AND next_attempt_at > ?").run(tx.nowIso, tx.nowIso);
  return rows.map((row) => {
    tx.prepare("UPDATE print_jobs SET status = 'QUEUED', next_attempt_at = ?, updated_at = ? WHERE id = ?").run(tx.nowIso, tx.nowIso, row.id);
    const job = toPrintJob(loadJob(tx.db, row.id));
    tx.emit({ type: 'print_job.queued', aggregateType: 'print_job', aggregateId: row.id, payload: { ...eventOf(job), resumedAfterRestart: true } });
    return job;
  });
}

/**
 * Why jobs not printed yet are withdrawn, as the code their failure carries: the personal data they
 * print was erased (`PRINT_JOB_WITHDRAWN`), or what they print no longer stands, an order cancelled
 * or its lines moved since it was queued (`PRINT_JOB_OUTDATED`).
 */
const WITHDRAWAL_CODES = { personalDataErased: 'PRINT_JOB_WITHDRAWN', outdated: 'PRINT_JOB_OUTDATED' } as const;
type WithdrawalReason = keyof typeof WITHDRAWAL_CODES;
const isWithdrawn = (code: string | null): boolean => Object.values<string | null>(WITHDRAWAL_CODES).includes(code);

/**
 * Failed jobs a person can still print with a retry. A withdrawn job and a drawer pulse are refused
 * by `retryFailedJob`: counted as waiting for someone, they would hold the health check degraded for good.
 */
export function countRetryableFailedJobs(db: Db): number {
  return prepareCached(db, "SELECT count(*) FROM print_jobs WHERE status = 'FAILED' AND kind <> ? AND coalesce(last_error_code, '') NOT IN (SELECT value FROM json_each(?))")
    .pluck()
    .get(DRAWER_KICK_KIND, JSON.stringify(Object.values(WITHDRAWAL_CODES))) as number;
}

export interface WithdrawalOptions {
  /** Default: the personal data they print was erased. */
  reason?: WithdrawalReason;
  /** Only the jobs of this kind (a kitchen ticket's own paper, not the slips about it). */
  kind?: string;
}

/**
 * The jobs of these sources not printed yet (a customer's erasure: route slips naming them and
 * their address; a kitchen ticket whose order was cancelled) are withdrawn: FAILED with what they
 * would print blanked, journaled like any failure, and no retry brings them back. A job on its way
 * to the printer at this moment prints.
 */
export function withdrawJobsOf(tx: CommandTx, sourceType: string, sourceIds: readonly string[], options: WithdrawalOptions = {}): number {
  if (sourceIds.length === 0) return 0;
  const code = WITHDRAWAL_CODES[options.reason ?? 'personalDataErased'];
  const ids = tx
    .prepare(
      `SELECT id FROM print_jobs WHERE source_type = ? AND source_id IN (SELECT value FROM json_each(?)) AND status IN ('QUEUED', 'FAILED')
         AND coalesce(last_error_code, '') NOT IN (SELECT value FROM json_each(?)) AND kind = coalesce(?, kind)`,
    )
    .pluck()
    .all(sourceType, JSON.stringify(sourceIds), JSON.stringify(Object.values(WITHDRAWAL_CODES)), options.kind ?? null) as string[];
  for (const id of ids) {
    tx.prepare("UPDATE print_jobs SET status = 'FAILED', payload = '', last_error_code = ?, last_error = ?, updated_at = ? WHERE id = ?").run(code, printingMessages[code], tx.nowIso, id);
    const job = toPrintJob(loadJob(tx.db, id));
    tx.emit({ type: 'print_job.failed', aggregateType: 'print_job', aggregateId: id, payload: { ...eventOf(job), errorCode: code, error: job.lastError } });
  }
  return ids.length;
}

/** The same in a backup of the store, after the erasure committed: restored, the jobs stay withdrawn. */
export function withdrawJobsInBackup(backup: Db, sourceType: string, sourceIds: readonly string[]): void {
  if (sourceIds.length === 0 || backup.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'print_jobs'").get() === undefined) return;
  backup
    .prepare("UPDATE print_jobs SET status = 'FAILED', payload = '', last_error_code = ? WHERE source_type = ? AND source_id IN (SELECT value FROM json_each(?)) AND status <> 'DONE'")
    .run(WITHDRAWAL_CODES.personalDataErased, sourceType, JSON.stringify(sourceIds));
}

/**
 * A drawer pulse that waited longer than its freshness while the queue was down would open a drawer
 * long after its sale. One queued moments before (a restart from the service dashboard, a quick
 * power cycle) still opens it: the cashier is waiting at the till for it.
 */
function failStaleDrawerKicks(tx: CommandTx): void {
  const freshSince = new Date(tx.now.getTime() - DRAWER_KICK_FRESH_FOR_MS).toISOString();
  const rows = tx.prepare("SELECT id FROM print_jobs WHERE kind = ? AND status IN ('QUEUED', 'PRINTING') AND created_at < ?").all(DRAWER_KICK_KIND, freshSince) as { id: string }[];
  for (const { id } of rows) {
    tx.prepare("UPDATE print_jobs SET status = 'FAILED', last_error_code = 'PRINT_DRAWER_KICK_STALE', last_error = ?, updated_at = ? WHERE id = ?").run(
      printingMessages.PRINT_DRAWER_KICK_STALE,
      tx.nowIso,
      id,
    );
    const job = toPrintJob(loadJob(tx.db, id));
    tx.emit({ type: 'print_job.failed', aggregateType: 'print_job', aggregateId: id, payload: { ...eventOf(job), errorCode: 'PRINT_DRAWER_KICK_STALE', error: job.lastError } });
  }
}
