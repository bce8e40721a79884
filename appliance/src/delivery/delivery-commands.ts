import { businessRule, notFound } from '../kernel/errors.js';
import { formatBrl } from '../kernel/money.js';
import { newId } from '../kernel/ids.js';
import type { Db } from '../kernel/db/open.js';
import type { CommandTx } from '../kernel/journal/command-bus.js';
import { vaultOf } from '../kernel/pii/vault.js';
import { findCourier, findDelivery, findDeliveryOfOrder, toCourier, type CourierSettlement, type Delivery, type DeliveryStatus, type Destination } from './model.js';
import { sealAddress } from './sealed-address.js';
import { matchZone, type ZoneMatch } from './zone-match.js';

export interface NewDelivery {
  orderId: string;
  businessDate: string;
  /** What the order costs before the delivery fee (checked against the zone's minimum). */
  orderTotalCents: number;
  destination: Destination;
  payment: { prepaid: boolean; method: string; changeForCents: number | null };
}

/** The zone, fee, minimum and estimate for an address; 422 outside the delivery area. */
export function quoteDelivery(db: Db, destination: Destination): ZoneMatch {
  const match = matchZone(db, destination);
  if (!match) throw businessRule('DELIVERY_OUT_OF_AREA', { postalCode: destination.postalCode });
  return match;
}

/**
 * The order goes out for delivery to this destination: the zone's fee and estimate are fixed now,
 * and what the courier collects at the door (order plus fee, unless paid online).
 */
export function createDelivery(tx: CommandTx, input: NewDelivery): Delivery {
  if (findDeliveryOfOrder(tx.db, input.orderId)) throw businessRule('DELIVERY_ALREADY_EXISTS', { orderId: input.orderId });
  const { zone, distanceMeters } = quoteDelivery(tx.db, input.destination);
  if (input.orderTotalCents < zone.minimumOrderCents) {
    throw businessRule('DELIVERY_BELOW_MINIMUM', { zoneId: zone.id, minimumOrderCents: zone.minimumOrderCents }, { zone: zone.name, minimum: formatBrl(zone.minimumOrderCents) });
  }
  const amountDueCents = amountDue(input.payment.prepaid, input.orderTotalCents, zone.feeCents);
  const { changeForCents } = input.payment;
  if (changeForCents !== null && changeForCents <= amountDueCents) throw businessRule('DELIVERY_CHANGE_TOO_SMALL', { amountDueCents, changeForCents }, { due: formatBrl(amountDueCents) });
  const id = newId();
  tx
    .prepare(
      `INSERT INTO deliveries (id, order_id, business_date, zone_id, fee_cents, estimate_minutes, distance_m, address, prepaid, payment_method, amount_due_cents, change_for_cents, status, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', ?)`,
    )
    .run(id, input.orderId, input.businessDate, zone.id, zone.feeCents, zone.estimateMinutes, distanceMeters, sealAddress(vaultOf(tx.db).keyring, 'delivery', id, input.destination),
      input.payment.prepaid ? 1 : 0, input.payment.method, amountDueCents, changeForCents, tx.nowIso);
  tx.emit({
    type: 'delivery.created',
    aggregateType: 'delivery',
    aggregateId: id,
    payload: { deliveryId: id, orderId: input.orderId, zoneId: zone.id, feeCents: zone.feeCents, estimateMinutes: zone.estimateMinutes, prepaid: input.payment.prepaid, paymentMethod: input.payment.method, amountDueCents, changeForCents },
  });
  return findDelivery(tx.db, id)!;
}

/** What the courier collects at the door: the goods plus the fee, nothing when paid before it leaves. */
function amountDue(prepaid: boolean, orderTotalCents: number, feeCents: number): number {
  return prepaid ? 0 : orderTotalCents + feeCents;
}

function load(tx: CommandTx, id: string, from: DeliveryStatus): Delivery {
  const delivery = findDelivery(tx.db, id);
  if (!delivery) throw notFound('DELIVERY_NOT_FOUND', { deliveryId: id });
  if (delivery.status !== from) throw businessRule('DELIVERY_WRONG_STATUS', { deliveryId: id, status: delivery.status }, { status: delivery.status });
  return delivery;
}

/**
 * Assigned to a courier and out of the door (the route slip prints on `delivery.dispatched`).
 * `orderTotalCents` is the order as it leaves, before the delivery fee: lines added or a discount
 * given since the address was taken change what the courier collects, and the slip and the
 * courier's settlement read it from here. A change-for the new amount no longer exceeds is dropped:
 * the slip would tell the courier to take a negative change.
 */
