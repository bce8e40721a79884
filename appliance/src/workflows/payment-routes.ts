import { z } from 'zod';
import { AppError } from '../kernel/errors.js';
import { runCommand } from '../kernel/http/command-route.js';
import { ok } from '../kernel/http/envelope.js';
import { requireAnyPermission } from '../kernel/http/permissions.js';
import { readJson, readParam } from '../kernel/http/validation.js';
import type { ModuleContext } from '../kernel/module.js';
import { getOrder } from '../orders/index.js';
import {
  CARD_BRANDS,
  createPixChargeFor,
  listPaymentsOfOrder,
  orderBalance,
  paymentsRuntimeOf,
  pixDueDate,
  recordPixCharge,
  standaloneCardDetails,
  STANDALONE_CARD_METHODS,
  withdrawPixCharge,
  paymentAnswers,
} from '../payments/index.js';
import { chargeCard, precheckOrReplay } from './card-tender.js';
import { payableOrder } from './order-payment.js';
import { payWithServiceCharge, tenderServiceShare } from './service-charge.js';
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
/** `POST /orders/{id}/payments`: one tender per call; the answer carries the remaining balance. */
export function registerPaymentRoutes(ctx: ModuleContext): void {
  // The till, and a kiosk for its own orders (its guard, workflows/kiosk-orders.ts, runs first).
  const paysOrders = requireAnyPermission('payments.capture', 'payments.self_service');
  ctx.api.post('/orders/:id/payments', routeDoc({ tag: 'payments', summary: 'Pay (part of) an order with one tender: cash, card (TEF or standalone machine), PIX', description: 'The answer carries the remaining balance; a PIX tender answers with the charge (QR code) and settles when the gateway confirms.', body: tenderBody, status: 201, response: () => paymentAnswers().then((a) => a.tenderAnswer.extend({ serviceChargeCents: z.number().int().optional(), chargedCents: z.number().int().optional() })), errors: { 403: ['CASHIER_NOT_OWNER', 'ORDER_NOT_OWNER', 'KIOSK_PAYMENT_METHOD_NOT_ALLOWED', 'KIOSK_PAYMENT_TERMS_NOT_ALLOWED'], 404: ['ORDER_NOT_FOUND'], 422: ['PAYMENT_STANDALONE_CARD_METHOD_INVALID', 'SERVICE_CHARGE_CHANGED', 'CASHIER_SESSION_CLOSED', 'CASHIER_SESSION_REQUIRED', 'ORDER_TOO_MANY_ITEMS_FOR_FISCAL_DOCUMENT', 'STOCK_UNAVAILABLE', 'ORDER_PRODUCT_UNAVAILABLE'] } }), paysOrders, async (c) => {
    const orderId = readParam(c, 'id');
    const body = await readJson(c, tenderBody);
    const runtime = paymentsRuntimeOf(ctx);

    if (body.standaloneCard) {
      if (!STANDALONE_CARD_METHODS.has(body.method)) throw new AppError('PAYMENT_STANDALONE_CARD_METHOD_INVALID', 422);
      const details = standaloneCardDetails(body.standaloneCard);
      const provider = { provider: 'CARD_MACHINE' as const, providerRef: body.standaloneCard.nsu ?? null, details };
      return runCommand(c, 'payments.tender', (tx) => payWithServiceCharge(tx, orderId, body, provider), 201);
    }

    if (body.method === 'CASH' || body.method === 'OTHER') {
      return runCommand(c, 'payments.tender', (tx) => payWithServiceCharge(tx, orderId, body, { provider: body.method === 'CASH' ? 'CASH' : 'MANUAL' }), 201);
    }

    if (body.method === 'PIX') {
      const amountCents = await precheckOrReplay(c, ctx, orderId, body);
      if (amountCents instanceof Response) return amountCents;
      const order = getOrder(ctx.db, orderId)!;
      const created = await createPixChargeFor(runtime.pix, { amountCents, description: `Pedido ${order.number}`, dueDate: pixDueDate(ctx.clock.now(), ctx.config.timeZone), splitRules: body.splitRules });
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

    return chargeCard(
      c,
      ctx,
      'payments.card',
      () => orderId,
      body,
      (tx, _orderId, amountCents, provider, surchargeCents) => payWithServiceCharge(tx, orderId, { ...body, amountCents }, provider, surchargeCents),
      (_orderId, amountCents) => tenderServiceShare(ctx.db, orderId, amountCents),
    );
  });

  ctx.api.get('/orders/:id/payments', routeDoc({ tag: 'payments', summary: 'An order\'s payments and its balance', response: () => paymentAnswers().then((a) => a.orderPaymentsAnswer), errors: { 404: ['ORDER_NOT_FOUND'] } }), paysOrders, (c) => {
    const orderId = readParam(c, 'id');
    const order = getOrder(ctx.db, orderId);
    if (!order) throw new AppError('ORDER_NOT_FOUND', 404);
    return ok(c, { balance: orderBalance(ctx.db, orderId, order.totalCents), payments: listPaymentsOfOrder(ctx.db, orderId) });
  });
}
