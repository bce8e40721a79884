import { businessRule, notFound } from '../kernel/errors.js';
import { formatBrl } from '../kernel/money.js';
import { newId } from '../kernel/ids.js';
import type { Db } from '../kernel/db/open.js';
import type { CommandTx } from '../kernel/journal/command-bus.js';
import { vaultOf } from '../kernel/pii/vault.js';
import { deliveryMessages } from './messages.pt-BR.js';
import { findCourier, findDelivery, findDeliveryOfOrder, toCourier, type CourierSettlement, type Delivery, type DeliveryStatus, type Destination } from './model.js';
import { sealAddress } from './sealed-address.js';
import { matchZone, type ZoneMatch } from './zone-match.js';

export interface NewDelivery {
  orderId: string;
  businessDate: string;
  /** What the order costs before the delivery fee (checked against the zone's minimum). */
  orderTotalCents: number;
  /** The delivery fee the order itself charges (a chat order's): paid with the order, never collected twice. */
  feeInOrderCents: number;
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
  const amountDueCents = amountDue(input.payment.prepaid, { goodsCents: input.orderTotalCents, feeInOrderCents: input.feeInOrderCents }, zone.feeCents);
  const { changeForCents } = input.payment;
  assertChangeFor(input.payment, changeForCents, amountDueCents);
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

/** The order as the courier's collection sees it: the goods (before any fee) and the fee the order itself charges. */
export interface OrderToDeliver {
  goodsCents: number;
  feeInOrderCents: number;
}

/**
 * What the courier collects at the door: the goods plus the fee, less what the order's payments
 * already took at the counter. Paid before it leaves, the payment covered the order (and the fee
 * only when the order charges it, as a chat order does): the zone's fee outside the order is
 * still owed at the door, else nobody ever charges it.
 */
function amountDue(prepaid: boolean, order: OrderToDeliver, feeCents: number, paidCents = 0): number {
  if (prepaid) return Math.max(0, feeCents - order.feeInOrderCents);
  return Math.max(0, order.goodsCents + feeCents - paidCents);
}

/**
 * Change is cash the courier takes along for a note bigger than what they collect: for a card on
 * the courier's machine or a paid order the slip would send them out with it, and a note that does
 * not exceed the amount due leaves no change (or a negative one) to take.
 */
function assertChangeFor(payment: { prepaid: boolean; method: string }, changeForCents: number | null, amountDueCents: number): void {
  if (changeForCents === null) return;
  if (payment.prepaid || payment.method !== 'CASH') throw businessRule('DELIVERY_CHANGE_NOT_CASH', { method: payment.method, prepaid: payment.prepaid });
  if (changeForCents <= amountDueCents) throw businessRule('DELIVERY_CHANGE_TOO_SMALL', { amountDueCents, changeForCents }, { due: formatBrl(amountDueCents) });
}

/**
 * The change the courier leaves with. Nothing left to collect (the counter took it all): no change.
 * A new note given at the dispatch (`requested`, null to take none) replaces the one asked for. The
 * note asked for that the order outgrew (lines added since) is refused, never dropped: the
 * dispatcher asks the customer and gives the new note, or clears it.
 */
function changeAtDispatch(delivery: Delivery, amountDueCents: number, requested: number | null | undefined): number | null {
  if (amountDueCents === 0) return null;
  if (requested !== undefined) {
    assertChangeFor({ prepaid: delivery.prepaid, method: delivery.paymentMethod }, requested, amountDueCents);
    return requested;
  }
  const asked = delivery.changeForCents;
  if (asked !== null && asked <= amountDueCents) {
    throw businessRule('DELIVERY_CHANGE_OUTGROWN', { deliveryId: delivery.id, amountDueCents, changeForCents: asked }, { due: formatBrl(amountDueCents), changeFor: formatBrl(asked) });
  }
  return asked;
}

function load(tx: CommandTx, id: string, from: DeliveryStatus): Delivery {
  const delivery = findDelivery(tx.db, id);
  if (!delivery) throw notFound('DELIVERY_NOT_FOUND', { deliveryId: id });
  assertDeliveryStatus(delivery, from);
  return delivery;
}

/** 422 when the delivery is not where the step starts (sent out twice, delivered before it left). */
export function assertDeliveryStatus(delivery: Delivery, from: DeliveryStatus): void {
  // The person reads where the delivery is in words; the status code stays in the details.
  if (delivery.status !== from) throw businessRule('DELIVERY_WRONG_STATUS', { deliveryId: delivery.id, status: delivery.status }, { status: deliveryMessages[`delivery.status.${delivery.status}`] });
}

/** What the order's payments had taken when it went out, and how much of it in cash (change given back excluded, refunds taken off). */
export interface PaidBeforeDispatch {
  totalCents: number;
  cashCents: number;
}

/**
 * Assigned to a courier and out of the door (the route slip prints on `delivery.dispatched`).
 * `order` is the order as it leaves, its goods before the delivery fee: lines added or a discount
 * given since the address was taken change what the courier collects, and the slip and the
 * courier's settlement read it from here. `paidBefore` is what the counter already took on the
 * order (the customer paid before it left): the courier collects only the rest, and it is kept so
 * the settlement does not count the counter's money as the courier's. `changeForCents` is the
 * note the dispatcher gives now (null: no change), left out to keep the one asked for (see
 * changeAtDispatch).
 */
export function dispatchDelivery(
  tx: CommandTx,
  id: string,
  courierId: string,
  order: OrderToDeliver,
  paidBefore: PaidBeforeDispatch = { totalCents: 0, cashCents: 0 },
  changeForCents?: number | null,
): Delivery {
  const delivery = load(tx, id, 'PENDING');
  const courier = findCourier(tx.db, courierId);
  if (!courier?.active) throw notFound('DELIVERY_COURIER_NOT_FOUND', { courierId });
  const amountDueCents = amountDue(delivery.prepaid, order, delivery.feeCents, paidBefore.totalCents);
  const changeToTake = changeAtDispatch(delivery, amountDueCents, changeForCents);
  tx
    .prepare(
      `UPDATE deliveries SET status = 'OUT_FOR_DELIVERY', courier_id = ?, courier_pay_cents = ?, dispatched_at = ?, amount_due_cents = ?, change_for_cents = ?,
         paid_before_dispatch_cents = ?, cash_before_dispatch_cents = ? WHERE id = ?`,
    )
    // The ride is paid at the rate it went out with: a raise for a rainy night is not for the rides before it.
    .run(courierId, courier.payPerDeliveryCents, tx.nowIso, amountDueCents, changeToTake, paidBefore.totalCents, paidBefore.cashCents, id);
  tx.emit({ type: 'delivery.dispatched', aggregateType: 'delivery', aggregateId: id, payload: { deliveryId: id, orderId: delivery.orderId, courierId, amountDueCents, changeForCents: changeToTake } });
  return findDelivery(tx.db, id)!;
}

/**
 * The customer gives another note for the change (or none) while the delivery waits to leave: it
 * must exceed what the courier will collect from the order as it is now (`order`, less `paidBefore`
 * what the counter already took), which also becomes the delivery's amount due.
 */
export function setDeliveryChangeFor(tx: CommandTx, id: string, order: OrderToDeliver, paidBefore: PaidBeforeDispatch, changeForCents: number | null): Delivery {
  const delivery = load(tx, id, 'PENDING');
  const amountDueCents = amountDue(delivery.prepaid, order, delivery.feeCents, paidBefore.totalCents);
  assertChangeFor({ prepaid: delivery.prepaid, method: delivery.paymentMethod }, changeForCents, amountDueCents);
  tx.prepare('UPDATE deliveries SET amount_due_cents = ?, change_for_cents = ? WHERE id = ?').run(amountDueCents, changeForCents, id);
  tx.emit({
    type: 'delivery.change_for_set',
    aggregateType: 'delivery',
    aggregateId: id,
    payload: { deliveryId: id, orderId: delivery.orderId, amountDueCents, changeForCents, previousChangeForCents: delivery.changeForCents },
  });
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
  keepRideThatCameBack(tx, delivery, reason);
  tx.prepare("UPDATE deliveries SET status = 'PENDING', courier_id = NULL, courier_pay_cents = NULL, dispatched_at = NULL WHERE id = ?").run(id);
  tx.emit({ type: 'delivery.returned', aggregateType: 'delivery', aggregateId: id, payload: { deliveryId: id, orderId: delivery.orderId, courierId, reason } });
  return findDelivery(tx.db, id)!;
}

/** A ride out of the door that came back without delivering: nothing collected, paid at the courier's settlement at the rate it went out with. */
function keepRideThatCameBack(tx: CommandTx, delivery: Delivery, reason: string): void {
  tx
    .prepare(
      `INSERT INTO delivery_returned_runs (id, delivery_id, courier_id, courier_pay_cents, business_date, reason, dispatched_at, returned_at)
       SELECT ?, id, courier_id, courier_pay_cents, business_date, ?, dispatched_at, ? FROM deliveries WHERE id = ?`,
    )
    .run(newId(), reason, tx.nowIso, delivery.id);
}

/**
 * The order was cancelled. Before it left: nothing to collect, nothing to settle. With the courier
 * on the road (the customer called to cancel): nothing is collected, but the ride happened and
 * comes back with the bag, so it is kept for the courier's pay like any ride that came back. After
 * it was delivered (the customer refused at the door, the order came back) but before the day's
 * courier settlement: the courier rode, so the run stays for their pay, but nothing was collected
 * for a cancelled order; else the settlement would have the manager take its money from the courier.
 */
export function cancelDeliveryOfOrder(tx: CommandTx, orderId: string, reason: string | null = null): void {
  const delivery = findDeliveryOfOrder(tx.db, orderId);
  if (!delivery || delivery.status === 'CANCELLED') return;
  if (delivery.status === 'OUT_FOR_DELIVERY') keepRideThatCameBack(tx, delivery, reason ?? '');
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
 * yet settled deliveries and the rides that came back (of this day, or of an earlier one already
 * closed when the ride happened: the last order taken out after its day's close is settled by the
 * next), the cash they collected (orders plus fees paid at the door in cash), how much of it they
 * already handed in at the till (the order's cash taken there after the run left: it is in a
 * drawer's count), what they collected otherwise (card on the courier's terminal), their pay (each
 * ride at the rate it went out with), and the cash they still hand in (collected cash not taken at
 * the till, minus pay, every ride paid). Settled once; a second call finds nothing.
 *
 * `takenFor` is what the order's payments actually took (null when none): a customer who said
 * "dinheiro" and paid on the courier's card machine leaves the courier with a slip, not cash, and
 * the settlement must not ask for it. What the payments do not cover (a fee kept outside the order)
 * and a run with no payments follow the method the customer declared.
 */
export function settleCouriers(tx: CommandTx, businessDate: string, takenFor: (orderId: string) => { cashCents: number; totalCents: number } | null = () => null): CourierSettlement[] {
  const runs = tx
    .prepare(
      `SELECT courier_id, courier_pay_cents, order_id, payment_method, amount_due_cents, paid_before_dispatch_cents, cash_before_dispatch_cents
       FROM deliveries WHERE status = 'DELIVERED' AND settlement_id IS NULL AND business_date <= ? ORDER BY courier_id`,
    )
    .all(businessDate) as SettledRun[];
  const byCourier = new Map<string, CourierTotals>();
  // A ride kept by an earlier release has no rate of its own: it is paid at the courier's current one (`unpriced`).
  const returnedRuns = tx
    .prepare(
      `SELECT courier_id, count(*) AS n, COALESCE(SUM(courier_pay_cents), 0) AS pay, SUM(courier_pay_cents IS NULL) AS unpriced
       FROM delivery_returned_runs WHERE settlement_id IS NULL AND business_date <= ? GROUP BY courier_id`,
    )
    .all(businessDate) as { courier_id: string; n: number; pay: number; unpriced: number }[];
  for (const returned of returnedRuns) byCourier.set(returned.courier_id, { ...NO_RIDES, returned: returned.n, pay: returned.pay, unpriced: returned.unpriced });
  for (const run of runs) {
    const taken = run.amount_due_cents > 0 ? takenByCourier(run, takenFor(run.order_id)) : null;
    const byPayments = Math.min(run.amount_due_cents, Math.max(0, taken?.totalCents ?? 0));
    const cashOfPayments = Math.min(byPayments, Math.max(0, taken?.cashCents ?? 0));
    const cash = cashOfPayments + (run.payment_method === 'CASH' ? run.amount_due_cents - byPayments : 0);
    const totals = byCourier.get(run.courier_id) ?? NO_RIDES;
    // The order's cash paid after the run left was taken at the till: the courier handed it in there.
    byCourier.set(run.courier_id, {
      ...totals,
      n: totals.n + 1,
      cash: totals.cash + cash,
      atTill: totals.atTill + cashOfPayments,
      other: totals.other + run.amount_due_cents - cash,
      pay: totals.pay + (run.courier_pay_cents ?? 0),
      unpriced: totals.unpriced + (run.courier_pay_cents === null ? 1 : 0),
    });
  }
  return [...byCourier].map(([courierId, row]) => {
    const courier = toCourier(tx.prepare('SELECT * FROM delivery_couriers WHERE id = ?').get(courierId));
    const courierPayCents = row.pay + row.unpriced * courier.payPerDeliveryCents;
    const settlement: CourierSettlement = {
      id: newId(),
      courierId: courier.id,
      businessDate,
      deliveryCount: row.n,
      returnedCount: row.returned,
      cashCollectedCents: row.cash,
      cashAtTillCents: row.atTill,
      otherCollectedCents: row.other,
      courierPayCents,
      cashDueCents: row.cash - row.atTill - courierPayCents,
      settledAt: tx.nowIso,
    };
    tx
      .prepare(
        `INSERT INTO delivery_settlements (id, courier_id, business_date, delivery_count, returned_count, cash_collected_cents, cash_at_till_cents, other_collected_cents, courier_pay_cents, cash_due_cents, settled_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(settlement.id, settlement.courierId, businessDate, settlement.deliveryCount, settlement.returnedCount, settlement.cashCollectedCents, settlement.cashAtTillCents, settlement.otherCollectedCents, settlement.courierPayCents, settlement.cashDueCents, settlement.settledAt);
    tx.prepare("UPDATE deliveries SET settlement_id = ? WHERE courier_id = ? AND status = 'DELIVERED' AND settlement_id IS NULL AND business_date <= ?").run(settlement.id, courier.id, businessDate);
    tx.prepare('UPDATE delivery_returned_runs SET settlement_id = ? WHERE courier_id = ? AND settlement_id IS NULL AND business_date <= ?').run(settlement.id, courier.id, businessDate);
    tx.emit({ type: 'delivery.courier_settled', aggregateType: 'delivery_courier', aggregateId: courier.id, payload: { settlementId: settlement.id, courierId: courier.id, businessDate, deliveryCount: settlement.deliveryCount, returnedCount: settlement.returnedCount, cashCollectedCents: settlement.cashCollectedCents, cashAtTillCents: settlement.cashAtTillCents, otherCollectedCents: settlement.otherCollectedCents, courierPayCents: settlement.courierPayCents, cashDueCents: settlement.cashDueCents } });
    return settlement;
  });
}

/** A courier's rides being settled: delivered and returned counts, cash and other tenders collected, and their pay (rides without a rate of their own: `unpriced`). */
interface CourierTotals {
  n: number;
  returned: number;
  cash: number;
  atTill: number;
  other: number;
  pay: number;
  unpriced: number;
}

const NO_RIDES: CourierTotals = { n: 0, returned: 0, cash: 0, atTill: 0, other: 0, pay: 0, unpriced: 0 };

interface SettledRun {
  courier_id: string;
  courier_pay_cents: number | null;
  order_id: string;
  payment_method: string;
  amount_due_cents: number;
  paid_before_dispatch_cents: number;
  cash_before_dispatch_cents: number;
}

/** The order's payments less what the counter had taken before the run left: that money never was in the courier's hands. */
function takenByCourier(run: SettledRun, taken: { cashCents: number; totalCents: number } | null): { cashCents: number; totalCents: number } | null {
  if (!taken) return null;
  return { totalCents: taken.totalCents - run.paid_before_dispatch_cents, cashCents: taken.cashCents - run.cash_before_dispatch_cents };
}
