import { z } from 'zod';
import { lazySchema } from '../../../../contract/lazy-schema.js';

/** Runtime shapes of the template inputs, so bad data is refused when a job is queued, not when it prints. */
const cents = lazySchema(() => z.number().int());
const isoInstant = lazySchema(() => z.iso.datetime({ offset: true }));
const paymentMethod = lazySchema(() => z.enum(['CASH', 'CREDIT', 'DEBIT', 'VOUCHER', 'PIX', 'OTHER']));
const unit = lazySchema(() => z.enum(['UNIT', 'GRAM']));
const store = lazySchema(() => z.object({
  name: z.string().min(1),
  legalName: z.string().optional(),
  cnpj: z.string().optional(),
  address: z.string().optional(),
  phone: z.string().optional(),
}));
const byMethod = lazySchema(() => z.array(z.object({ method: paymentMethod, count: z.number().int().min(0), amountCents: cents })));

export const customerReceiptSchema = lazySchema(() => z.object({
  store,
  orderNumber: z.union([z.number().int(), z.string().min(1)]),
  createdAt: isoInstant,
  tableLabel: z.string().optional(),
  operatorName: z.string().optional(),
  customerName: z.string().optional(),
  items: z.array(
    z.object({ name: z.string().min(1), quantity: z.number().int().positive(), unit, unitPriceCents: cents, totalCents: cents, notes: z.string().optional() }),
  ),
  subtotalCents: cents,
  discountCents: cents,
  serviceFeeCents: cents.optional(),
  deliveryFeeCents: cents.optional(),
  totalCents: cents,
  payments: z.array(
    z.object({
      method: paymentMethod,
      amountCents: cents,
      simulated: z.boolean().optional(),
      cardMachine: z.object({ brand: z.string().nullable(), nsu: z.string().nullable() }).optional(),
    }),
  ),
  changeCents: cents,
  qrCode: z.object({ data: z.string().min(1).max(2000), caption: z.string().optional() }).optional(),
  headerLines: z.array(z.string()).optional(),
  footerLines: z.array(z.string()).optional(),
  preBill: z.object({ servicePercent: z.number().min(0).max(20), paidCents: z.number().int().min(0).optional(), dueCents: z.number().int().min(0).optional() }).optional(),
}));

export const kitchenTicketSchema = lazySchema(() => z.object({
  station: z.string().min(1),
  orderNumber: z.union([z.number().int(), z.string().min(1)]),
  createdAt: isoInstant,
  channel: z.enum(['COUNTER', 'TABLE', 'DELIVERY', 'TAKEOUT', 'KIOSK', 'MARKETPLACE']).optional(),
  tableLabel: z.string().optional(),
  customerName: z.string().optional(),
  startAt: isoInstant.optional(),
  items: z.array(
    z.object({ name: z.string().min(1), quantity: z.number().int().positive(), unit, modifiers: z.array(z.string()).optional(), notes: z.string().optional(), startAt: isoInstant.optional() }),
  ),
  reprint: z.boolean().optional(),
  notice: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('CANCELLED'), at: isoInstant, reason: z.string().min(1).optional() }),
    z.object({ kind: z.literal('MOVED'), at: isoInstant, fromTable: z.string().min(1).optional(), toTable: z.string().min(1).optional() }),
  ]).optional(),
}));

export const dayReportSchema = lazySchema(() => z.object({
  store,
  businessDate: z.iso.date(),
  openedAt: isoInstant,
  closedAt: isoInstant.optional(),
  ordersCount: z.number().int().min(0),
  cancelledCount: z.number().int().min(0),
  grossCents: cents,
  discountCents: cents,
  netCents: cents,
  byMethod,
  topProducts: z.array(z.object({ name: z.string(), quantity: z.number().int(), totalCents: cents })).optional(),
}));

export const cashierCloseSchema = lazySchema(() => z.object({
  store,
  registerName: z.string().min(1),
  operatorName: z.string().min(1),
  openedAt: isoInstant,
  closedAt: isoInstant,
  openingFloatCents: cents,
  cashSalesCents: cents,
  suppliesCents: cents,
  withdrawalsCents: cents,
  countedCashCents: cents,
  byMethod,
  drawerOpenings: z.number().int().min(0).optional(),
}));

export const cardSlipSchema = lazySchema(() => z.object({
  orderNumber: z.union([z.number().int(), z.string().min(1)]),
  kind: z.enum(['SALE', 'CANCELLATION']),
  lines: z.array(z.string().max(200)).min(1).max(100),
}));

export const templateDataSchemas = {
  customer_receipt: customerReceiptSchema,
  kitchen_ticket: kitchenTicketSchema,
  day_report: dayReportSchema,
  cashier_close: cashierCloseSchema,
  card_slip: cardSlipSchema,
} as const;
