import { z } from 'zod';
import { findOpenBusinessDay } from '../business-day/index.js';
import { findOpenSessionOfOperator, isSupervisor, overrideActionFor, readCashierLimits, recordCashierOperation } from '../cashier/index.js';
import { AppError, businessRule, forbidden, notFound } from '../kernel/errors.js';
import { runCommand } from '../kernel/http/command-route.js';
import { ok } from '../kernel/http/envelope.js';
import { holdsPermission, requireAnyPermission, requirePermission } from '../kernel/http/permissions.js';
import { readJson, readParam } from '../kernel/http/validation.js';
import type { Actor } from '../kernel/journal/event.js';
import type { ModuleContext } from '../kernel/module.js';
import { getOrder } from '../orders/index.js';
import { cancelPending, findPayment, paymentAnswers, paymentsRuntimeOf, recordCardCancellation, recordRefund, refundOnCard, settleChargeFoundPaid, type CardRefundOutcome, type PixGateway } from '../payments/index.js';
import { verifiedOverrideOf } from './manager-override.js';
import { overrideRequestFor } from './money-override.js';
import { paymentServiceShare } from './service-charge.js';
import { safeText } from '../kernel/safe-text.js';
import { routeDoc } from '../../contract/api/openapi/route-doc.js';
import { lazySchema } from '../../contract/lazy-schema.js';

const refundBody = lazySchema(() => z.object({
  amountCents: z.number().int().min(1).max(10_000_000_00),
  reason: safeText(200),
  managerOverride: z.unknown().optional(),
}));

/**
 * Refunds and PIX cancellation. A refund is booked on the open day and as a REFUND in the
 * refunding operator's own open drawer: an operator refunds only into the drawer they operate
 * (a supervisor without a drawer may refund other methods). Above the cashier limit, counted
 * cumulatively per payment and per drawer and day, it needs a manager override, consumed in the
 * same transaction.
 */
export function registerRefundRoutes(ctx: ModuleContext): void {
  ctx.api.post('/payments/:id/refunds', routeDoc({ tag: 'payments', summary: 'Refund (part of) a captured payment; through the gateway for PIX (a manager override above the limits)', body: refundBody, status: 201, response: () => paymentAnswers().then((a) => a.refundAnswer), managerOverride: true, errors: { 403: ['MANAGER_OVERRIDE_REQUIRED', 'MANAGER_OVERRIDE_INVALID'], 404: ['PAYMENT_NOT_FOUND'], 422: ['BUSINESS_DAY_NOT_OPEN', 'CASHIER_SESSION_REQUIRED', 'CASHIER_REFUND_SESSION_REQUIRED', 'PAYMENT_REFUND_BY_PLATFORM'] } }), requirePermission('payments.refund'), async (c) => {
    const paymentId = readParam(c, 'id');
    const body = await readJson(c, refundBody);
    const verified = await verifiedOverrideOf(c, ctx.db);
    const response = await runCommand(
      c,
      'payments.refund',
      (tx) => {
        const payment = findPayment(tx.db, paymentId);
        if (!payment) throw notFound('PAYMENT_NOT_FOUND', { paymentId });
        // Paid online on the platform: the money never entered a drawer, and goes back through the platform.
        if (payment.provider === 'MARKETPLACE') throw businessRule('PAYMENT_REFUND_BY_PLATFORM', { paymentId }, { platform: payment.payerLabel ?? 'aplicativo' });
        const day = findOpenBusinessDay(tx.db);
        if (!day) throw businessRule('BUSINESS_DAY_NOT_OPEN');
        const session = tx.actor ? findOpenSessionOfOperator(tx.db, tx.actor.id) : null;
        if (payment.method === 'CASH' && !session) throw businessRule('CASHIER_SESSION_REQUIRED');
        if (!session && !isSupervisor(tx.actor)) throw businessRule('CASHIER_REFUND_SESSION_REQUIRED');
        const requestOverride = overrideRequestFor(tx, verified, { aggregateType: 'payment', aggregateId: paymentId });
        let managerId: string | null = null;
        if (session) {
          const operation = recordCashierOperation(
            tx,
            { sessionId: session.id, type: 'REFUND', method: payment.method, amountCents: body.amountCents, reference: paymentId, reason: body.reason, priorRefundedCents: payment.refundedCents },
            requestOverride,
          );
          managerId = operation.managerId;
        } else {
          const action = overrideActionFor('REFUND', payment.refundedCents + body.amountCents, readCashierLimits(tx.db));
          if (action) {
            const grant = requestOverride(action, { amountCents: body.amountCents, sessionId: '' });
            if (!grant) throw forbidden('MANAGER_OVERRIDE_REQUIRED', { action, amountCents: body.amountCents });
            managerId = grant.managerId;
          }
        }
        return recordRefund(tx, { paymentId, amountCents: body.amountCents, reason: body.reason, businessDate: day.date, managerId });
      },
      201,
    );
    // Money goes back through the gateway or the card network after the refund is on the books; a
    // failure is reported to the operator (the refund stays recorded, to be completed in the
    // gateway's panel or given back another way).
    const payment = findPayment(ctx.db, paymentId);
    if (!payment || response.headers.get('idempotent-replayed') === 'true' || response.status !== 201) return response;
    const gateway = payment.providerRef ? paymentsRuntimeOf(ctx).pix.byName(payment.provider) : null;
    if (!gateway && payment.provider !== 'TEF') return response;
    const envelope = (await response.json()) as { data: Record<string, unknown> };
    if (gateway) envelope.data.gatewayRefund = await refundAtGateway(gateway, payment.providerRef!, body.amountCents);
    else {
      const chargedCents = payment.amountCents + paymentServiceShare(ctx.db, payment.id);
      const outcome = await refundOnCard(paymentsRuntimeOf(ctx).card, payment, body.amountCents, chargedCents);
      if (outcome.status === 'DONE') await recordCancelledOnCard(ctx, c.get('actor'), envelope.data.refundId as string, outcome, c.get('correlationId'));
      envelope.data.cardRefund = cardRefundAnswer(ctx, outcome);
    }
    return c.json(envelope, 201);
  });

  ctx.api.post('/payments/:id/cancel', routeDoc({ tag: 'payments', summary: 'Cancel a pending payment (and its gateway charge)', description: 'The gateway is asked first: a charge the customer already paid is captured instead (422 PAYMENT_PIX_ALREADY_PAID), or, paid for another amount, withdrawn and flagged for a manager; one the gateway cannot confirm or does not cancel stays pending (503).', response: () => paymentAnswers().then((a) => a.paymentAnswer), errors: { 403: ['ORDER_NOT_OWNER'], 404: ['PAYMENT_NOT_FOUND'], 422: ['PAYMENT_NOT_PENDING', 'PAYMENT_PIX_ALREADY_PAID'], 503: ['PAYMENT_GATEWAY_UNAVAILABLE'] } }), requireAnyPermission('payments.capture', 'payments.self_service'), async (c) => {
    const paymentId = readParam(c, 'id');
    const payment = findPayment(ctx.db, paymentId);
    if (!payment) throw notFound('PAYMENT_NOT_FOUND', { paymentId });
    // A kiosk withdraws the PIX charge of its own order (the customer turned to the card), so the
    // QR left behind cannot be paid on top of the card; nothing else of the store's payments.
    if (!holdsPermission(c, 'payments.capture') && getOrder(ctx.db, payment.orderId)?.createdBy !== c.get('actor')?.id) {
      throw forbidden('ORDER_NOT_OWNER', { orderId: payment.orderId });
    }
    if (payment.status !== 'PENDING') throw businessRule('PAYMENT_NOT_PENDING', { paymentId, status: payment.status });
    const options = { actor: c.get('actor'), correlationId: c.get('correlationId') };
    const gateway = payment.providerRef ? paymentsRuntimeOf(ctx).pix.byName(payment.provider) : null;
    if (gateway) {
      // "It did not work", says the customer, while the gateway's webhook is late: a charge already
      // paid is the store's money, and is captured (the order then settles) rather than cancelled.
      const charge = await gateway.getChargeStatus(payment.providerRef!).catch(gatewayUnavailable);
      if (charge.status === 'PAID') {
        const settled = await ctx.commands.run('payments.capture_on_cancel', (tx) => settleChargeFoundPaid(tx, paymentId, charge.amountCents), options);
        if (settled.status === 'CAPTURED') throw businessRule('PAYMENT_PIX_ALREADY_PAID', { paymentId, orderId: payment.orderId });
        return ok(c, settled);
      }
      // A charge the gateway did not cancel can still be paid: withdrawn here, its payment would
      // reach a cancelled payment and be lost to the order and the drawer.
      if (charge.status === 'PENDING') await gateway.cancelCharge(payment.providerRef!).catch(gatewayUnavailable);
    }
    return ok(c, await ctx.commands.run('payments.cancel', (tx) => cancelPending(tx, paymentId, 'operator cancelled'), options));
  });
}

