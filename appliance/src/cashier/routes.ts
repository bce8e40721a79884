import { z } from 'zod';
import { forbidden, notFound } from '../kernel/errors.js';
import type { Actor } from '../kernel/journal/event.js';
import { runCommand } from '../kernel/http/command-route.js';
import { ok } from '../kernel/http/envelope.js';
import { requirePermission } from '../kernel/http/permissions.js';
import { readJson, readParam, readQuery } from '../kernel/http/validation.js';
import type { ModuleContext } from '../kernel/module.js';
import { cashierCloseText } from './close-text.js';
import { cashierLimitsSchema, readCashierLimits, writeCashierLimits } from './limits.js';
import { PAYMENT_METHODS } from './money.js';
import { findCashierSession, listOpenCashierSessions, listOperations, listSessionsOfDay, readCloseReport, type CashierSession } from './queries.js';
import { drawerExpectation, type CashierCloseReport } from './sessions.js';
import { isSupervisor } from './supervision.js';
import { routeDoc } from '../../contract/api/openapi/route-doc.js';
import { lazySchema } from '../../contract/lazy-schema.js';

const cents = lazySchema(() => z.number().int().min(0).max(100_000_000_00));
/** The close's counted amounts per method (the close route is a workflow's: it asks payments for pending PIX charges). */
export const cashierCloseBody = lazySchema(() => z.object({
  counted: z.object(Object.fromEntries(PAYMENT_METHODS.map((m) => [m, cents.optional()]))).strict(),
}));

const listQuery = lazySchema(() => z.object({ businessDayId: z.string().min(1).max(100).optional() }));
const limitsPatch = cashierLimitsSchema.partial().strict();

/** A drawer is read by its operator and by supervisors only. */
function visibleSession(actor: Actor | null | undefined, session: CashierSession | null): CashierSession {
  if (!session) throw notFound('CASHIER_SESSION_NOT_FOUND');
  if (!isSupervisor(actor) && actor?.id !== session.operatorId) throw forbidden('CASHIER_NOT_OWNER', { sessionId: session.id });
  return session;
}

export function registerCashierRoutes(ctx: ModuleContext): void {
  /** Open drawers, or every drawer of a business day; an operator sees only their own. */
  ctx.api.get('/cashier-sessions', routeDoc({ tag: 'cashier', summary: 'Open drawers, or every drawer of a business day (an operator sees only their own)', query: listQuery, response: () => import('./answers.js').then((a) => z.array(a.cashierSessionAnswer)) }), requirePermission('cashier.operate'), (c) => {
    const q = readQuery(c, listQuery);
    const sessions = q.businessDayId ? listSessionsOfDay(ctx.db, q.businessDayId) : listOpenCashierSessions(ctx.db);
    const actor = c.get('actor');
    return ok(c, isSupervisor(actor) ? sessions : sessions.filter((s) => s.operatorId === actor?.id));
  });

  ctx.api.get('/cashier-sessions/:id', routeDoc({ tag: 'cashier', summary: 'One drawer session; supervisors also see its operations and expected amounts', response: () => import('./answers.js').then((a) => a.cashierSessionDetailAnswer), errors: { 403: ['CASHIER_NOT_OWNER'], 404: ['CASHIER_SESSION_NOT_FOUND'] } }), requirePermission('cashier.operate'), (c) => {
    const session = visibleSession(c.get('actor'), findCashierSession(ctx.db, readParam(c, 'id')));
    // The count is blind: until the drawer is closed its operator sees no amount that adds up to the expectation.
    if (session.status === 'OPEN' && !isSupervisor(c.get('actor'))) return ok(c, { ...session, operations: null, expectedByMethod: null });
    const operations = listOperations(ctx.db, session.id);
    return ok(c, { ...session, operations, expectedByMethod: drawerExpectation({ db: ctx.db }, session) });
  });

  ctx.api.get('/cashier-sessions/:id/close-report', routeDoc({ tag: 'cashier', summary: 'The close report of a closed drawer, as data and as printed text', response: () => import('./answers.js').then((a) => a.cashierCloseAnswer), errors: { 403: ['CASHIER_NOT_OWNER'], 404: ['CASHIER_SESSION_NOT_FOUND'] } }), requirePermission('cashier.operate'), (c) => {
    const session = visibleSession(c.get('actor'), findCashierSession(ctx.db, readParam(c, 'id')));
    const report = readCloseReport(ctx.db, session.id) as CashierCloseReport | null;
    if (!report) throw notFound('CASHIER_SESSION_NOT_FOUND');
    return ok(c, { report, text: cashierCloseText(report, ctx.config.timeZone) });
  });

  ctx.api.get('/cashier-limits', routeDoc({ tag: 'cashier', summary: 'The drawer limits (cash ceiling, withdrawal thresholds)', response: () => cashierLimitsSchema }), requirePermission('cashier.operate'), (c) => ok(c, readCashierLimits(ctx.db)));

  ctx.api.put('/cashier-limits', routeDoc({ tag: 'cashier', summary: 'Change the drawer limits', body: limitsPatch, response: () => cashierLimitsSchema }), requirePermission('business_day.manage'), async (c) => {
    const patch = await readJson(c, limitsPatch);
    return runCommand(c, 'cashier.limits', (tx) => {
      const limits = writeCashierLimits(tx.db, patch);
      tx.emit({ type: 'cashier.limits_changed', aggregateType: 'store', aggregateId: ctx.config.storeId, payload: { limits } });
      return limits;
    });
  });
}
