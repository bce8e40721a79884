import { prepareCached } from '../kernel/db/statements.js';
import type { Db } from '../kernel/db/open.js';
import { findPayment } from './queries.js';
import type { Payment } from './types.js';

/**
 * Payments captured on a drawer (cash, card, PIX confirmed by its gateway): each belongs in that
 * drawer's count. A drawer lives within one business day, whose index finds its payments.
 */
export function listCapturedPaymentsOfSession(db: Db, businessDayId: string, cashierSessionId: string): Payment[] {
  const ids = prepareCached(db, "SELECT id FROM payments WHERE business_day_id = ? AND status = 'CAPTURED' AND cashier_session_id = ? ORDER BY captured_at, rowid")
    .pluck()
    .all(businessDayId, cashierSessionId) as string[];
  return ids.map((id) => findPayment(db, id)!);
}