async function refundAtGateway(gateway: PixGateway, gatewayPaymentId: string, amountCents: number): Promise<Record<string, unknown>> {
  try {
    return { status: 'DONE', ...(await gateway.refund(gatewayPaymentId, amountCents)) };
  } catch (error) {
    return { status: 'FAILED', error: (error as Error).message };
  }
}

/**
 * The network gave the money back on the card: recorded and journaled, so its slip prints on the
 * refunding drawer's till. The terminal already did it, so a failure to record is only logged: the
 * cashier still reads that the card was refunded (a crash in between loses the slip, not the money).
 */
async function recordCancelledOnCard(ctx: ModuleContext, actor: Actor | null, refundId: string, outcome: Extract<CardRefundOutcome, { status: 'DONE' }>, correlationId: string): Promise<void> {
  const cashierSessionId = actor ? (findOpenSessionOfOperator(ctx.db, actor.id)?.id ?? null) : null;
  try {
    await ctx.commands.run('payments.record_card_cancellation', (tx) => recordCardCancellation(tx, { refundId, operatorMessage: outcome.operatorMessage, receiptLines: outcome.receiptLines, cashierSessionId }), { actor, correlationId });
  } catch (error) {
    ctx.logger.error({ err: error, refundId }, 'card cancellation approved at the terminal but not recorded; its slip will not print');
  }
}

/** The card's outcome for the cashier, a failure in the store's words. */
function cardRefundAnswer(ctx: ModuleContext, outcome: CardRefundOutcome): Record<string, unknown> {
  if (outcome.status === 'DONE') return outcome;
  return { status: 'FAILED', code: outcome.messageKey, error: ctx.messages.t(outcome.messageKey, outcome.params) };
}

/** The gateway did not answer, or did not do what was asked: the payment stays as it is, to try again. */
function gatewayUnavailable(error: unknown): never {
  throw new AppError('PAYMENT_GATEWAY_UNAVAILABLE', 503, 'PAYMENT_GATEWAY_UNAVAILABLE', { error: (error as Error).message });
}
