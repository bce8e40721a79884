import type { Db } from '../kernel/db/open.js';
import type { CashierOperationType } from './drawer-math.js';
import type { CashierLimits } from './limits.js';
import type { CashierSession } from './queries.js';

/**
 * What the drawer already moved today, of this type, without a manager: the drawer is the
 * terminal (or the operator, should they move to another terminal) on the business day, so
 * closing and reopening a session does not reset the allowance.
 */
export function unapprovedTotalOfDay(db: Db, session: CashierSession, type: CashierOperationType): number {
  return db
    .prepare(
      `SELECT COALESCE(SUM(o.amount_cents), 0) FROM cashier_operations o JOIN cashier_sessions s ON s.id = o.session_id
       WHERE s.business_day_id = ? AND (s.terminal_id = ? OR s.operator_id = ?) AND o.type = ? AND o.manager_id IS NULL`,
    )
    .pluck()
    .get(session.businessDayId, session.terminalId, session.operatorId, type) as number;
}

/** Only withdrawals and refunds take money out of the drawer past a limit; sales and deposits have none. */
export function hasOverrideLimit(type: CashierOperationType): boolean {
  return type === 'WITHDRAWAL' || type === 'REFUND';
}

/**
 * The override a movement needs. Limits are cumulative: `cumulativeCents` is this movement plus
 * what it adds to (the drawer's unapproved total of the day, or the refunds of the same payment),
 * so five refunds of R$ 100,00 need the manager just as one of R$ 500,00 does.
 */
export function overrideActionFor(type: CashierOperationType, cumulativeCents: number, limits: CashierLimits): string | null {
  if (type === 'WITHDRAWAL' && cumulativeCents > limits.withdrawalOverrideAboveCents) return 'cashier.withdrawal';
  if (type === 'REFUND' && cumulativeCents > limits.refundOverrideAboveCents) return 'cashier.refund';
  return null;
}
