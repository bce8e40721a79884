import type { Context } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../kernel/http/env.js';
import type { CardMethod } from '../devices/tef/card-provider.js';
import { AppError, notFound } from '../kernel/errors.js';
import { runCommand } from '../kernel/http/command-route.js';
import { ok } from '../kernel/http/envelope.js';
import { requirePermission } from '../kernel/http/permissions.js';
import { readJson, readParam } from '../kernel/http/validation.js';
import type { ModuleContext } from '../kernel/module.js';
import { getOrder } from '../orders/index.js';
import {
  authorizeCard,
  CARD_BRANDS,
  cardDetails,
  createPixChargeFor,
  listPaymentsOfOrder,
  orderBalance,
  paymentsRuntimeOf,
  recordPixCharge,
  settleAmounts,
  settleCard,
  standaloneCardDetails,
  STANDALONE_CARD_METHODS,
  withdrawPixCharge,
  paymentAnswers,
} from '../payments/index.js';
import { cardPromptPublisher } from './card-prompts.js';
import { payableOrder, payOrder } from './order-payment.js';
import { safeText } from '../kernel/safe-text.js';
import { routeDoc } from '../../contract/api/openapi/route-doc.js';
import { lazySchema } from '../../contract/lazy-schema.js';

const cents = lazySchema(() => z.number().int().min(1).max(10_000_000_00));
const tenderBody = lazySchema(() => z.object({
  method: z.enum(['CASH', 'CREDIT', 'DEBIT', 'VOUCHER', 'PIX', 'OTHER']),
  amountCents: cents.optional(),
  tenderedCents: cents.optional(),
  payerLabel: safeText(60).optional(),
  cashierSessionId: z.string().min(1).max(100).optional(),
  installments: z.number().int().min(1).max(24).optional(),
  splitRules: z.array(z.object({ accountId: z.string().min(1).max(100), amountCents: cents })).max(5).optional(),
  /** A card taken on the standalone machine; brand and NSU as typed by the cashier, both optional. */
  standaloneCard: z
    .object({ brand: z.enum(CARD_BRANDS).optional(), nsu: z.string().trim().regex(/^[0-9A-Za-z]{1,20}$/).optional() })
    .optional(),
}));
type TenderBody = z.infer<typeof tenderBody>;

/** The tender amount checked against the bill before any card or gateway is charged (re-checked in the command). */
function precheck(ctx: ModuleContext, orderId: string, body: TenderBody): number {
  const order = getOrder(ctx.db, orderId);
  if (!order) throw notFound('ORDER_NOT_FOUND', { orderId });
  const remaining = orderBalance(ctx.db, orderId, order.totalCents).remainingCents;
  return settleAmounts({ method: body.method, amountCents: body.amountCents ?? remaining }, remaining).amountCents;
}

/**
 * A retry with an Idempotency-Key after the first call paid the order would fail the precheck;
 * routing the failure through the command lets the kernel answer with the stored response instead.
 */
async function precheckOrReplay(c: Context<AppEnv>, ctx: ModuleContext, orderId: string, body: TenderBody): Promise<number | Response> {
  try {
    return precheck(ctx, orderId, body);
  } catch (error) {
    if (c.req.header('idempotency-key') === undefined) throw error;
    return runCommand(c, 'payments.replay', () => {
      throw error;
    });
  }
}

