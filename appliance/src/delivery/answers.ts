import { z } from 'zod';
import { addressSchema, DELIVERY_STATUSES, ZONE_KINDS } from './model.js';

/** What the delivery routes answer (the envelope's `data`), for the OpenAPI document and the typed client. */
export const zoneResponse = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(ZONE_KINDS),
  maxDistanceMeters: z.number().int().nullable(),
  districts: z.array(z.string()),
  postalPrefixes: z.array(z.string()),
  feeCents: z.number().int(),
  minimumOrderCents: z.number().int(),
  estimateMinutes: z.number().int(),
  active: z.boolean(),
});

export const courierResponse = z.object({ id: z.string(), name: z.string(), payPerDeliveryCents: z.number().int(), active: z.boolean() });

export const savedAddressResponse = z.object({ id: z.string(), customerId: z.string(), label: z.string().nullable(), address: addressSchema });

export const quoteResponse = z.object({ zone: zoneResponse, distanceMeters: z.number().int().nullable() });

/**
 * Where a delivery goes, as stored. A chat order's address is the line the customer wrote: it is
 * the street, and number, city, state and CEP may be empty (docs/chat.md, "Delivery").
 */
const deliveryDestination = z.object({
  street: z.string(),
  number: z.string(),
  complement: z.string().nullable(),
  district: z.string(),
  city: z.string(),
  state: z.string(),
  postalCode: z.string(),
  reference: z.string().nullable(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  recipientName: z.string(),
  phone: z.string(),
});

export const deliveryResponse = z.object({
  id: z.string(),
  orderId: z.string(),
  businessDate: z.string(),
  zoneId: z.string(),
  feeCents: z.number().int(),
  estimateMinutes: z.number().int(),
  distanceMeters: z.number().int().nullable(),
  destination: deliveryDestination,
  prepaid: z.boolean(),
  paymentMethod: z.string(),
  amountDueCents: z.number().int(),
  changeForCents: z.number().int().nullable(),
  status: z.enum(DELIVERY_STATUSES),
  courierId: z.string().nullable(),
  settlementId: z.string().nullable(),
  createdAt: z.string(),
  dispatchedAt: z.string().nullable(),
  deliveredAt: z.string().nullable(),
  returnedRuns: z.number().int(),
});

export const settlementResponse = z.object({
  id: z.string(),
  courierId: z.string(),
  businessDate: z.string(),
  deliveryCount: z.number().int(),
  returnedCount: z.number().int(),
  cashCollectedCents: z.number().int(),
  cashAtTillCents: z.number().int(),
  otherCollectedCents: z.number().int(),
  courierPayCents: z.number().int(),
  cashDueCents: z.number().int(),
  settledAt: z.string(),
});
