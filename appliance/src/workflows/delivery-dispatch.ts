import { z } from 'zod';
import { routeDoc } from '../../contract/api/openapi/route-doc.js';
import { findOpenBusinessDay } from '../business-day/index.js';
import {
  assertDeliveryStatus,
  assertSeesDeliveryDestinations,
  cancelDeliveryOfOrder,
  createDelivery,
  deliveriesOutOfTheDoor,
  deliveryAnswers,
  DELIVERY_STATUSES,
  destinationSchema,
  dispatchDelivery,
  findDelivery,
  listDeliveriesOfDay,
  markDelivered,
  markReturned,
  setDeliveryChangeFor,
  type Delivery,
  type OrderToDeliver,
  type PaidBeforeDispatch,
} from '../delivery/index.js';
import { businessRule, forbidden, notFound } from '../kernel/errors.js';
import { runCommand } from '../kernel/http/command-route.js';
import { paged } from '../kernel/http/envelope.js';
import { offsetOf, pageQuery } from '../kernel/http/pagination.js';
import { requirePermission } from '../kernel/http/permissions.js';
import { readJson, readParam, readQuery } from '../kernel/http/validation.js';
import type { CommandTx } from '../kernel/journal/command-bus.js';
import type { ModuleContext } from '../kernel/module.js';
import { assertMayChange, checkTransition, getOrder, isSettled, returnFromDelivery, setOrderDeliveryFee, setOrderStatus, transitionRoleOf, type Order } from '../orders/index.js';
import { orderKeptByMethod } from '../payments/index.js';
import type { Db } from '../kernel/db/open.js';
import { tableExists } from './store-schema.js';
import { assertOrderCustomerTakesData } from './customer-order-data.js';
import { hasTable } from './printing-consumer.js';
import { lazySchema } from '../../contract/lazy-schema.js';
import { safeText } from '../kernel/safe-text.js';

const cents = lazySchema(() => z.number().int().min(0).max(100_000_000));
const deliveryBody = lazySchema(() => z.object({
  destination: destinationSchema,
  /** Paid before it leaves (PIX, card at the counter) or at the door: method and, for cash, change for. */
  payment: z.object({ prepaid: z.boolean(), method: z.enum(['CASH', 'CREDIT', 'DEBIT', 'VOUCHER', 'PIX']), changeForCents: cents.nullable().default(null) }),
}));
const dispatchBody = lazySchema(() => z.object({
  courierId: z.string().min(1).max(64),
  /** A new note for the change (null: none to take); left out, the one asked for when the delivery was made. */
  changeForCents: cents.nullable().optional(),
}));
const changeForBody = lazySchema(() => z.object({ changeForCents: cents.nullable() }));
const returnedBody = lazySchema(() => z.object({ reason: safeText(200) }));
const deliveriesQuery = lazySchema(() => pageQuery(['created_at'], 'created_at:asc').extend({
  status: z.enum(DELIVERY_STATUSES).optional(),
  /** The business day (YYYY-MM-DD); left out, the open one's and earlier ones still waiting or on the street. */
  businessDate: z.iso.date().optional(),
}));
/** A delivery as the day's list shows it: the order's number is what the kitchen, the slip and the courier call it by. */
const deliveryOfDayResponse = () => deliveryAnswers().then((a) => a.deliveryResponse.extend({ orderNumber: z.number().int().nullable() }));

const OPEN_FOR_DELIVERY = ['DRAFT', 'CONFIRMED', 'PREPARING', 'READY'];
/** The store's couriers take its own delivery orders and the chat orders (whose delivery is made when they are placed). */
const OWN_DELIVERY_CHANNELS = ['DELIVERY', 'WHATSAPP', 'INSTAGRAM', 'MESSENGER'];

/**
 * An open order of an own-delivery channel; with `completedIfSettled`, also a settled one the
 * hand-over policy already completed (a store handing DELIVERY over on payment completes a prepaid
 * order at the kitchen's bump, before the courier takes it out).
 */
function deliverableOrder(tx: CommandTx, orderId: string, completedIfSettled = false) {
  const order = getOrder(tx.db, orderId);
  if (!order) throw notFound('ORDER_NOT_FOUND', { orderId });
  const open = OPEN_FOR_DELIVERY.includes(order.status) || (completedIfSettled && order.status === 'COMPLETED' && isSettled(order));
  if (!OWN_DELIVERY_CHANNELS.includes(order.channel) || !open) throw businessRule('DELIVERY_ORDER_NOT_DELIVERABLE', { orderId, channel: order.channel, status: order.status });
  return order;
}