/** `POST /orders/{id}/payments`: one tender per call; the answer carries the remaining balance. */
export function registerPaymentRoutes(ctx: ModuleContext): void {
  ctx.api.post('/orders/:id/payments', routeDoc({ tag: 'payments', summary: 'Pay (part of) an order with one tender: cash, card (TEF or standalone machine), PIX', description: 'The answer carries the remaining balance; a PIX tender answers with the charge (QR code) and settles when the gateway confirms.', body: tenderBody, status: 201, response: () => paymentAnswers().then((a) => a.tenderAnswer), errors: { 404: ['ORDER_NOT_FOUND'], 422: ['PAYMENT_STANDALONE_CARD_METHOD_INVALID'] } }), requirePermission('payments.capture'), async (c) => {
    const orderId = readParam(c, 'id');
    const body = await readJson(c, tenderBody);
    const runtime = paymentsRuntimeOf(ctx);

    if (body.standaloneCard) {
      if (!STANDALONE_CARD_METHODS.has(body.method)) throw new AppError('PAYMENT_STANDALONE_CARD_METHOD_INVALID', 422);
      const details = standaloneCardDetails(body.standaloneCard);
      const provider = { provider: 'CARD_MACHINE' as const, providerRef: body.standaloneCard.nsu ?? null, details };
      return runCommand(c, 'payments.tender', (tx) => payOrder(tx, orderId, body, provider), 201);
    }

    if (body.method === 'CASH' || body.method === 'OTHER') {
      return runCommand(c, 'payments.tender', (tx) => payOrder(tx, orderId, body, { provider: body.method === 'CASH' ? 'CASH' : 'MANUAL' }), 201);
    }

    if (body.method === 'PIX') {
      const amountCents = await precheckOrReplay(c, ctx, orderId, body);
      if (amountCents instanceof Response) return amountCents;
      const order = getOrder(ctx.db, orderId)!;
      const created = await createPixChargeFor(runtime.pix, { amountCents, description: `Pedido ${order.number}`, dueDate: order.businessDate, splitRules: body.splitRules });
      let response: Response;
      try {
        response = await runCommand(
          c,
          'payments.pix',
          (tx) => {
            const payable = payableOrder(tx, orderId, 'PIX', body.cashierSessionId);
            const result = recordPixCharge(
              tx,
              { orderId, orderTotalCents: payable.order.totalCents, businessDayId: payable.day.id, businessDate: payable.day.date, amountCents, payerLabel: body.payerLabel, cashierSessionId: payable.session?.id ?? null, splitRules: body.splitRules },
              created,
            );
            return { ...result, order: { id: orderId, status: payable.order.status, paidAt: payable.order.paidAt } };
          },
          201,
        );
      } catch (error) {
        await withdrawPixCharge(runtime.pix, created);
        throw error;
      }
      // A retried request answered from the idempotency store: this new charge is not the recorded one.
      if (response.headers.get('idempotent-replayed') === 'true') await withdrawPixCharge(runtime.pix, created);
      return response;
    }

    const amountCents = await precheckOrReplay(c, ctx, orderId, body);
    if (amountCents instanceof Response) return amountCents;
    const auth = await authorizeCard(runtime.card, body.method as CardMethod, amountCents, body.installments, cardPromptPublisher(ctx, orderId));
    let response: Response;
    try {
      response = await runCommand(
        c,
        'payments.card',
        (tx) => payOrder(tx, orderId, { ...body, amountCents }, { paymentId: auth.paymentId, provider: 'TEF', providerRef: auth.result.nsu, details: cardDetails(auth) }),
        201,
      );
    } catch (error) {
      await settleCard(runtime.card, auth, false);
      throw error;
    }
    await settleCard(runtime.card, auth, response.headers.get('idempotent-replayed') !== 'true').catch((error: unknown) => {
      // The sale is committed; recoverPending at the next start confirms it from the payments table.
      ctx.logger.error({ err: error, paymentId: auth.paymentId }, 'card confirmation failed');
    });
    return response;
  });

  ctx.api.get('/orders/:id/payments', routeDoc({ tag: 'payments', summary: 'An order\'s payments and its balance', response: () => paymentAnswers().then((a) => a.orderPaymentsAnswer), errors: { 404: ['ORDER_NOT_FOUND'] } }), requirePermission('payments.capture'), (c) => {
    const orderId = readParam(c, 'id');
    const order = getOrder(ctx.db, orderId);
    if (!order) throw new AppError('ORDER_NOT_FOUND', 404);
    return ok(c, { balance: orderBalance(ctx.db, orderId, order.totalCents), payments: listPaymentsOfOrder(ctx.db, orderId) });
  });
}
