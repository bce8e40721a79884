import { z } from 'zod';
import { findOpenBusinessDay } from '../business-day/index.js';
import { cashierAnswers, cashierCloseBody, cashierCloseText, closeCashierSession, openCashierSession, recordCashierOperation, recordDrawerOpening, requireOpenSession } from '../cashier/index.js';
import { getOrder } from '../orders/index.js';
import { listCapturedPaymentsOfSession, listPendingPaymentsOfSession } from '../payments/index.js';
import type { Db } from '../kernel/db/open.js';
import { AppError, businessRule } from '../kernel/errors.js';
import { runCommand } from '../kernel/http/command-route.js';
import { requirePermission } from '../kernel/http/permissions.js';
import { readJson, readParam } from '../kernel/http/validation.js';
import type { ModuleContext } from '../kernel/module.js';
import { cardInProgressOnDrawer } from './card-tender.js';
import { verifiedOverrideOf } from './manager-override.js';
import { overrideRequestFor } from './money-override.js';
import { bookCapturedSales } from './payment-completion.js';
import { safeText } from '../kernel/safe-text.js';
import { routeDoc } from '../../contract/api/openapi/route-doc.js';
import { lazySchema } from '../../contract/lazy-schema.js';

const cents = lazySchema(() => z.number().int().min(0).max(10_000_000_00));
const openBody = lazySchema(() => z.object({ terminalId: safeText(64), openingFloatCents: cents }));
const operationBody = lazySchema(() => z.object({
  type: z.enum(['WITHDRAWAL', 'DEPOSIT']),
  amountCents: cents.min(1),
  reason: safeText(200, 0).optional(),
  managerOverride: z.unknown().optional(),
}));

const drawerOpeningBody = lazySchema(() => z.object({ reason: safeText(200), managerOverride: z.unknown().optional() }));

/**
 * A PIX or a card started on this drawer and paid after its close would be booked in no drawer (its
 * count is taken, the next cashier's does not expect it): the cashier receives or withdraws it first.
 */
function refuseWhilePaymentInProgress(db: Db, sessionId: string): void {
  const pix = listPendingPaymentsOfSession(db, sessionId)[0];
  if (pix) throw businessRule('CASHIER_PAYMENT_PENDING', { sessionId, paymentId: pix.id, orderId: pix.orderId }, { number: getOrder(db, pix.orderId)?.number ?? '' });
  const card = cardInProgressOnDrawer(db, sessionId);
  if (card) throw new AppError('CASHIER_PAYMENT_PENDING', 422, 'CASHIER_CARD_IN_PROGRESS', { sessionId, orderId: card.orderId }, { number: getOrder(db, card.orderId)?.number ?? '' });
}

/** Drawer routes that need the open business day (open), the auth module (override) or payments (close). */
export function registerCashierSessionRoutes(ctx: ModuleContext): void {
  ctx.api.post('/cashier-sessions', routeDoc({ tag: 'cashier', summary: 'Open a drawer on a terminal with its opening float', body: openBody, response: () => cashierAnswers().then((a) => a.cashierSessionAnswer), status: 201, errors: { 422: ['BUSINESS_DAY_NOT_OPEN'] } }), requirePermission('cashier.operate'), async (c) => {
    const body = await readJson(c, openBody);
    return runCommand(
      c,
      'cashier.open',
      (tx) => {
        const day = findOpenBusinessDay(tx.db);
        if (!day) throw businessRule('BUSINESS_DAY_NOT_OPEN');
        return openCashierSession(tx, { businessDayId: day.id, terminalId: body.terminalId, openingFloatCents: body.openingFloatCents });
      },
      201,
    );
  });

  ctx.api.post('/cashier-sessions/:id/close', routeDoc({ tag: 'cashier', summary: 'Close a drawer with the counted amounts per payment method: the close report', response: () => cashierAnswers().then((a) => a.cashierCloseAnswer), body: cashierCloseBody, errors: { 403: ['CASHIER_NOT_OWNER'], 404: ['CASHIER_SESSION_NOT_FOUND'], 422: ['CASHIER_SESSION_CLOSED', 'CASHIER_PAYMENT_PENDING'] } }), requirePermission('cashier.operate'), async (c) => {
    const id = readParam(c, 'id');
    const body = await readJson(c, cashierCloseBody);
    return runCommand(c, 'cashier.close', (tx) => {
      const session = requireOpenSession(tx, id);
      refuseWhilePaymentInProgress(tx.db, id);
      // A PIX its gateway confirmed is booked in the drawer a moment after the capture: a close in
      // that moment books it itself, so the count expects it.
      bookCapturedSales(tx, session, listCapturedPaymentsOfSession(tx.db, session.businessDayId, id));
      const report = closeCashierSession(tx, id, body.counted);
      return { report, text: cashierCloseText(report, ctx.config.timeZone) };
    });
  });

  // Sales and refunds reach the drawer through the payment routes; here only sangria and suprimento.
  ctx.api.post('/cashier-sessions/:id/operations', routeDoc({ tag: 'cashier', summary: 'A cash withdrawal or deposit (a manager override above the limits)', body: operationBody, response: () => cashierAnswers().then((a) => a.cashierOperationAnswer), status: 201, managerOverride: true, errors: { 403: ['MANAGER_OVERRIDE_REQUIRED', 'MANAGER_OVERRIDE_INVALID'], 404: ['CASHIER_SESSION_NOT_FOUND'] } }), requirePermission('cashier.operate'), async (c) => {
    const sessionId = readParam(c, 'id');
    const body = await readJson(c, operationBody);
    const verified = await verifiedOverrideOf(c, ctx.db);
    return runCommand(
      c,
      'cashier.operation',
      (tx) =>
        recordCashierOperation(
          tx,
          { sessionId, type: body.type, method: 'CASH', amountCents: body.amountCents, reason: body.reason ?? null },
          overrideRequestFor(tx, verified, { aggregateType: 'cashier_session', aggregateId: sessionId }),
        ),
      201,
    );
  });

  // No money moves, so it is no operation: the drawer's pulse follows `cashier.drawer_opened` (printing-drawer.ts).
  ctx.api.post('/cashier-sessions/:id/drawer-openings', routeDoc({ tag: 'cashier', summary: 'Open the drawer with no sale (abrir gaveta), with a manager and a reason', body: drawerOpeningBody, response: () => cashierAnswers().then((a) => a.drawerOpeningAnswer), status: 201, managerOverride: true, errors: { 403: ['MANAGER_OVERRIDE_REQUIRED', 'MANAGER_OVERRIDE_INVALID', 'CASHIER_NOT_OWNER'], 404: ['CASHIER_SESSION_NOT_FOUND'], 422: ['CASHIER_SESSION_CLOSED'] } }), requirePermission('cashier.operate'), async (c) => {
    const sessionId = readParam(c, 'id');
    const body = await readJson(c, drawerOpeningBody);
    const verified = await verifiedOverrideOf(c, ctx.db);
    return runCommand(
      c,
      'cashier.drawer_open',
      (tx) => recordDrawerOpening(tx, sessionId, body.reason, overrideRequestFor(tx, verified, { aggregateType: 'cashier_session', aggregateId: sessionId })),
      201,
    );
  });
}
