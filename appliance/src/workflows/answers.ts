import { z } from 'zod';
import { orderSchema } from '../orders/index.js';
import { RULE_TRACE_REASONS } from '../pricing/index.js';
import { storeProfileInput } from './store-profile.js';

/** Answers of the workflow routes for the OpenAPI document only: loaded when the document is built. */
export const storeProfileAnswer = storeProfileInput.extend({
  // As stored: digits only, the receipt texts as lists.
  cnpj: z.string().nullable(),
  ie: z.string().nullable(),
  receiptHeader: z.array(z.string()),
  receiptFooter: z.array(z.string()),
  timeZone: z.string(),
  updatedAt: z.string().nullable(),
});

/** Leitura X: the report (the Z report's shape, `ZReport`) and its printable 48-column text. */
export const xReportAnswer = z.object({ report: z.record(z.string(), z.unknown()), text: z.string() });

const kitchenTicketsAnswer = z.array(z.object({ ticketId: z.string(), station: z.string(), kind: z.string(), fireAt: z.iso.datetime() }));

/** A confirmed order with the kitchen tickets it became (one per station, expo included). */
export const confirmedOrderAnswer = orderSchema.extend({ kitchenTickets: kitchenTicketsAnswer });

/** A placed order: DRAFT, or confirmed with its kitchen tickets when the request asked to confirm it. */
export const placedOrderAnswer = orderSchema.extend({ kitchenTickets: kitchenTicketsAnswer.optional() });

/** The order with the weighed line added, and the grams the scale reported. */
/** A print queued on the store's printer (a receipt copy, a report). */
export const printQueuedAnswer = z.object({ jobId: z.string(), kind: z.string(), printerId: z.string() });

export const weighedItemAnswer = orderSchema.extend({ weighedGrams: z.number().int() });

const ruleTraceStepAnswer = z.object({
  ruleId: z.string(),
  kind: z.string(),
  applied: z.boolean(),
  reason: z.enum(RULE_TRACE_REASONS),
  amountCents: z.number().int(),
  beatenBy: z.string().optional(),
});

/** A sample order priced by the engine: each line from its list price to its total, with the rule trace. */
export const pricingSimulationAnswer = z.object({
  channel: z.string(),
  at: z.string(),
  timeZone: z.string(),
  lines: z.array(
    z.object({
      productId: z.string(),
      name: z.string(),
      quantity: z.number().int(),
      unit: z.enum(['UNIT', 'GRAM']),
      listUnitPriceCents: z.number().int(),
      baseCents: z.number().int(),
      unitPriceCents: z.number().int(),
      grossCents: z.number().int(),
      discountCents: z.number().int(),
      totalCents: z.number().int(),
      appliedRules: z.array(z.string()),
      trace: z.array(ruleTraceStepAnswer),
    }),
  ),
  baseCents: z.number().int(),
  discountCents: z.number().int(),
  totalCents: z.number().int(),
});

const tabFields = {
  id: z.string(),
  status: z.enum(['OPEN', 'CLOSING', 'CLOSED', 'MERGED']),
  primaryOrderId: z.string(),
  mergedInto: z.string().nullable(),
  waiterId: z.string().nullable(),
  guests: z.number().int().nullable(),
  openedAt: z.string(),
  closedAt: z.string().nullable(),
  serviceChargeWaived: z.boolean(),
  tableIds: z.array(z.string()),
  orderIds: z.array(z.string()),
};

/** A tab as the tables module holds it (the bill request answers this). */
export const tabAnswer = z.object(tabFields);

/** A tab with its orders, its total and what was captured on it so far (centavos). */
export const tabViewAnswer = z.object({
  ...tabFields,
  orders: z.array(orderSchema),
  totalCents: z.number().int(),
  paidCents: z.number().int(),
  /** The label of the table each live line was ordered at, by line id: joined tables each keep their own seats. */
  lineTables: z.record(z.string(), z.string()),
  /** The store's service charge rate (1000 = 10 %), whether the guests declined it, the charge on the whole bill (0 when declined), what payments collected of it. */
  serviceChargeBp: z.number().int(),
  serviceChargeWaived: z.boolean(),
  serviceChargeCents: z.number().int(),
  serviceChargePaidCents: z.number().int(),
});

/** Both tabs after items moved between tables. */
export const movedItemsAnswer = z.object({ from: tabViewAnswer, to: tabViewAnswer });

/** A bill split: the parts add up to the tab's total exactly. */
export const billSplitAnswer = z.object({
  totalCents: z.number().int(),
  /** The service charge on the whole bill (0 when declined); each part carries its share, the shares add up to it. */
  serviceChargeCents: z.number().int(),
  parts: z.array(z.object({ label: z.string(), itemIds: z.array(z.string()), amountCents: z.number().int(), serviceChargeCents: z.number().int() })),
});

/** A round: the tab's order after it, and the kitchen tickets it became. */
export const roundAnswer = z.object({
  order: orderSchema,
  kitchenTickets: z.array(z.object({ ticketId: z.string(), station: z.string(), kind: z.string() })),
});

/** Money a PIX gateway received that the store did not book, with its order's number; `resolution…` set once a manager resolved it. */
export const unbookedConfirmationAnswer = z.object({
  id: z.string(),
  paymentId: z.string(),
  orderId: z.string(),
  orderNumber: z.number().int().nullable(),
  kind: z.enum(['AMOUNT_MISMATCH', 'PAID_AFTER_CANCEL']),
  provider: z.enum(['CASH', 'TEF', 'ASAAS', 'MERCADO_PAGO', 'MANUAL', 'CARD_MACHINE', 'MARKETPLACE']),
  providerRef: z.string().nullable(),
  chargedCents: z.number().int(),
  receivedCents: z.number().int(),
  createdAt: z.iso.datetime(),
  resolution: z.enum(['REFUNDED_AT_GATEWAY', 'BOOKED_ON_ANOTHER_SALE', 'OTHER']).nullable(),
  resolutionNote: z.string().nullable(),
  resolvedBy: z.string().nullable(),
  resolvedAt: z.iso.datetime().nullable(),
});
