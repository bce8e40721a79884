import type Database from 'better-sqlite3';
import type { HealthCheck } from '../../kernel/health.js';
import { backlogSummary } from './backlog-store.js';

/**
 * The `fiscal` check of /health: degraded from the first paid sale without its fiscal document
 * until the backlog is empty again (emitted or waived), whatever the reason emission stopped.
 */
export function fiscalHealth(db: Database.Database, emissionOn: boolean): HealthCheck {
  const backlog = backlogSummary(db);
  const offline = db.prepare("SELECT COUNT(*) FROM fiscal_documents WHERE status = 'CONTINGENCY'").pluck().get() as number;
  return {
    status: backlog.pending > 0 ? 'degraded' : 'ok',
    emission: emissionOn ? 'on' : 'off',
    backlog: backlog.pending,
    oldestPendingOrderId: backlog.oldestOrderId,
    oldestPendingSaleAt: backlog.oldestSettledAt,
    contingencyPending: offline,
  };
}