export function dispatchDelivery(tx: CommandTx, id: string, courierId: string, orderTotalCents: number): Delivery {
  const delivery = load(tx, id, 'PENDING');
  const courier = findCourier(tx.db, courierId);
  if (!courier?.active) throw notFound('DELIVERY_COURIER_NOT_FOUND', { courierId });
  const amountDueCents = amountDue(delivery.prepaid, orderTotalCents, delivery.feeCents);
  const changeForCents = delivery.changeForCents !== null && delivery.changeForCents > amountDueCents ? delivery.changeForCents : null;
  tx
    .prepare("UPDATE deliveries SET status = 'OUT_FOR_DELIVERY', courier_id = ?, dispatched_at = ?, amount_due_cents = ?, change_for_cents = ? WHERE id = ?")
    .run(courierId, tx.nowIso, amountDueCents, changeForCents, id);
  tx.emit({ type: 'delivery.dispatched', aggregateType: 'delivery', aggregateId: id, payload: { deliveryId: id, orderId: delivery.orderId, courierId, amountDueCents, changeForCents } });
  return findDelivery(tx.db, id)!;
}

export function markDelivered(tx: CommandTx, id: string): Delivery {
  const delivery = load(tx, id, 'OUT_FOR_DELIVERY');
  tx.prepare("UPDATE deliveries SET status = 'DELIVERED', delivered_at = ? WHERE id = ?").run(tx.nowIso, id);
  tx.emit({ type: 'delivery.delivered', aggregateType: 'delivery', aggregateId: id, payload: { deliveryId: id, orderId: delivery.orderId, courierId: delivery.courierId!, amountDueCents: delivery.amountDueCents } });
  return findDelivery(tx.db, id)!;
}

/**
 * The courier came back without delivering (nobody at the door, a wrong number, the street
 * closed): the delivery waits at the store to go out again, with any courier, or to be cancelled.
 * The ride that came back is kept for the courier's pay at the settlement; it collected nothing.
 */
