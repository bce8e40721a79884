import { prepareCached } from '../kernel/db/statements.js';
import type { Db } from '../kernel/db/open.js';
import type { DrawerOperation, CashierOperationType } from './drawer-math.js';
import type { PaymentMethod } from './money.js';

export interface CashierSession {
  id: string;
  businessDayId: string;
  terminalId: string;
  operatorId: string;
  operatorName: string | null;
  openingFloatCents: number;
  status: 'OPEN' | 'CLOSED';
  openedAt: string;
  closedAt: string | null;
  closedBy: string | null;
}

export interface CashierOperation extends DrawerOperation {
  id: string;
  sessionId: string;
  reference: string | null;
  reason: string | null;
  operatorId: string | null;
  managerId: string | null;
  createdAt: string;
}

interface SessionRow {
  id: string;
  business_day_id: string;
  terminal_id: string;
  operator_id: string;
  operator_name: string | null;
  opening_float_cents: number;
  status: 'OPEN' | 'CLOSED';
  opened_at: string;
  closed_at: string | null;
  closed_by: string | null;
}

interface OperationRow {
  id: string;
  session_id: string;
  type: CashierOperationType;
  method: PaymentMethod;
  amount_cents: number;
  change_cents: number;
  reference: string | null;
  reason: string | null;
  operator_id: string | null;
  manager_id: string | null;
  created_at: string;
}

function toSession(row: SessionRow): CashierSession {
  return {
    id: row.id,
    businessDayId: row.business_day_id,
    terminalId: row.terminal_id,
    operatorId: row.operator_id,
    operatorName: row.operator_name,
    openingFloatCents: row.opening_float_cents,
    status: row.status,
    openedAt: row.opened_at,
    closedAt: row.closed_at,
    closedBy: row.closed_by,
  };
}

function toOperation(row: OperationRow): CashierOperation {
  return {
    id: row.id,
    sessionId: row.session_id,
    type: row.type,
    method: row.method,
    amountCents: row.amount_cents,
    changeCents: row.change_cents,
    reference: row.reference,
    reason: row.reason,
    operatorId: row.operator_id,
    managerId: row.manager_id,
    createdAt: row.created_at,
  };
}

export function findCashierSession(db: Db, id: string): CashierSession | null {
  const row = prepareCached(db, 'SELECT * FROM cashier_sessions WHERE id = ?').get(id) as SessionRow | undefined;
  return row ? toSession(row) : null;
}

/** The open session of an operator (one at a time), used to book cash taken at a payment. */
export function findOpenSessionOfOperator(db: Db, operatorId: string): CashierSession | null {
  const row = prepareCached(db, "SELECT * FROM cashier_sessions WHERE operator_id = ? AND status = 'OPEN'").get(operatorId) as SessionRow | undefined;
  return row ? toSession(row) : null;
}

/** Sessions still open; the business day cannot close while any exists. */
export function listOpenCashierSessions(db: Db): CashierSession[] {
  return (prepareCached(db, "SELECT * FROM cashier_sessions WHERE status = 'OPEN' ORDER BY opened_at").all() as SessionRow[]).map(toSession);
}

export function listSessionsOfDay(db: Db, businessDayId: string): CashierSession[] {
  return (prepareCached(db, 'SELECT * FROM cashier_sessions WHERE business_day_id = ? ORDER BY opened_at').all(businessDayId) as SessionRow[]).map(toSession);
}

export function listOperations(db: Db, sessionId: string): CashierOperation[] {
  return (prepareCached(db, 'SELECT * FROM cashier_operations WHERE session_id = ? ORDER BY created_at, rowid').all(sessionId) as OperationRow[]).map(toOperation);
}

/**
 * A card or PIX refund goes back through the network or the bank: it takes away only a slip this
 * drawer holds, so it counts here only when the drawer took the refunded payment. A refund of a
 * sale of another drawer or day stays in the operations (limits, slip) but moves nothing here.
 */
const MOVES_THIS_DRAWER = `NOT (op.type = 'REFUND' AND op.method <> 'CASH' AND NOT EXISTS (
    SELECT 1 FROM cashier_operations sale
     WHERE sale.session_id = op.session_id AND sale.type = 'SALE' AND sale.reference = op.reference))`;

/**
 * The session's movements summed by type and method: all the drawer expectation needs, read in
 * one aggregate so a sale late in a long session does not load every earlier movement.
 */
export function drawerMovementTotals(db: Db, sessionId: string): DrawerOperation[] {
  return prepareCached(db,
      `SELECT op.type, op.method, SUM(op.amount_cents) AS amountCents, SUM(op.change_cents) AS changeCents
         FROM cashier_operations op WHERE op.session_id = ? AND ${MOVES_THIS_DRAWER} GROUP BY op.type, op.method`,
    )
    .all(sessionId) as DrawerOperation[];
}

export function readCloseReport(db: Db, sessionId: string): unknown {
  const raw = prepareCached(db, 'SELECT close_report FROM cashier_sessions WHERE id = ?').pluck().get(sessionId) as string | null | undefined;
  return raw ? JSON.parse(raw) : null;
}