/**
 * What the order's captured payments have taken so far, and how much of it in cash (change given
 * back excluded, refunds taken off): at the dispatch, the money the counter took before the run.
 */
function paidSoFar(db: Db, orderId: string): PaidBeforeDispatch {
  if (!tableExists(db, 'payments')) return { totalCents: 0, cashCents: 0 };
  const { totalCents, cashCents } = orderKeptByMethod(db, orderId);
  return { totalCents, cashCents };
}

/**
 * The delivery's fee goes on the order it is delivered with: the till charges it with the goods,
 * the NFC-e declares it as freight, the Z report counts it, and the courier collects at the door
 * only what the order still owes (the delivery's amount due is already the goods plus the fee).
 * An order paid before its delivery was made cannot take it (its payments and NFC-e are final):
 * the fee stays outside it and the courier collects it at the door.
 */
function chargeFeeWithOrder(tx: CommandTx, order: Order, delivery: Delivery): void {
  if (order.paidAt !== null || order.writeOff !== null) return;
  setOrderDeliveryFee(tx, order.id, delivery.feeCents);
}

/** The order as the courier's collection sees it: its goods, and the fee it charges itself (counted once). */
function toDeliver(order: Order): OrderToDeliver {
  return { goodsCents: order.totalCents - order.deliveryFeeCents, feeInOrderCents: order.deliveryFeeCents };
}

/**
 * A delivery taken as paid before it leaves (a chat order paid by PIX) goes out only once the
 * payment is in: its slip tells the courier to collect nothing.
 */
function assertPaidIfPrepaid(prepaid: boolean, order: Order): void {
  if (prepaid && !isSettled(order)) throw businessRule('DELIVERY_PREPAID_NOT_PAID', { orderId: order.id }, { number: order.number });
}

/**
 * A run's steps (out of the door, delivered, back without delivering) are the dispatcher's: the
 * roles the state machine lets put an order out for delivery (the till, a manager). A waiter reads
 * deliveries but never moves them: a paid, completed order would leave on their word, and a run
 * reported back is one more ride paid to the courier. Checked before the step, so a completed
 * order (which no longer steps) is refused too.
 */
function assertDispatcher(tx: CommandTx, deliveryId: string): void {
  const delivery = findDelivery(tx.db, deliveryId);
  const order = delivery && getOrder(tx.db, delivery.orderId);
  const role = transitionRoleOf(tx.actor);
  if (order && checkTransition('READY', 'DELIVERING', role, order.channel) === 'FORBIDDEN') throw forbidden('DELIVERY_DISPATCHER_ONLY', { deliveryId, role });
}

/**
 * At the day close, before the couriers are settled: a run still out whose order is completed
 * happened (the courier came back and the cashier took the cash, which completes an order out for
 * delivery; or the closing manager handed it over), though nobody reported it delivered. It is
 * reported now, so that the courier's pay and the cash they collected are settled with the day.
 */
export function reportRunsOfCompletedOrders(tx: CommandTx): void {
  for (const run of deliveriesOutOfTheDoor(tx.db)) {
    if (getOrder(tx.db, run.orderId)?.status === 'COMPLETED') markDelivered(tx, run.deliveryId);
  }
}

/**
 * The store's own delivery across modules: a DELIVERY order gets its destination, zone fee and
 * payment due; the day's list names each delivery's order by its number (the back office's
 * Entregas); dispatching assigns the courier and moves the order out for delivery (the route slip
 * prints from the journal); a run that came back puts the order back at the counter to go out
 * again; delivered completes an order already paid; a cancelled order's delivery
 * is cancelled with it (or, once delivered, keeps the ride for the courier's pay and collects nothing).
 */
