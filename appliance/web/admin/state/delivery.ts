import { parseCents } from '../../shared/money';
import { readAllPages } from './load';
import { api } from './session';
import { InputError, t } from '../texts';

/** The open business day's deliveries, every status, and earlier days' still waiting or on the street, oldest first (the order they should leave in). */
export const loadDeliveriesOfDay = () => readAllPages((page, size) => api.get('/api/v1/delivery/deliveries', { params: { query: { page, size } } }));
export const loadCouriers = () => api.get('/api/v1/delivery/couriers');
export const loadZones = () => api.get('/api/v1/delivery/zones');

export type DeliveryOfDay = Awaited<ReturnType<typeof loadDeliveriesOfDay>>[number];
export type Courier = Awaited<ReturnType<typeof loadCouriers>>[number];
export type DeliveryStatus = DeliveryOfDay['status'];

// A retry of the same tap (a slow network, a double tap) must not dispatch or report twice.
export const dispatchDelivery = (id: string, courierId: string, changeForCents?: number | null) =>
  api.post('/api/v1/delivery/deliveries/{id}/dispatch', { params: { path: { id } }, body: { courierId, changeForCents }, idempotencyKey: crypto.randomUUID() });

/**
 * The note for the change the dispatcher typed after the order outgrew the one asked for: empty
 * takes no change (null); anything else must be an amount in reais (`100`, `100,00`).
 */
export function changeForTyped(typed: string): number | null {
  if (typed.trim() === '') return null;
  const cents = parseCents(typed);
  if (cents === null) throw new InputError(t('ADMIN_DELIVERY_CHANGE_INVALID'));
  return cents;
}
export const markDelivered = (id: string) => api.post('/api/v1/delivery/deliveries/{id}/delivered', { params: { path: { id } }, idempotencyKey: crypto.randomUUID() });
export const markReturned = (id: string, reason: string) =>
  api.post('/api/v1/delivery/deliveries/{id}/returned', { params: { path: { id } }, body: { reason }, idempotencyKey: crypto.randomUUID() });

/** Why a courier comes back without delivering, as the store says it (sent as the reason, in pt-BR). */
export const RETURN_REASONS = ['ADMIN_DELIVERY_RETURN_NO_ANSWER', 'ADMIN_DELIVERY_RETURN_ADDRESS', 'ADMIN_DELIVERY_RETURN_REFUSED', 'ADMIN_DELIVERY_RETURN_OTHER'] as const;
export type ReturnReason = (typeof RETURN_REASONS)[number];

/** A new courier from the form: the name and the pay per delivery typed in reais (`5`, `5,50`). */
export function newCourierBody(fields: Record<string, string>): { name: string; payPerDeliveryCents: number; active: boolean } {
  const payPerDeliveryCents = parseCents(fields.pay ?? '');
  if (payPerDeliveryCents === null) throw new InputError(t('ADMIN_DELIVERY_PAY_INVALID'));
  return { name: fields.name ?? '', payPerDeliveryCents, active: true };
}

export const createCourier = (body: ReturnType<typeof newCourierBody>) => api.post('/api/v1/delivery/couriers', { body, idempotencyKey: crypto.randomUUID() });

/** PUT replaces the courier: the name and pay go back as they are, only `active` changes. */
export const setCourierActive = (courier: Courier, active: boolean) =>
  api.put('/api/v1/delivery/couriers/{id}', { params: { path: { id: courier.id } }, body: { name: courier.name, payPerDeliveryCents: courier.payPerDeliveryCents, active } });

export const DELIVERY_STATUS_LABELS = {
  PENDING: 'ADMIN_DELIVERY_STATUS_PENDING',
  OUT_FOR_DELIVERY: 'ADMIN_DELIVERY_STATUS_OUT_FOR_DELIVERY',
  DELIVERED: 'ADMIN_DELIVERY_STATUS_DELIVERED',
  CANCELLED: 'ADMIN_DELIVERY_STATUS_CANCELLED',
} as const satisfies Record<DeliveryStatus, string>;

/** The pill colour of a status: waiting for a courier stands out, out on the street is in progress. */
export const DELIVERY_STATUS_TONES: Record<DeliveryStatus, string> = { PENDING: 'down', OUT_FOR_DELIVERY: 'degraded', DELIVERED: 'ok', CANCELLED: '' };

const PAYMENT_LABELS = {
  CASH: 'ADMIN_DELIVERY_PAY_CASH',
  CREDIT: 'ADMIN_DELIVERY_PAY_CREDIT',
  DEBIT: 'ADMIN_DELIVERY_PAY_DEBIT',
  VOUCHER: 'ADMIN_DELIVERY_PAY_VOUCHER',
  PIX: 'ADMIN_DELIVERY_PAY_PIX',
} as const;

/** How the courier is paid at the door, in pt-BR (a method this screen does not know shows as "outro"). */
export const paymentMethodLabel = (method: string): string => t(PAYMENT_LABELS[method as keyof typeof PAYMENT_LABELS] ?? 'ADMIN_DELIVERY_PAY_OTHER');
