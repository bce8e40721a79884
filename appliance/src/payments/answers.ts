import { z } from 'zod';
import { TENDER_METHODS } from './types.js';

/** Answers of the payment routes for the OpenAPI document only: loaded when the document is built. */
export const paymentAnswer = z.object({
  id: z.string(),
  orderId: z.string(),
  businessDayId: z.string(),
  businessDate: z.iso.date(),
  method: z.enum(TENDER_METHODS),
  status: z.enum(['PENDING', 'CAPTURED', 'CANCELLED']),
  amountCents: z.number().int(),
  tenderedCents: z.number().int(),
  changeCents: z.number().int(),
  refundedCents: z.number().int(),
  provider: z.enum(['CASH', 'TEF', 'ASAAS', 'MERCADO_PAGO', 'MANUAL', 'CARD_MACHINE', 'MARKETPLACE']),
  providerRef: z.string().nullable(),
  payerLabel: z.string().nullable(),
  cashierSessionId: z.string().nullable(),
  operatorId: z.string().nullable(),
  pix: z.object({ qrPayload: z.string(), qrImageBase64: z.string().nullable() }).nullable(),
  details: z.record(z.string(), z.unknown()),
  createdAt: z.iso.datetime(),
  capturedAt: z.iso.datetime().nullable(),
});

export const orderBalanceAnswer = z.object({
  orderId: z.string(),
  totalCents: z.number().int(),
  paidCents: z.number().int(),
  pendingCents: z.number().int(),
  remainingCents: z.number().int(),
  changeCents: z.number().int(),
});

/** A tender's answer: the payment, what is still due, and the order (PAID once settled). */
export const tenderAnswer = z.object({
  payment: paymentAnswer,
  balance: orderBalanceAnswer,
  order: z.object({ id: z.string(), status: z.string(), paidAt: z.iso.datetime().nullable() }),
});

export const orderPaymentsAnswer = z.object({ balance: orderBalanceAnswer, payments: z.array(paymentAnswer) });

export const refundAnswer = z.object({
  refundId: z.string(),
  payment: paymentAnswer,
  amountCents: z.number().int(),
  /** PIX only: how returning the money through the gateway went (the refund is recorded either way). */
  gatewayRefund: z.looseObject({ status: z.enum(['DONE', 'FAILED']), error: z.string().optional() }).optional(),
  /**
   * TEF card only: the cancellation (estorno) at the card network, DONE with the terminal's slip, or
   * FAILED with why in pt-BR (a part of the card, refused, terminal down): the refund is recorded
   * either way, and a failed one is given back to the customer another way.
   */
  cardRefund: z
    .object({
      status: z.enum(['DONE', 'FAILED']),
      operatorMessage: z.string().nullable().optional(),
      receiptLines: z.array(z.string()).optional(),
      code: z.string().optional(),
      error: z.string().optional(),
    })
    .optional(),
});

const reconciliationLine = z.object({
  paymentId: z.string().nullable(),
  gatewayPaymentId: z.string(),
  recordedCents: z.number().int().nullable(),
  settledCents: z.number().int().nullable(),
  netCents: z.number().int().nullable(),
});

export const reconciliationAnswer = z.object({
  id: z.string(),
  gateway: z.string(),
  from: z.iso.date(),
  to: z.iso.date(),
  matched: z.array(reconciliationLine),
  /** Same charge on both sides, different amounts. */
  amountMismatch: z.array(reconciliationLine),
  /** We recorded it captured; the gateway did not settle it. */
  missingInSettlement: z.array(reconciliationLine),
  /** The gateway settled it; we have no captured payment for it. */
  unknownToStore: z.array(reconciliationLine),
  totals: z.object({ recordedCents: z.number().int(), settledCents: z.number().int(), matchedCents: z.number().int(), netSettledCents: z.number().int(), differenceCents: z.number().int() }),
});

export const reconciliationAlertAnswer = z.object({
  id: z.string(),
  reconciliationId: z.string(),
  gateway: z.string(),
  kind: z.enum(['AMOUNT_MISMATCH', 'MISSING_IN_SETTLEMENT', 'UNKNOWN_TO_STORE']),
  gatewayPaymentId: z.string(),
  paymentId: z.string().nullable(),
  recordedCents: z.number().int().nullable(),
  settledCents: z.number().int().nullable(),
  differenceCents: z.number().int(),
  from: z.iso.date(),
  to: z.iso.date(),
  createdAt: z.iso.datetime(),
});

/** A gateway notification: received, and whether it settled a payment (and which). */
export const webhookAnswer = z.object({ received: z.literal(true), applied: z.boolean(), paymentId: z.string().nullable().optional() });
