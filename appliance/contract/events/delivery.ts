import { z } from 'zod';
import { defineEvent } from '../define-event.js';
import { lazySchema } from '../lazy-schema.js';

const cents = lazySchema(() => z.number().int());
const delivery = { deliveryId: z.string(), orderId: z.string() };

export const deliveryEvents = [
  defineEvent(
    'delivery.zone_saved',
    'delivery_zone',
    () => z.object({ zoneId: z.string(), name: z.string(), kind: z.enum(['RADIUS', 'DISTRICT', 'POSTAL_CODE']), feeCents: cents, minimumOrderCents: cents, estimateMinutes: z.number().int(), active: z.boolean() }),
    'A delivery zone was created or changed (its fee, minimum order and time estimate).',
  ),
  defineEvent(
    'delivery.courier_saved',
    'delivery_courier',
    () => z.object({ courierId: z.string(), name: z.string(), payPerDeliveryCents: cents, active: z.boolean() }),
    'A courier was registered or changed.',
  ),
  defineEvent('delivery.store_location_set', 'store', () => z.object({ latitude: z.number(), longitude: z.number() }), 'Where the store is: zones by distance measure from here.'),
  defineEvent('delivery.address_saved', 'customer', () => z.object({ addressId: z.string(), customerId: z.string() }), 'A customer\'s delivery address was saved (the address itself stays sealed, never journaled).'),
  defineEvent(
    'delivery.created',
    'delivery',
    () => z.object({ ...delivery, zoneId: z.string(), feeCents: cents, estimateMinutes: z.number().int(), prepaid: z.boolean(), paymentMethod: z.string(), amountDueCents: cents, changeForCents: cents.nullable() }),
    'An order will be delivered by the store: the zone\'s fee and what the courier collects at the door.',
  ),
  defineEvent(
    'delivery.dispatched',
    'delivery',
    () => z.object({ ...delivery, courierId: z.string(), amountDueCents: cents.optional(), changeForCents: cents.nullable().optional() }),
    'The order left with a courier; the route slip prints. `amountDueCents` is what the courier collects, set from the order as it leaves, with `changeForCents` the note to change (the one asked for, or the one the dispatcher gave; null when nothing is collected); absent in journals of earlier releases.',
  ),
  defineEvent(
    'delivery.change_for_set',
    'delivery',
    () => z.object({ ...delivery, amountDueCents: cents, changeForCents: cents.nullable(), previousChangeForCents: cents.nullable() }),
    'While the delivery waited to leave, the note the customer pays with at the door (troco para) was changed or cleared; `amountDueCents` is what the courier would collect from the order as it was then.',
  ),
  defineEvent('delivery.delivered', 'delivery', () => z.object({ ...delivery, courierId: z.string(), amountDueCents: cents }), 'The courier delivered the order (reported by staff, or by the day close for a run whose order was completed at the till).'),
  defineEvent(
    'delivery.returned',
    'delivery',
    () => z.object({ ...delivery, courierId: z.string(), reason: z.string() }),
    'The courier came back without delivering (nobody at the door, a wrong address): the order waits at the store to go out again; the ride counts for the courier\'s pay.',
  ),
  defineEvent('delivery.cancelled', 'delivery', () => z.object(delivery), 'The order was cancelled before it was delivered.'),
  defineEvent(
    'delivery.collection_voided',
    'delivery',
    () => z.object(delivery),
    'A delivered order was cancelled before its courier was settled (refused at the door, sent back): the ride still counts for the courier\'s pay, nothing is collected for it.',
  ),
  defineEvent(
    'delivery.courier_settled',
    'delivery_courier',
    () => z.object({ settlementId: z.string(), courierId: z.string(), businessDate: z.string(), deliveryCount: z.number().int(), returnedCount: z.number().int().optional(), cashCollectedCents: cents, cashAtTillCents: cents.optional(), otherCollectedCents: cents, courierPayCents: cents, cashDueCents: cents }),
    'At the day close, a courier\'s deliveries of the day were settled: cash collected, how much of it they handed in at the till (the orders\' cash payments after the run left), their pay (delivered and returned rides), and the cash they still hand in (collected, not taken at the till, less their pay). `returnedCount` and `cashAtTillCents` are absent in journals of earlier releases.',
  ),
  defineEvent(
    'delivery.destinations_forgotten',
    'store',
    () => z.object({ count: z.number().int(), endedBefore: z.string() }),
    'Deliveries that ended (delivered or cancelled) before `endedBefore` forgot who received them, their phone and the street, keeping zone, district and city (at start and hourly, a week after they ended).',
  ),
] as const;
