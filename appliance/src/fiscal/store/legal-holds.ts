import type Database from 'better-sqlite3';
import type { CommandTx } from '../../kernel/journal/command-bus.js';
import { AppError } from '../../kernel/errors.js';
import { documentsForOrder, toSummary, type FiscalDocumentSummary } from './documents.js';

/**
 * Fiscal documents kept after their consumer's data was erased (a deletion or an anonymization
 * request; LGPD art. 16 I): the XML stays untouched for the fiscal retention period, and is used
 * only for what the law requires it for (transmission, cancellation, the accountant's monthly
 * export); viewing the XML or reprinting the DANFE is refused while the hold lasts, since it names
 * the consumer the erasure was meant to put out of staff's reach.
 */
export function placeFiscalLegalHold(tx: CommandTx, accessKey: string, holdUntil: string, reason: string): void {
  tx
    .prepare(
      `INSERT INTO fiscal_legal_holds (access_key, reason, held_at, hold_until) VALUES (?, ?, ?, ?)
       ON CONFLICT (access_key) DO UPDATE SET hold_until = max(hold_until, excluded.hold_until)`,
    )
    .run(accessKey, reason, tx.nowIso, holdUntil);
}

/** When the hold on this document (by access key) ends, if one lasts at `nowIso`; null when it is free to show. */
function heldUntil(db: Database.Database, accessKey: string, nowIso: string): string | null {
  return (db.prepare('SELECT hold_until FROM fiscal_legal_holds WHERE access_key = ? AND hold_until > ?').pluck().get(accessKey, nowIso) as string | undefined) ?? null;
}

/**
 * Refuses any use of a held document other than the fiscal one: showing its XML, rendering or
 * printing its DANFE (the fiscal routes, a reprint at the till, a retried print job), since the
 * document names a consumer whose data was erased.
 */
export function assertNotUnderLegalHold(db: Database.Database, accessKey: string, nowIso: string): void {
  const until = heldUntil(db, accessKey, nowIso);
  if (until) throw new AppError('FISCAL_DOCUMENT_LEGAL_HOLD', 423, 'FISCAL_DOCUMENT_LEGAL_HOLD', { holdUntil: until });
}

/** The same check by the document's id (print jobs name their document by id); an unknown id is not held. */
export function assertDocumentNotUnderLegalHold(db: Database.Database, documentId: string, nowIso: string): void {
  const accessKey = db.prepare('SELECT access_key FROM fiscal_documents WHERE id = ?').pluck().get(documentId) as string | undefined;
  if (accessKey) assertNotUnderLegalHold(db, accessKey, nowIso);
}

/** Whether a document (by id) is under legal hold at `nowIso`: for work that skips it rather than refusing (queueing its DANFE). */
export function documentUnderLegalHold(db: Database.Database, documentId: string, nowIso: string): boolean {
  const accessKey = db.prepare('SELECT access_key FROM fiscal_documents WHERE id = ?').pluck().get(documentId) as string | undefined;
  return accessKey !== undefined && heldUntil(db, accessKey, nowIso) !== null;
}

/**
 * The ids of the documents of these orders: what an erasure looks for among queued print jobs (a
 * DANFE names the consumer). Reads ids only, so it works on a backup too, and answers nothing for
 * a database without fiscal documents (a backup of an older version, an appliance without the module).
 */
export function fiscalDocumentIdsOfOrders(db: Database.Database, orderIds: readonly string[]): string[] {
  if (orderIds.length === 0 || db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'fiscal_documents'").get() === undefined) return [];
  return db.prepare('SELECT id FROM fiscal_documents WHERE order_id IN (SELECT value FROM json_each(?)) ORDER BY id').pluck().all(JSON.stringify(orderIds)) as string[];
}

/**
 * The live holds on these documents (by id), copied into a backup after the erasure committed: a
 * restore of a copy taken before it must not serve their XML or DANFE again. A backup without
 * fiscal documents, or without the holds table (an older version's), is left as it is.
 */
export function copyLegalHoldsIntoBackup(backup: Database.Database, live: Database.Database, documentIds: readonly string[]): void {
  const hasTable = (name: string) => backup.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined;
  if (documentIds.length === 0 || !hasTable('fiscal_documents') || !hasTable('fiscal_legal_holds')) return;
  const accessKeys = backup.prepare('SELECT access_key FROM fiscal_documents WHERE id IN (SELECT value FROM json_each(?))').pluck().all(JSON.stringify(documentIds)) as string[];
  const read = live.prepare('SELECT access_key, reason, held_at, hold_until FROM fiscal_legal_holds WHERE access_key = ?');
  const write = backup.prepare(
    `INSERT INTO fiscal_legal_holds (access_key, reason, held_at, hold_until) VALUES (@access_key, @reason, @held_at, @hold_until)
     ON CONFLICT (access_key) DO UPDATE SET hold_until = max(hold_until, excluded.hold_until)`,
  );
  for (const accessKey of accessKeys) {
    const hold = read.get(accessKey);
    if (hold) write.run(hold);
  }
}

/** The documents of an order, for a data-subject export (keys and totals, never the XML). */
export function fiscalDocumentsOfOrder(db: Database.Database, orderId: string): FiscalDocumentSummary[] {
  return documentsForOrder(db, orderId).map(toSummary);
}
