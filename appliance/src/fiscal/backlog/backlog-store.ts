import { prepareCached } from '../../kernel/db/statements.js';
import type Database from 'better-sqlite3';
import { AppError } from '../../kernel/errors.js';
import type { FiscalTx } from '../emission/context.js';

export const BACKLOG_AGGREGATE = 'order';

/**
 * PENDING: no fiscal document yet. DOCUMENTED: a document exists (authorized, offline in
 * contingency or denied). NOTHING_TO_DOCUMENT: the order had no goods lines (only ISS services or
 * free items). WAIVED: a manager decided, with a reason, not to emit.
 */
export type BacklogStatus = 'PENDING' | 'DOCUMENTED' | 'NOTHING_TO_DOCUMENT' | 'WAIVED';

/** Why the sale went to the backlog instead of getting its document at once. */
export type DeferredReason =
  | 'EMISSION_OFF' // no fiscal config, SEFAZ tables or certificate
  | 'BEHIND_BACKLOG' // older sales wait: documents go out in sale order
  | 'EMISSION_FAILED' // an error that may pass (disk, certificate read, ...)
  | 'FISCAL_DATA_REFUSED'; // the product data was refused (NCM, tax group, ...)

export interface BacklogEntry {
  orderId: string;
  position: number;
  businessDate: string;
  totalCents: number;
  settledAt: string;
  status: BacklogStatus;
  deferredReason: DeferredReason;
  attempts: number;
  lastErrorCode: string | null;
  lastAttemptAt: string | null;
  documentId: string | null;
  waiverReason: string | null;
  resolvedBy: string | null;
  resolvedAt: string | null;
}

interface BacklogRow {
  order_id: string;
  position: number;
  business_date: string;
  total_cents: number;
  settled_at: string;
  status: BacklogStatus;
  deferred_reason: DeferredReason;
  attempts: number;
  last_error_code: string | null;
  last_attempt_at: string | null;
  document_id: string | null;
  waiver_reason: string | null;
  resolved_by: string | null;
  resolved_at: string | null;
}

const toEntry = (row: BacklogRow): BacklogEntry => ({
  orderId: row.order_id,
  position: row.position,
  businessDate: row.business_date,
  totalCents: row.total_cents,
  settledAt: row.settled_at,
  status: row.status,
  deferredReason: row.deferred_reason,
  attempts: row.attempts,
  lastErrorCode: row.last_error_code,
  lastAttemptAt: row.last_attempt_at,
  documentId: row.document_id,
  waiverReason: row.waiver_reason,
  resolvedBy: row.resolved_by,
  resolvedAt: row.resolved_at,
});

export interface DeferredSale {
  orderId: string;
  businessDate: string;
  totalCents: number;
  settledAt: string;
}

export function backlogEntry(db: Database.Database, orderId: string): BacklogEntry | null {
  const row = prepareCached(db, 'SELECT * FROM fiscal_emission_backlog WHERE order_id = ?').get(orderId) as BacklogRow | undefined;
  return row ? toEntry(row) : null;
}

/** Pending sales in sale order (the order they were deferred in). */
export function pendingBacklog(db: Database.Database, limit = 500): BacklogEntry[] {
  const rows = db.prepare("SELECT * FROM fiscal_emission_backlog WHERE status = 'PENDING' ORDER BY position LIMIT ?").all(limit) as BacklogRow[];
  return rows.map(toEntry);
}

export function hasPendingBacklog(db: Database.Database): boolean {
  // Asked on every sale (twice: in the payment's commit and after it).
  return prepareCached(db, "SELECT 1 FROM fiscal_emission_backlog WHERE status = 'PENDING' LIMIT 1").get() !== undefined;
}

export interface BacklogSummary {
  pending: number;
  oldestOrderId: string | null;
  oldestSettledAt: string | null;
}

export function backlogSummary(db: Database.Database): BacklogSummary {
  const count = db.prepare("SELECT COUNT(*) FROM fiscal_emission_backlog WHERE status = 'PENDING'").pluck().get() as number;
  const oldest = db
    .prepare("SELECT order_id, settled_at FROM fiscal_emission_backlog WHERE status = 'PENDING' ORDER BY position LIMIT 1")
    .get() as { order_id: string; settled_at: string } | undefined;
  return { pending: count, oldestOrderId: oldest?.order_id ?? null, oldestSettledAt: oldest?.settled_at ?? null };
}

