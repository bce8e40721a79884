import type { z } from 'zod';
import { cashierLimitsSchema } from '../../contract/events/cashier.js';
import type { Db } from '../kernel/db/open.js';
import { prepareCached } from '../kernel/db/statements.js';

/** Store-configurable cashier limits, in centavos; the shape is the journal contract's (`cashier.limits_changed`). */
export { cashierLimitsSchema };
export type CashierLimits = z.infer<typeof cashierLimitsSchema>;

export const DEFAULT_CASHIER_LIMITS: CashierLimits = {
  drawerAlertAboveCents: 500_000,
  withdrawalOverrideAboveCents: 20_000,
  refundOverrideAboveCents: 10_000,
  closeDifferenceAlertAboveCents: 1_000,
};

const SETTINGS_KEY = 'cashier.limits';

export function readCashierLimits(db: Db): CashierLimits {
  // Read by every cash operation: compiled once.
  const raw = prepareCached(db, 'SELECT value FROM settings WHERE key = ?').pluck().get(SETTINGS_KEY) as string | undefined;
  if (!raw) return DEFAULT_CASHIER_LIMITS;
  return { ...DEFAULT_CASHIER_LIMITS, ...cashierLimitsSchema.partial().parse(JSON.parse(raw)) };
}

export function writeCashierLimits(db: Db, patch: Partial<CashierLimits>): CashierLimits {
  const next = { ...readCashierLimits(db), ...patch };
  db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(
    SETTINGS_KEY,
    JSON.stringify(next),
  );
  return next;
}
