import type Database from 'better-sqlite3';
import type { CommandTx } from '../../kernel/journal/command-bus.js';
import { AppError } from '../../kernel/errors.js';
import { documentsForOrder, toSummary, type FiscalDocumentSummary } from './documents.js';

/**
 * Fiscal documents kept after their consumer asked for deletion (LGPD art. 16 I): the XML stays
 * untouched for the fiscal retention period, and is used only for what the law requires it for
 * (transmission, cancellation, the accountant's monthly export); viewing the XML or reprinting the
 * DANFE is refused while the hold lasts.
 */
export function placeFiscalLegalHold(tx: CommandTx, accessKey: string, holdUntil: string, reason: string): void {
  tx
    .prepare(
      `INSERT INTO fiscal_legal_holds (access_key, reason, held_at, hold_until) VALUES (?, ?, ?, ?)
       ON CONFLICT (access_key) DO UPDATE SET hold_until = max(hold_until, excluded.hold_until)`,
    )
    .run(accessKey, reason, tx.nowIso, holdUntil);
}

export function assertNotUnderLegalHold(db: Database.Database, accessKey: string, nowIso: string): void {
  const until = db.prepare('SELECT hold_until FROM fiscal_legal_holds WHERE access_key = ? AND hold_until > ?').pluck().get(accessKey, nowIso) as string | undefined;
  if (until) throw new AppError('FISCAL_DOCUMENT_LEGAL_HOLD', 423, 'FISCAL_DOCUMENT_LEGAL_HOLD', { holdUntil: until });
}

/** The documents of an order, for a data-subject export (keys and totals, never the XML). */
export function fiscalDocumentsOfOrder(db: Database.Database, orderId: string): FiscalDocumentSummary[] {
  return documentsForOrder(db, orderId).map(toSummary);
}
