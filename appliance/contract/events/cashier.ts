import { z } from 'zod';
import { defineEvent } from '../define-event.js';
import { tenderMethod } from './payments.js';
import { lazySchema } from '../lazy-schema.js';

const cents = lazySchema(() => z.number().int());

/** Store-configurable cashier limits, all in centavos. */
export const cashierLimitsSchema = lazySchema(() => z.object({
  drawerAlertAboveCents: z.number().int().min(0),
  withdrawalOverrideAboveCents: z.number().int().min(0),
  refundOverrideAboveCents: z.number().int().min(0),
  closeDifferenceAlertAboveCents: z.number().int().min(0),
}));

const closeStatus = lazySchema(() => z.enum(['BALANCED', 'OVER', 'SHORT']));

/** A blind close: what the operator counted per method against what the drawer should hold. */
export const cashierCloseReportSchema = lazySchema(() => z.object({
  sessionId: z.string(),
  businessDayId: z.string(),
  terminalId: z.string(),
  operatorId: z.string(),
  operatorName: z.string().nullable(),
  openedAt: z.string(),
  closedAt: z.string(),
  closedBy: z.string().nullable(),
  openingFloatCents: cents,
  /** The drawer's cash movements (refunds in cash only; other methods' refunds are in their lines' expected amounts). */
  totals: z.object({ cashSalesCents: cents, changeCents: cents, refundsCents: cents, withdrawalsCents: cents, depositsCents: cents }),
  lines: z.array(z.object({ method: z.string(), expectedCents: cents, countedCents: cents, differenceCents: cents })),
  totalExpectedCents: cents,
  totalCountedCents: cents,
  differenceCents: cents,
  status: closeStatus,
  alert: z.boolean(),
  /** Times the drawer was opened with no sale (abrir gaveta); absent from closes journaled before it was counted. */
  drawerOpenings: z.number().int().min(0).optional(),
}));

/** "Abrir gaveta": a drawer opened with no cash moving, with the manager who let it. */
export const drawerOpeningSchema = lazySchema(() => z.object({
  openingId: z.string(),
  sessionId: z.string(),
  terminalId: z.string(),
  operatorId: z.string().nullable(),
  reason: z.string(),
  authorizedBy: z.object({ managerId: z.string(), managerName: z.string().nullable(), overrideId: z.string().nullable() }),
}));

export const cashierEvents = [
  defineEvent(
    'cashier.session_opened',
    'cashier_session',
    () => z.object({ sessionId: z.string(), businessDayId: z.string(), terminalId: z.string(), operatorId: z.string(), openingFloatCents: cents }),
    'An operator opened a till with its opening float.',
  ),
  defineEvent('cashier.session_closed', 'cashier_session', () => cashierCloseReportSchema, 'A till was closed; the payload is the close report.'),
  defineEvent(
    'cashier.close_difference_alert',
    'cashier_session',
    () => z.object({ sessionId: z.string(), differenceCents: cents, thresholdCents: cents, status: closeStatus }),
    'A close differs from the expectation by more than the store allows.',
  ),
  defineEvent(
    'cashier.operation_recorded',
    'cashier_session',
    () => z.object({
      operationId: z.string(),
      sessionId: z.string(),
      terminalId: z.string(),
      type: z.enum(['SALE', 'REFUND', 'WITHDRAWAL', 'DEPOSIT']),
      method: tenderMethod,
      amountCents: cents,
      changeCents: cents,
      reference: z.string().nullable(),
      reason: z.string().nullable(),
      operatorId: z.string().nullable(),
      authorizedBy: z.object({ managerId: z.string(), managerName: z.string().nullable(), overrideId: z.string().nullable() }).nullable(),
    }),
    'Money moved in a till: a sale, refund, withdrawal (sangria) or deposit (suprimento).',
  ),
  defineEvent(
    'cashier.drawer_opened',
    'cashier_session',
    () => drawerOpeningSchema,
    'A drawer opened with no cash moving (abrir gaveta), with a manager: its pulse goes to the till printer.',
  ),
  defineEvent(
    'cashier.drawer_limit_exceeded',
    'cashier_session',
    () => z.object({ sessionId: z.string(), terminalId: z.string(), cashCents: cents, limitCents: cents }),
    'The cash in a drawer passed the store limit: time for a withdrawal.',
  ),
  defineEvent('cashier.limits_changed', 'store', () => z.object({ limits: cashierLimitsSchema }), "The store's cashier limits changed (locally or from HQ)."),
] as const;
