import { z } from 'zod';
import type { Db } from '../kernel/db/open.js';
import { vaultOf } from '../kernel/pii/vault.js';
import { openAddress } from './sealed-address.js';
import { lazySchema } from '../../contract/lazy-schema.js';

const cents = lazySchema(() => z.number().int().min(0).max(100_000_000));
const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => z.string().trim().max(max).nullable().default(null);

/** A street address in Brazil; coordinates only when known (a map pin), for zones by distance. */
export const addressSchema = lazySchema(() => z.object({
  street: text(200),
  number: text(20),
  complement: optionalText(100),
  district: text(100),
  city: text(100),
  state: z.string().trim().length(2).toUpperCase(),
  postalCode: z.string().trim().regex(/^\d{5}-?\d{3}$/).transform((cep) => cep.replace('-', '')),
  reference: optionalText(200),
  latitude: z.number().min(-90).max(90).nullable().default(null),
  longitude: z.number().min(-180).max(180).nullable().default(null),
}));
export type Address = z.infer<typeof addressSchema>;

/** Who receives the order, at which address. */
export const destinationSchema = lazySchema(() => addressSchema.extend({ recipientName: text(120), phone: text(40) }));
export type Destination = z.infer<typeof destinationSchema>;

export const ZONE_KINDS = ['RADIUS', 'DISTRICT', 'POSTAL_CODE'] as const;

export const zoneSchema = lazySchema(() => z.object({
  name: text(80),
  kind: z.enum(ZONE_KINDS),
  maxDistanceMeters: z.number().int().min(1).max(100_000).nullable().default(null),
  districts: z.array(text(100)).max(200).default([]),
  postalPrefixes: z.array(z.string().regex(/^\d{1,8}$/)).max(200).default([]),
  feeCents: cents,
  minimumOrderCents: cents.default(0),
  estimateMinutes: z.number().int().min(1).max(600),
  active: z.boolean().default(true),
}));
export type ZoneInput = z.infer<typeof zoneSchema>;
export type Zone = ZoneInput & { id: string };

export const courierSchema = lazySchema(() => z.object({ name: text(80), payPerDeliveryCents: cents.default(0), active: z.boolean().default(true) }));
export type Courier = z.infer<typeof courierSchema> & { id: string };

