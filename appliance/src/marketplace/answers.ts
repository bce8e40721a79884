import { z } from 'zod';
import { MARKETPLACE_PLATFORMS } from './model.js';

/** Answers of the marketplace routes for the OpenAPI document only: loaded when the document is built. */
const cents = z.number().int().min(0);

export const marketplaceOrderAnswer = z.object({
  id: z.string(),
  platform: z.enum(MARKETPLACE_PLATFORMS),
  platformOrderId: z.string(),
  displayId: z.string(),
  /** The store order it became; null until accepted. */
  orderId: z.string().nullable(),
  status: z.enum(['RECEIVED', 'ACCEPTED', 'CANCELLED']),
  attention: z.enum(['UNMAPPED_ITEMS', 'BUSINESS_DAY_CLOSED']).nullable(),
  customerName: z.string().nullable(),
  customerPhone: z.string().nullable(),
  deliveryAddress: z.record(z.string(), z.string().nullable()).nullable(),
  notes: z.string().nullable(),
  subtotalCents: cents,
  deliveryFeeCents: cents,
  discounts: z.array(z.object({ amountCents: cents, sponsor: z.string() })),
  totalCents: cents,
  payment: z.object({ prepaid: z.boolean(), method: z.string(), pendingCents: cents, changeForCents: cents.nullable() }),
  confirmDeadline: z.string().nullable(),
  placedAt: z.string(),
  receivedAt: z.string(),
  cancelCode: z.string().nullable(),
  lines: z.array(
    z.object({
      position: z.number().int(),
      externalCode: z.string().nullable(),
      name: z.string(),
      quantity: z.number().int(),
      unitPriceCents: cents,
      totalCents: cents,
      notes: z.string().nullable(),
      options: z.array(z.object({ externalCode: z.string().nullable(), name: z.string(), quantity: z.number().int(), priceCents: cents })),
      productId: z.string().nullable(),
    }),
  ),
});

/** Per platform, whether its orders are accepted without the operator. */
export const autoAcceptAnswer = z.object(Object.fromEntries(MARKETPLACE_PLATFORMS.map((p) => [p, z.boolean()])) as Record<(typeof MARKETPLACE_PLATFORMS)[number], z.ZodBoolean>);

/** The mapping as saved. */
export const itemMappingAnswer = z.object({ platform: z.enum(MARKETPLACE_PLATFORMS), externalCode: z.string(), productId: z.string() });