export function registerDeliveryDispatch(ctx: ModuleContext): void {
  if (!hasTable(ctx, 'deliveries')) return;
  /**
   * Who receives a delivery and where are the customer's: the stored answer of a request with an
   * Idempotency-Key holds only the delivery's id, and every answer reads the delivery as it is now
   * (a retry after the customer's erasure does not bring the address back).
   */
  const reference = (delivery: Delivery) => ({ id: delivery.id });
  const current = ({ id }: { id: string }) => {
    const delivery = findDelivery(ctx.db, id);
    if (!delivery) throw notFound('DELIVERY_NOT_FOUND', { deliveryId: id });
    return delivery;
  };
  ctx.api.post('/delivery/orders/:orderId', routeDoc({ tag: 'delivery', summary: 'Deliver an order to an address: the zone\'s fee, estimate and what to collect at the door', body: deliveryBody, response: () => deliveryAnswers().then((a) => a.deliveryResponse), status: 201, errors: { 403: ['ORDER_NOT_OWNER'], 404: ['ORDER_NOT_FOUND'], 409: ['CUSTOMER_ANONYMIZED'], 422: ['DELIVERY_OUT_OF_AREA', 'DELIVERY_BELOW_MINIMUM', 'DELIVERY_ALREADY_EXISTS', 'DELIVERY_ORDER_NOT_DELIVERABLE', 'DELIVERY_CHANGE_TOO_SMALL', 'DELIVERY_CHANGE_NOT_CASH', 'DELIVERY_NOT_PREPAID'] } }), requirePermission('orders.create'), async (c) => {
    const orderId = readParam(c, 'orderId');
    const body = await readJson(c, deliveryBody);
    return runCommand(
      c,
      'delivery.create',
      (tx) => {
        const order = deliverableOrder(tx, orderId);
        assertMayChange(tx, order);
        // The destination names a person (street, recipient, phone): never for a customer erased meanwhile.
        assertOrderCustomerTakesData(tx, order.customerId);
        // Paid before it leaves is what the payments say, not the caller: else the courier would collect nothing for an unpaid order.
        if (body.payment.prepaid && !isSettled(order)) throw businessRule('DELIVERY_NOT_PREPAID', { orderId }, { number: order.number });
        const delivery = createDelivery(tx, { orderId, businessDate: order.businessDate, orderTotalCents: order.totalCents - order.deliveryFeeCents, feeInOrderCents: order.deliveryFeeCents, destination: body.destination, payment: body.payment });
        chargeFeeWithOrder(tx, order, delivery);
        return reference(delivery);
      },
      201,
      current,
    );
  });

  ctx.api.get('/delivery/deliveries', routeDoc({ tag: 'delivery', summary: 'The deliveries of a business day (by default the open one\'s, with earlier ones still waiting or on the street), oldest first, with their order numbers', query: deliveriesQuery, paged: true, response: deliveryOfDayResponse, errors: { 403: ['FORBIDDEN'] } }), requirePermission('orders.read'), (c) => {
    assertSeesDeliveryDestinations(c);
    const q = readQuery(c, deliveriesQuery);
    // Without a day asked for, the dispatcher's: the open day's (none between a close and the next
    // open) and any earlier one still waiting for a courier or on the street.
    const filter = q.businessDate ? { businessDate: q.businessDate } : { openDay: findOpenBusinessDay(ctx.db)?.date ?? null };
    const { deliveries, total } = listDeliveriesOfDay(ctx.db, { ...filter, status: q.status }, { limit: q.size, offset: offsetOf(q), newestFirst: q.sort.direction === 'desc' });
    const items = deliveries.map((delivery) => ({ ...delivery, orderNumber: getOrder(ctx.db, delivery.orderId)?.number ?? null }));
    return paged(c, items, { page: q.page, size: q.size, total });
  });

  ctx.api.post('/delivery/deliveries/:id/dispatch', routeDoc({ tag: 'delivery', summary: 'Hand the order to a courier: out for delivery, the route slip prints', body: dispatchBody, response: () => deliveryAnswers().then((a) => a.deliveryResponse), errors: { 403: ['FORBIDDEN', 'DELIVERY_DISPATCHER_ONLY'], 404: ['DELIVERY_NOT_FOUND', 'DELIVERY_COURIER_NOT_FOUND'], 422: ['DELIVERY_WRONG_STATUS', 'DELIVERY_ORDER_NOT_DELIVERABLE', 'DELIVERY_PREPAID_NOT_PAID', 'DELIVERY_CHANGE_OUTGROWN', 'DELIVERY_CHANGE_TOO_SMALL', 'DELIVERY_CHANGE_NOT_CASH'] } }), requirePermission('orders.fulfil'), async (c) => {
    // The step answers the delivery with who receives it and where: the dispatcher's, never the kitchen's.
    assertSeesDeliveryDestinations(c);
    const id = readParam(c, 'id');
    const { courierId, changeForCents } = await readJson(c, dispatchBody);
    return runCommand(c, 'delivery.dispatch', (tx) => {
      assertDispatcher(tx, id);
      const delivery = findDelivery(tx.db, id);
      if (!delivery) throw notFound('DELIVERY_NOT_FOUND', { deliveryId: id });
      // Sent out twice (two people at the screen): the delivery's state is the refusal, not the order's.
      assertDeliveryStatus(delivery, 'PENDING');
      const order = deliverableOrder(tx, delivery.orderId, true);
      assertPaidIfPrepaid(delivery.prepaid, order);
      // A paid order the hand-over policy already completed stays completed; any other leaves the kitchen now.
      if (order.status !== 'COMPLETED') setOrderStatus(tx, order.id, 'DELIVERING');
      // What the courier collects is the order as it leaves (a fee already in the order is not counted twice), less what the counter already took.
      return reference(dispatchDelivery(tx, id, courierId, toDeliver(order), paidSoFar(tx.db, order.id), changeForCents));
    }, 200, current);
  });

  ctx.api.put('/delivery/deliveries/:id/change', routeDoc({ tag: 'delivery', summary: 'The note the customer pays with at the door (troco para), or none, while the delivery waits to leave', body: changeForBody, response: () => deliveryAnswers().then((a) => a.deliveryResponse), errors: { 403: ['FORBIDDEN', 'ORDER_NOT_OWNER'], 404: ['DELIVERY_NOT_FOUND', 'ORDER_NOT_FOUND'], 422: ['DELIVERY_WRONG_STATUS', 'DELIVERY_CHANGE_TOO_SMALL', 'DELIVERY_CHANGE_NOT_CASH'] } }), requirePermission('orders.create'), async (c) => {
    // The answer is the delivery with who receives it and where.
    assertSeesDeliveryDestinations(c);
    const id = readParam(c, 'id');
    const { changeForCents } = await readJson(c, changeForBody);
    return runCommand(c, 'delivery.set_change_for', (tx) => {
      const delivery = findDelivery(tx.db, id);
      if (!delivery) throw notFound('DELIVERY_NOT_FOUND', { deliveryId: id });
      const order = getOrder(tx.db, delivery.orderId);
      if (!order) throw notFound('ORDER_NOT_FOUND', { orderId: delivery.orderId });
      assertMayChange(tx, order);
      // Checked against what the courier would collect from the order as it is now, not when the address was taken.
      return reference(setDeliveryChangeFor(tx, id, toDeliver(order), paidSoFar(tx.db, order.id), changeForCents));
    }, 200, current);
  });

  ctx.api.post('/delivery/deliveries/:id/delivered', routeDoc({ tag: 'delivery', summary: 'The courier delivered: an order already paid is completed, one paid at the door waits for the courier\'s cash', response: () => deliveryAnswers().then((a) => a.deliveryResponse), errors: { 403: ['FORBIDDEN', 'DELIVERY_DISPATCHER_ONLY'], 404: ['DELIVERY_NOT_FOUND'], 422: ['DELIVERY_WRONG_STATUS'] } }), requirePermission('orders.fulfil'), async (c) => {
    // The step answers the delivery with who receives it and where: the dispatcher's, never the kitchen's.
    assertSeesDeliveryDestinations(c);
    const id = readParam(c, 'id');
    return runCommand(c, 'delivery.delivered', (tx) => {
      assertDispatcher(tx, id);
      const delivery = markDelivered(tx, id);
      const order = getOrder(tx.db, delivery.orderId);
      if (order?.status === 'DELIVERING' && isSettled(order)) setOrderStatus(tx, order.id, 'COMPLETED');
      return reference(delivery);
    }, 200, current);
  });

  ctx.api.post('/delivery/deliveries/:id/returned', routeDoc({ tag: 'delivery', summary: 'The courier came back without delivering: the order waits to go out again, the ride counts for the courier\'s pay', body: returnedBody, response: () => deliveryAnswers().then((a) => a.deliveryResponse), errors: { 403: ['FORBIDDEN', 'DELIVERY_DISPATCHER_ONLY'], 404: ['DELIVERY_NOT_FOUND'], 422: ['DELIVERY_WRONG_STATUS'] } }), requirePermission('orders.fulfil'), async (c) => {
    // The step answers the delivery with who receives it and where: the dispatcher's, never the kitchen's.
    assertSeesDeliveryDestinations(c);
    const id = readParam(c, 'id');
    const { reason } = await readJson(c, returnedBody);
    return runCommand(c, 'delivery.returned', (tx) => {
      assertDispatcher(tx, id);
      const delivery = markReturned(tx, id, reason);
      // A prepaid order the hand-over policy completed stays completed; one out for delivery waits at the counter again.
      returnFromDelivery(tx, delivery.orderId);
      return reference(delivery);
    }, 200, current);
  });

  ctx.events.durable('workflow-delivery-cancellation', 'order.cancelled', async (event) => {
    await ctx.commands.run('workflow.delivery_cancellation', (tx) => cancelDeliveryOfOrder(tx, event.payload.orderId, event.payload.reason), { actor: { type: 'system', id: 'workflow:delivery-cancellation' }, correlationId: event.correlationId });
  });
}
