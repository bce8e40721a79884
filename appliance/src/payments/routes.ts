import { z } from 'zod';
import { AppError, notFound } from '../kernel/errors.js';
import { runCommand } from '../kernel/http/command-route.js';
import { ok } from '../kernel/http/envelope.js';
import { requirePermission } from '../kernel/http/permissions.js';
import { readJson, readParam } from '../kernel/http/validation.js';
import type { ModuleContext } from '../kernel/module.js';
import type { Settlement } from './gateways/pix-gateway.js';
import { findPayment } from './queries.js';
import { parseSettlementCsv, reconcile } from './reconciliation.js';
import { paymentsRuntimeOf } from './runtime.js';

const reconcileBody = z
  .object({
    gateway: z.enum(['ASAAS', 'MERCADO_PAGO']),
    from: z.iso.date(),
    to: z.iso.date(),
    /** A settlement report file (CSV); without it the gateway's API is asked. */
    report: z.string().max(5_000_000).optional(),
  })
  .refine((b) => b.from <= b.to, { message: 'from must not be after to', path: ['to'] });

export function registerPaymentRoutes(ctx: ModuleContext): void {
  ctx.api.get('/payments/:id', requirePermission('payments.capture'), (c) => {
    const payment = findPayment(ctx.db, readParam(c, 'id'));
    if (!payment) throw notFound('PAYMENT_NOT_FOUND');
    return ok(c, payment);
  });

  ctx.api.post('/payments/reconciliations', requirePermission('reports.read'), async (c) => {
    const body = await readJson(c, reconcileBody);
    let settlements: Settlement[];
    if (body.report !== undefined) settlements = parseSettlementCsv(body.report);
    else {
      const gateway = paymentsRuntimeOf(ctx).pix.byName(body.gateway);
      if (!gateway) throw new AppError('PAYMENT_GATEWAY_NOT_CONFIGURED', 422);
      try {
        settlements = await gateway.listSettlements(body.from, body.to);
      } catch (error) {
        throw new AppError('PAYMENT_GATEWAY_UNAVAILABLE', 503, 'PAYMENT_GATEWAY_UNAVAILABLE', { error: (error as Error).message });
      }
    }
    return runCommand(c, 'payments.reconcile', (tx) => reconcile(tx, body.gateway, body.from, body.to, settlements), 201);
  });

  ctx.api.get('/payments/reconciliations/:id', requirePermission('reports.read'), (c) => {
    const raw = ctx.db.prepare('SELECT result FROM payment_reconciliations WHERE id = ?').pluck().get(readParam(c, 'id')) as string | undefined;
    if (!raw) throw notFound('NOT_FOUND');
    return ok(c, JSON.parse(raw));
  });
}
