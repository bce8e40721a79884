import { z } from 'zod';
import { notFound } from '../kernel/errors.js';
import { runCommand } from '../kernel/http/command-route.js';
import { ok } from '../kernel/http/envelope.js';
import { requirePermission } from '../kernel/http/permissions.js';
import { readJson, readParam, readQuery } from '../kernel/http/validation.js';
import type { ModuleContext } from '../kernel/module.js';
import { cashierCloseText } from './close-text.js';
import { expectedByMethod } from './drawer-math.js';
import { cashierLimitsSchema, readCashierLimits, writeCashierLimits } from './limits.js';
import { PAYMENT_METHODS } from './money.js';
import { findCashierSession, listOpenCashierSessions, listOperations, listSessionsOfDay, readCloseReport } from './queries.js';
import { closeCashierSession, type CashierCloseReport } from './sessions.js';

const cents = z.number().int().min(0).max(100_000_000_00);
const closeBody = z.object({
  counted: z.object(Object.fromEntries(PAYMENT_METHODS.map((m) => [m, cents.optional()]))).strict(),
});

const SUPERVISOR_ROLES = ['ADMIN', 'MANAGER'];

const listQuery = z.object({ businessDayId: z.string().min(1).max(100).optional() });

export function registerCashierRoutes(ctx: ModuleContext): void {
  /** Open drawers, or every drawer of a business day. */
  ctx.api.get('/cashier-sessions', requirePermission('cashier.operate'), (c) => {
    const q = readQuery(c, listQuery);
    return ok(c, q.businessDayId ? listSessionsOfDay(ctx.db, q.businessDayId) : listOpenCashierSessions(ctx.db));
  });

  ctx.api.get('/cashier-sessions/:id', requirePermission('cashier.operate'), (c) => {
    const session = findCashierSession(ctx.db, readParam(c, 'id'));
    if (!session) throw notFound('CASHIER_SESSION_NOT_FOUND');
    const operations = listOperations(ctx.db, session.id);
    // The count is blind: an operator sees the expectation only once the drawer is closed.
    const mayAudit = session.status === 'CLOSED' || SUPERVISOR_ROLES.includes(c.get('actor')?.role ?? '');
    return ok(c, {
      ...session,
      operations,
      expectedByMethod: mayAudit ? expectedByMethod(session.openingFloatCents, operations) : null,
    });
  });

  ctx.api.post('/cashier-sessions/:id/close', requirePermission('cashier.operate'), async (c) => {
    const id = readParam(c, 'id');
    const body = await readJson(c, closeBody);
    return runCommand(c, 'cashier.close', (tx) => {
      const report = closeCashierSession(tx, id, body.counted);
      return { report, text: cashierCloseText(report, ctx.config.timeZone) };
    });
  });

  ctx.api.get('/cashier-sessions/:id/close-report', requirePermission('cashier.operate'), (c) => {
    const report = readCloseReport(ctx.db, readParam(c, 'id')) as CashierCloseReport | null;
    if (!report) throw notFound('CASHIER_SESSION_NOT_FOUND');
    return ok(c, { report, text: cashierCloseText(report, ctx.config.timeZone) });
  });

  ctx.api.get('/cashier-limits', requirePermission('cashier.operate'), (c) => ok(c, readCashierLimits(ctx.db)));

  ctx.api.put('/cashier-limits', requirePermission('business_day.manage'), async (c) => {
    const patch = await readJson(c, cashierLimitsSchema.partial().strict());
    return runCommand(c, 'cashier.limits', (tx) => {
      const limits = writeCashierLimits(tx.db, patch);
      tx.emit({ type: 'cashier.limits_changed', aggregateType: 'store', aggregateId: ctx.config.storeId, payload: { limits } });
      return limits;
    });
  });
}
