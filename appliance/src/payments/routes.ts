import { z } from 'zod';
import { AppError, notFound } from '../kernel/errors.js';
import { runCommand } from '../kernel/http/command-route.js';
import { ok } from '../kernel/http/envelope.js';
import { requirePermission } from '../kernel/http/permissions.js';
import { readJson, readParam, readQuery } from '../kernel/http/validation.js';
import type { ModuleContext } from '../kernel/module.js';
import type { Settlement } from './gateways/pix-gateway.js';
import { findPayment } from './queries.js';
import { gatewayListingEnd, reconcile, settlementsOfBusinessDays } from './reconciliation.js';
import { listReconciliationAlerts } from './reconciliation-alerts.js';
import { parseSettlementFile } from './settlement-file.js';
import { paymentsRuntimeOf } from './runtime.js';
import { routeDoc } from '../../contract/api/openapi/route-doc.js';
import { lazySchema } from '../../contract/lazy-schema.js';

const reconcileBody = lazySchema(() => z
  .object({
    gateway: z.enum(['ASAAS', 'MERCADO_PAGO', 'TEF']),
    from: z.iso.date(),
    to: z.iso.date(),
    /** A settlement report file (CSV, see settlement-file.ts); without it the gateway's API is asked. */
    report: z.string().max(5_000_000).optional(),
  })
  .refine((b) => b.from <= b.to, { message: 'from não pode ser depois de to', path: ['to'] }));

const alertsQuery = lazySchema(() => z.object({ from: z.iso.date().optional(), to: z.iso.date().optional(), gateway: z.enum(['ASAAS', 'MERCADO_PAGO', 'TEF']).optional() }));

export function registerPaymentRoutes(ctx: ModuleContext): void {
  // Before `/payments/:id`, which would otherwise take "reconciliation-alerts" for a payment id.
  ctx.api.get('/payments/reconciliation-alerts', routeDoc({ tag: 'payments', summary: 'Reconciliation alerts (payments the gateway settled differently)', query: alertsQuery, response: () => import('./answers.js').then((a) => z.array(a.reconciliationAlertAnswer)) }), requirePermission('reports.read'), (c) =>
    ok(c, listReconciliationAlerts(ctx.db, readQuery(c, alertsQuery))),
  );

  ctx.api.get('/payments/:id', routeDoc({ tag: 'payments', summary: 'One payment', response: () => import('./answers.js').then((a) => a.paymentAnswer), errors: { 404: ['PAYMENT_NOT_FOUND'] } }), requirePermission('payments.capture'), (c) => {
    const payment = findPayment(ctx.db, readParam(c, 'id'));
    if (!payment) throw notFound('PAYMENT_NOT_FOUND');
    return ok(c, payment);
  });

  ctx.api.post('/payments/reconciliations', routeDoc({ tag: 'payments', summary: 'Reconcile a gateway\'s settlements for a date range (from its API or a report file)', body: reconcileBody, status: 201, response: () => import('./answers.js').then((a) => a.reconciliationAnswer), errors: { 422: ['PAYMENT_GATEWAY_NOT_CONFIGURED'], 503: ['PAYMENT_GATEWAY_UNAVAILABLE'] } }), requirePermission('reports.read'), async (c) => {
    const body = await readJson(c, reconcileBody);
    let settlements: Settlement[];
    if (body.report !== undefined) settlements = (await parseSettlementFile(body.report)).settlements;
    else {
      const gateway = paymentsRuntimeOf(ctx).pix.byName(body.gateway);
      if (!gateway) throw new AppError('PAYMENT_GATEWAY_NOT_CONFIGURED', 422);
      try {
        const listed = await gateway.listSettlements(body.from, gatewayListingEnd(body.to));
        settlements = settlementsOfBusinessDays(ctx.db, body.gateway, body.from, body.to, listed);
      } catch (error) {
        throw new AppError('PAYMENT_GATEWAY_UNAVAILABLE', 503, 'PAYMENT_GATEWAY_UNAVAILABLE', { error: (error as Error).message });
      }
    }
    return runCommand(c, 'payments.reconcile', (tx) => reconcile(tx, body.gateway, body.from, body.to, settlements), 201);
  });

  ctx.api.get('/payments/reconciliations/:id', routeDoc({ tag: 'payments', summary: 'One reconciliation\'s result', response: () => import('./answers.js').then((a) => a.reconciliationAnswer), errors: { 404: ['NOT_FOUND'] } }), requirePermission('reports.read'), (c) => {
    const raw = ctx.db.prepare('SELECT result FROM payment_reconciliations WHERE id = ?').pluck().get(readParam(c, 'id')) as string | undefined;
    if (!raw) throw notFound('NOT_FOUND');
    return ok(c, JSON.parse(raw));
  });
}
