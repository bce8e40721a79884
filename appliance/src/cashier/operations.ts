import { AppError, badRequest, businessRule, forbidden } from '../kernel/errors.js';
import { hasOverrideLimit, overrideActionFor, unapprovedTotalOfDay } from './cumulative-limits.js';
import { isSupervisor } from './supervision.js';
import { newId } from '../kernel/ids.js';
import type { CommandTx } from '../kernel/journal/command-bus.js';
import { expectedByMethod, type CashierOperationType } from './drawer-math.js';
import { readCashierLimits } from './limits.js';
import { type PaymentMethod } from './money.js';
import { formatBrl } from '../kernel/money.js';
import { drawerExpectation, requireOpenSession } from './sessions.js';
import type { CashierOperation } from './queries.js';

/** Who authorized a protected action, as verified by the auth module's override check. */
export interface ManagerOverride {
  managerId: string;
  managerName?: string | null;
  overrideId?: string | null;
}

/**
 * Asked only when the limits say the action needs a manager: verifies (and consumes) the
 * credential the caller supplied, or returns null when none was supplied.
 */
export type OverrideRequest = (action: string, details: { amountCents: number; sessionId: string }) => ManagerOverride | null;

export interface OperationInput {
  sessionId: string;
  type: CashierOperationType;
  method: PaymentMethod;
  amountCents: number;
  changeCents?: number;
  reference?: string | null;
  reason?: string | null;
  /** For a refund: what the same payment already had refunded, which this refund adds to. */
  priorRefundedCents?: number;
}

/**
 * Books one drawer movement. Withdrawals and cash refunds cannot take more cash than the drawer
 * holds; withdrawals and refunds above the limits need a manager, recorded next to the operator.
 */
export function recordCashierOperation(tx: CommandTx, input: OperationInput, requestOverride: OverrideRequest): CashierOperation {
  const session = requireOpenSession(tx, input.sessionId);
  const changeCents = input.changeCents ?? 0;
  if ((input.type === 'WITHDRAWAL' || input.type === 'DEPOSIT') && input.method !== 'CASH') {
    throw businessRule('CASHIER_CASH_ONLY', { type: input.type, method: input.method });
  }
  if (changeCents > 0 && (input.type !== 'SALE' || input.method !== 'CASH' || changeCents >= input.amountCents)) {
    throw badRequest('VALIDATION_FAILED', [{ path: 'changeCents', message: 'troco só em venda em dinheiro e abaixo do valor entregue' }]);
  }
  const limits = readCashierLimits(tx.db);
  const before = drawerExpectation(tx, session);
  // Sales and deposits never need a manager: the day's total is summed only for what has a limit.
  const cumulativeCents = hasOverrideLimit(input.type)
    ? input.amountCents + Math.max(unapprovedTotalOfDay(tx.db, session, input.type), input.priorRefundedCents ?? 0)
    : input.amountCents;
  const action = overrideActionFor(input.type, cumulativeCents, limits);
  let override: ManagerOverride | null = null;
  if (action) {
    override = requestOverride(action, { amountCents: input.amountCents, sessionId: session.id });
    if (!override) throw forbidden('MANAGER_OVERRIDE_REQUIRED', { action, amountCents: input.amountCents, cumulativeCents });
  }
  // Only past the manager: a refusal that depended on the drawer's cash before it would let an
  // operator find the blind count's expectation by trying amounts.
  refuseIfCashShort(tx, input, before.CASH);
  const operation: CashierOperation = {
    id: newId(),
    sessionId: session.id,
    type: input.type,
    method: input.method,
    amountCents: input.amountCents,
    changeCents,
    reference: input.reference ?? null,
    reason: input.reason ?? null,
    operatorId: tx.actor?.id ?? null,
    managerId: override?.managerId ?? null,
    createdAt: tx.nowIso,
  };
  tx.prepare(
      `INSERT INTO cashier_operations (id, session_id, type, method, amount_cents, change_cents, reference, reason, operator_id, manager_id, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(operation.id, operation.sessionId, operation.type, operation.method, operation.amountCents, changeCents, operation.reference, operation.reason, operation.operatorId, operation.managerId, tx.nowIso);
  const cashAfter = before.CASH + expectedByMethod(0, [operation]).CASH;
  tx.emit({
    type: 'cashier.operation_recorded',
    aggregateType: 'cashier_session',
    aggregateId: session.id,
    payload: {
      operationId: operation.id,
      sessionId: session.id,
      terminalId: session.terminalId,
      type: operation.type,
      method: operation.method,
      amountCents: operation.amountCents,
      changeCents,
      reference: operation.reference,
      reason: operation.reason,
      operatorId: operation.operatorId,
      authorizedBy: override ? { managerId: override.managerId, managerName: override.managerName ?? null, overrideId: override.overrideId ?? null } : null,
    },
  });
  if (before.CASH <= limits.drawerAlertAboveCents && cashAfter > limits.drawerAlertAboveCents) {
    tx.emit({
      type: 'cashier.drawer_limit_exceeded',
      aggregateType: 'cashier_session',
      aggregateId: session.id,
      payload: { sessionId: session.id, terminalId: session.terminalId, cashCents: cashAfter, limitCents: limits.drawerAlertAboveCents },
    });
  }
  return operation;
}

/** Withdrawals and cash refunds cannot take more cash than the drawer holds. */
function refuseIfCashShort(tx: CommandTx, input: OperationInput, cashCents: number): void {
  const takesCash = input.method === 'CASH' && (input.type === 'WITHDRAWAL' || input.type === 'REFUND');
  if (!takesCash || input.amountCents <= cashCents) return;
  // The count is blind: only a supervisor learns how much cash the drawer holds.
  if (!isSupervisor(tx.actor)) throw new AppError('CASHIER_INSUFFICIENT_CASH', 422, 'CASHIER_INSUFFICIENT_CASH_BLIND');
  throw businessRule('CASHIER_INSUFFICIENT_CASH', { availableCents: cashCents }, { available: formatBrl(cashCents) });
}

/** Never asks for an override; for callers whose action can never need one (sales, deposits). */
export const noOverride: OverrideRequest = () => null;