export function markReturned(tx: CommandTx, id: string, reason: string): Delivery {
  const delivery = load(tx, id, 'OUT_FOR_DELIVERY');
  const courierId = delivery.courierId!;
  tx
    .prepare('INSERT INTO delivery_returned_runs (id, delivery_id, courier_id, business_date, reason, dispatched_at, returned_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
    .run(newId(), id, courierId, delivery.businessDate, reason, delivery.dispatchedAt!, tx.nowIso);
  tx.prepare("UPDATE deliveries SET status = 'PENDING', courier_id = NULL, dispatched_at = NULL WHERE id = ?").run(id);
  tx.emit({ type: 'delivery.returned', aggregateType: 'delivery', aggregateId: id, payload: { deliveryId: id, orderId: delivery.orderId, courierId, reason } });
  return findDelivery(tx.db, id)!;
}

/**
 * The order was cancelled. Before it was delivered: nothing to collect, nothing to settle. After
 * (the customer refused at the door, the order came back) but before the day's courier settlement:
 * the courier rode, so the run stays for their pay, but nothing was collected for a cancelled order;
 * else the settlement would have the manager take its money from the courier.
 */
export function cancelDeliveryOfOrder(tx: CommandTx, orderId: string): void {
  const delivery = findDeliveryOfOrder(tx.db, orderId);
  if (!delivery || delivery.status === 'CANCELLED') return;
  if (delivery.status === 'DELIVERED') {
    if (delivery.settlementId !== null || delivery.amountDueCents === 0) return;
    tx.prepare('UPDATE deliveries SET amount_due_cents = 0 WHERE id = ?').run(delivery.id);
    tx.emit({ type: 'delivery.collection_voided', aggregateType: 'delivery', aggregateId: delivery.id, payload: { deliveryId: delivery.id, orderId } });
    return;
  }
  tx.prepare("UPDATE deliveries SET status = 'CANCELLED' WHERE id = ?").run(delivery.id);
  tx.emit({ type: 'delivery.cancelled', aggregateType: 'delivery', aggregateId: delivery.id, payload: { deliveryId: delivery.id, orderId } });
}

/** Deliveries still with a courier: the day cannot be settled while money is on the street. */
export function deliveriesOutOfTheDoor(db: Db): { deliveryId: string; orderId: string; courierId: string }[] {
  return db.prepare("SELECT id AS deliveryId, order_id AS orderId, courier_id AS courierId FROM deliveries WHERE status = 'OUT_FOR_DELIVERY' ORDER BY dispatched_at").all() as { deliveryId: string; orderId: string; courierId: string }[];
}

/**
 * The couriers' cash for a business day, inside the day close: per courier, the delivered and not
 * yet settled deliveries and the rides that came back, the cash they collected (orders plus fees paid at the door in cash),
 * what they collected otherwise (card on the courier's terminal), their pay per delivery, and the
 * cash they hand to the store (collected cash minus pay, every ride paid). Settled once; a second call finds nothing.
 *
 * `takenFor` is what the order's payments actually took (null when none): a customer who said
 * "dinheiro" and paid on the courier's card machine leaves the courier with a slip, not cash, and
 * the settlement must not ask for it. What the payments do not cover (a fee kept outside the order)
 * and a run with no payments follow the method the customer declared.
 */
export function settleCouriers(tx: CommandTx, businessDate: string, takenFor: (orderId: string) => { cashCents: number; totalCents: number } | null = () => null): CourierSettlement[] {
  const runs = tx
    .prepare("SELECT courier_id, order_id, payment_method, amount_due_cents FROM deliveries WHERE status = 'DELIVERED' AND settlement_id IS NULL AND business_date = ? ORDER BY courier_id")
    .all(businessDate) as { courier_id: string; order_id: string; payment_method: string; amount_due_cents: number }[];
  const byCourier = new Map<string, { n: number; returned: number; cash: number; other: number }>();
  const returnedRuns = tx
    .prepare('SELECT courier_id, count(*) AS n FROM delivery_returned_runs WHERE settlement_id IS NULL AND business_date = ? GROUP BY courier_id')
    .all(businessDate) as { courier_id: string; n: number }[];
  for (const returned of returnedRuns) byCourier.set(returned.courier_id, { n: 0, returned: returned.n, cash: 0, other: 0 });
  for (const run of runs) {
    const taken = run.amount_due_cents > 0 ? takenFor(run.order_id) : null;
    const byPayments = Math.min(run.amount_due_cents, Math.max(0, taken?.totalCents ?? 0));
    const cashOfPayments = Math.min(byPayments, Math.max(0, taken?.cashCents ?? 0));
    const cash = cashOfPayments + (run.payment_method === 'CASH' ? run.amount_due_cents - byPayments : 0);
    const totals = byCourier.get(run.courier_id) ?? { n: 0, returned: 0, cash: 0, other: 0 };
    byCourier.set(run.courier_id, { ...totals, n: totals.n + 1, cash: totals.cash + cash, other: totals.other + run.amount_due_cents - cash });
  }
  return [...byCourier].map(([courierId, row]) => {
    const courier = toCourier(tx.prepare('SELECT * FROM delivery_couriers WHERE id = ?').get(courierId));
    const courierPayCents = (row.n + row.returned) * courier.payPerDeliveryCents;
    const settlement: CourierSettlement = {
      id: newId(),
      courierId: courier.id,
      businessDate,
      deliveryCount: row.n,
      returnedCount: row.returned,
      cashCollectedCents: row.cash,
      otherCollectedCents: row.other,
      courierPayCents,
      cashDueCents: row.cash - courierPayCents,
      settledAt: tx.nowIso,
    };
    tx
      .prepare(
        `INSERT INTO delivery_settlements (id, courier_id, business_date, delivery_count, returned_count, cash_collected_cents, other_collected_cents, courier_pay_cents, cash_due_cents, settled_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(settlement.id, settlement.courierId, businessDate, settlement.deliveryCount, settlement.returnedCount, settlement.cashCollectedCents, settlement.otherCollectedCents, settlement.courierPayCents, settlement.cashDueCents, settlement.settledAt);
    tx.prepare("UPDATE deliveries SET settlement_id = ? WHERE courier_id = ? AND status = 'DELIVERED' AND settlement_id IS NULL AND business_date = ?").run(settlement.id, courier.id, businessDate);
    tx.prepare('UPDATE delivery_returned_runs SET settlement_id = ? WHERE courier_id = ? AND settlement_id IS NULL AND business_date = ?').run(settlement.id, courier.id, businessDate);
    tx.emit({ type: 'delivery.courier_settled', aggregateType: 'delivery_courier', aggregateId: courier.id, payload: { settlementId: settlement.id, courierId: courier.id, businessDate, deliveryCount: settlement.deliveryCount, returnedCount: settlement.returnedCount, cashCollectedCents: settlement.cashCollectedCents, otherCollectedCents: settlement.otherCollectedCents, courierPayCents: settlement.courierPayCents, cashDueCents: settlement.cashDueCents } });
    return settlement;
  });
}