/** Puts a paid order in the backlog once (a replay of the same sale changes nothing). */
export function deferEmission(tx: FiscalTx, sale: DeferredSale, reason: DeferredReason, errorCode: string | null = null): boolean {
  if (backlogEntry(tx.db, sale.orderId)) return false;
  const position = ((tx.db.prepare('SELECT MAX(position) FROM fiscal_emission_backlog').pluck().get() as number | null) ?? 0) + 1;
  tx.db
    .prepare(
      `INSERT INTO fiscal_emission_backlog (order_id, position, business_date, total_cents, settled_at, status, deferred_reason, last_error_code, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, 'PENDING', ?, ?, ?, ?)`,
    )
    .run(sale.orderId, position, sale.businessDate, sale.totalCents, sale.settledAt, reason, errorCode, tx.nowIso, tx.nowIso);
  tx.emit({
    type: 'fiscal.emission_deferred',
    aggregateType: BACKLOG_AGGREGATE,
    aggregateId: sale.orderId,
    payload: { orderId: sale.orderId, businessDate: sale.businessDate, totalCents: sale.totalCents, settledAt: sale.settledAt, reason, errorCode },
  });
  return true;
}

/**
 * A failed attempt on a pending sale: it stays pending with the error the manager sees. The
 * journal hears about a new error, not about every retry of the same one.
 */
export function recordBacklogAttempt(tx: FiscalTx, orderId: string, errorCode: string): void {
  const entry = backlogEntry(tx.db, orderId);
  if (!entry || entry.status !== 'PENDING') return;
  tx.db
    .prepare('UPDATE fiscal_emission_backlog SET attempts = attempts + 1, last_error_code = ?, last_attempt_at = ?, updated_at = ? WHERE order_id = ?')
    .run(errorCode, tx.nowIso, tx.nowIso, orderId);
  if (entry.lastErrorCode === errorCode) return;
  tx.emit({
    type: 'fiscal.deferred_emission_failed',
    aggregateType: BACKLOG_AGGREGATE,
    aggregateId: orderId,
    payload: { orderId, errorCode, attempts: entry.attempts + 1 },
  });
}

/** The pending sale got its document (or turned out to have nothing to document). */
export function resolveBacklog(tx: FiscalTx, orderId: string, outcome: { status: 'DOCUMENTED'; documentId: string } | { status: 'NOTHING_TO_DOCUMENT' }): boolean {
  const entry = backlogEntry(tx.db, orderId);
  if (!entry || entry.status !== 'PENDING') return false;
  const documentId = outcome.status === 'DOCUMENTED' ? outcome.documentId : null;
  tx.db
    .prepare('UPDATE fiscal_emission_backlog SET status = ?, document_id = ?, attempts = attempts + 1, last_attempt_at = ?, resolved_at = ?, updated_at = ? WHERE order_id = ?')
    .run(outcome.status, documentId, tx.nowIso, tx.nowIso, tx.nowIso, orderId);
  tx.emit({
    type: 'fiscal.deferred_emission_resolved',
    aggregateType: BACKLOG_AGGREGATE,
    aggregateId: orderId,
    payload: { orderId, outcome: outcome.status, documentId, settledAt: entry.settledAt, position: entry.position },
  });
  return true;
}

/** A manager's decision not to emit for a pending sale, with the reason, in the journal. */
export function waiveEmission(tx: FiscalTx, orderId: string, reason: string, managerId: string): BacklogEntry {
  const entry = backlogEntry(tx.db, orderId);
  if (!entry) throw new AppError('FISCAL_BACKLOG_ENTRY_NOT_FOUND', 404, 'FISCAL_BACKLOG_ENTRY_NOT_FOUND', { orderId });
  if (entry.status !== 'PENDING') throw new AppError('FISCAL_BACKLOG_ENTRY_NOT_PENDING', 409, 'FISCAL_BACKLOG_ENTRY_NOT_PENDING', { orderId, status: entry.status });
  tx.db
    .prepare("UPDATE fiscal_emission_backlog SET status = 'WAIVED', waiver_reason = ?, resolved_by = ?, resolved_at = ?, updated_at = ? WHERE order_id = ?")
    .run(reason, managerId, tx.nowIso, tx.nowIso, orderId);
  tx.emit({
    type: 'fiscal.emission_waived',
    aggregateType: BACKLOG_AGGREGATE,
    aggregateId: orderId,
    payload: { orderId, reason, managerId, settledAt: entry.settledAt, totalCents: entry.totalCents },
  });
  return backlogEntry(tx.db, orderId)!;
}