export const DELIVERY_STATUSES = ['PENDING', 'OUT_FOR_DELIVERY', 'DELIVERED', 'CANCELLED'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

export interface Delivery {
  id: string;
  orderId: string;
  businessDate: string;
  zoneId: string;
  feeCents: number;
  estimateMinutes: number;
  distanceMeters: number | null;
  destination: Destination;
  prepaid: boolean;
  paymentMethod: string;
  amountDueCents: number;
  changeForCents: number | null;
  status: DeliveryStatus;
  courierId: string | null;
  settlementId: string | null;
  createdAt: string;
  dispatchedAt: string | null;
  deliveredAt: string | null;
  /** Rides that came back without delivering (the order went out again, or waits to). */
  returnedRuns: number;
}

export interface CourierSettlement {
  id: string;
  courierId: string;
  businessDate: string;
  deliveryCount: number;
  /** Rides that came back without delivering: paid like a delivery, nothing collected. */
  returnedCount: number;
  cashCollectedCents: number;
  /** Of the cash collected, what the courier already handed in at the till on the orders' payments (it is in a drawer). */
  cashAtTillCents: number;
  otherCollectedCents: number;
  courierPayCents: number;
  /** What the courier still hands in: cash collected not taken at the till, minus their pay. */
  cashDueCents: number;
  settledAt: string;
}

export const toZone = (row: any): Zone => ({
  id: row.id,
  name: row.name,
  kind: row.kind,
  maxDistanceMeters: row.max_distance_m,
  districts: JSON.parse(row.districts),
  postalPrefixes: JSON.parse(row.postal_prefixes),
  feeCents: row.fee_cents,
  minimumOrderCents: row.minimum_order_cents,
  estimateMinutes: row.estimate_minutes,
  active: row.active === 1,
});

export const toCourier = (row: any): Courier => ({ id: row.id, name: row.name, payPerDeliveryCents: row.pay_per_delivery_cents, active: row.active === 1 });

export const toSettlement = (row: any): CourierSettlement => ({
  id: row.id,
  courierId: row.courier_id,
  businessDate: row.business_date,
  deliveryCount: row.delivery_count,
  returnedCount: row.returned_count,
  cashCollectedCents: row.cash_collected_cents,
  cashAtTillCents: row.cash_at_till_cents,
  otherCollectedCents: row.other_collected_cents,
  courierPayCents: row.courier_pay_cents,
  cashDueCents: row.cash_due_cents,
  settledAt: row.settled_at,
});

export function toDelivery(db: Db, row: any): Delivery {
  return {
    id: row.id,
    orderId: row.order_id,
    businessDate: row.business_date,
    zoneId: row.zone_id,
    feeCents: row.fee_cents,
    estimateMinutes: row.estimate_minutes,
    distanceMeters: row.distance_m,
    destination: openAddress<Destination>(vaultOf(db).keyring, 'delivery', row.id, row.address),
    prepaid: row.prepaid === 1,
    paymentMethod: row.payment_method,
    amountDueCents: row.amount_due_cents,
    changeForCents: row.change_for_cents,
    status: row.status,
    courierId: row.courier_id,
    settlementId: row.settlement_id,
    createdAt: row.created_at,
    dispatchedAt: row.dispatched_at,
    deliveredAt: row.delivered_at,
    returnedRuns: db.prepare('SELECT count(*) FROM delivery_returned_runs WHERE delivery_id = ?').pluck().get(row.id) as number,
  };
}

/** A customer's saved address, opened. */
export interface SavedAddress {
  id: string;
  customerId: string;
  label: string | null;
  address: Address;
}

export const toSavedAddress = (db: Db, row: any): SavedAddress => ({ id: row.id, customerId: row.customer_id, label: row.label, address: openAddress<Address>(vaultOf(db).keyring, 'saved', row.id, row.address) });

/** Null once the customer's erasure deleted it. */
export function findSavedAddress(db: Db, id: string): SavedAddress | null {
  const row = db.prepare('SELECT * FROM delivery_addresses WHERE id = ?').get(id);
  return row ? toSavedAddress(db, row) : null;
}

export function findZone(db: Db, id: string): Zone | null {
  const row = db.prepare('SELECT * FROM delivery_zones WHERE id = ?').get(id);
  return row ? toZone(row) : null;
}

export function findCourier(db: Db, id: string): Courier | null {
  const row = db.prepare('SELECT * FROM delivery_couriers WHERE id = ?').get(id);
  return row ? toCourier(row) : null;
}

export function findDelivery(db: Db, id: string): Delivery | null {
  const row = db.prepare('SELECT * FROM deliveries WHERE id = ?').get(id);
  return row ? toDelivery(db, row) : null;
}

export function findDeliveryOfOrder(db: Db, orderId: string): Delivery | null {
  const row = db.prepare('SELECT * FROM deliveries WHERE order_id = ?').get(orderId);
  return row ? toDelivery(db, row) : null;
}

/** Deliveries still the dispatcher's work: waiting for a courier, or on the street. */
const UNFINISHED = "status IN ('PENDING', 'OUT_FOR_DELIVERY')";

/**
 * Which deliveries a list asks for: one business day's (`businessDate`), or the dispatcher's
 * (`openDay`): the open day's (null: none open) and those of earlier days still waiting or on the
 * street (the last order of a closed day, paid and waiting for its courier, leaves after the close).
 */
export type DeliveriesOfDayFilter = ({ businessDate: string } | { openDay: string | null }) & { status?: DeliveryStatus };

function dayWhere(filter: DeliveriesOfDayFilter): { where: string; params: string[] } {
  if ('businessDate' in filter) return { where: 'business_date = ?', params: [filter.businessDate] };
  if (filter.openDay === null) return { where: UNFINISHED, params: [] };
  return { where: `(business_date = ? OR (business_date < ? AND ${UNFINISHED}))`, params: [filter.openDay, filter.openDay] };
}

function deliveriesWhere(filter: DeliveriesOfDayFilter): { where: string; params: string[] } {
  const day = dayWhere(filter);
  return filter.status ? { where: `${day.where} AND status = ?`, params: [...day.params, filter.status] } : day;
}

/**
 * A business day's deliveries (see DeliveriesOfDayFilter), optionally in one status, by when they
 * were made (then id, so a page never repeats or skips one); `total` counts them all for the page
 * metadata.
 */
export function listDeliveriesOfDay(db: Db, filter: DeliveriesOfDayFilter, page: { limit: number; offset: number; newestFirst: boolean }): { deliveries: Delivery[]; total: number } {
  const { where, params } = deliveriesWhere(filter);
  const direction = page.newestFirst ? 'DESC' : 'ASC';
  const rows = db.prepare(`SELECT * FROM deliveries WHERE ${where} ORDER BY created_at ${direction}, id ${direction} LIMIT ? OFFSET ?`).all(...params, page.limit, page.offset) as any[];
  const total = db.prepare(`SELECT count(*) FROM deliveries WHERE ${where}`).pluck().get(...params) as number;
  return { deliveries: rows.map((row) => toDelivery(db, row)), total };
}

export function listZones(db: Db): Zone[] {
  return (db.prepare('SELECT * FROM delivery_zones ORDER BY name, id').all() as any[]).map(toZone);
}

export function listCouriers(db: Db): Courier[] {
  return (db.prepare('SELECT * FROM delivery_couriers ORDER BY name, id').all() as any[]).map(toCourier);
}

export function listSettlements(db: Db, businessDate: string): CourierSettlement[] {
  return (db.prepare('SELECT * FROM delivery_settlements WHERE business_date = ? ORDER BY courier_id').all(businessDate) as any[]).map(toSettlement);
}
