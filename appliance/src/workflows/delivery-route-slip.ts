import { findCourier, findDelivery, findZone, type Delivery } from '../delivery/index.js';
import { DocumentBuilder, type PrintDocument } from '../devices/printer/document.js';
import { formatQuantity } from '../devices/printer/templates/index.js';
import { formatBrl } from '../kernel/money.js';
import type { ModuleContext } from '../kernel/module.js';
import { getOrder, type Order } from '../orders/index.js';
import { hasTable, registerPrintingConsumer } from './printing-consumer.js';
import { readPrintRouting } from './printing-routing.js';

/** Narrow enough for a 58 mm printer; an 80 mm one prints it with a margin. */
const SLIP_COLUMNS = 32;

type Translate = (key: string, params?: Record<string, string | number>) => string;

/**
 * The courier's route slip: where to go and who to ask for, what is in the bag, and what to collect
 * at the door with the change to take along (or that it is paid).
 */
export function routeSlip(delivery: Delivery, order: Order, courierName: string, zoneName: string, storeName: string, t: Translate): PrintDocument {
  const b = new DocumentBuilder(SLIP_COLUMNS);
  const to = delivery.destination;
  b.align('center').bold(true).wrapped(storeName).line(t('delivery.slip.title')).bold(false).align('left').divider('=');
  b.bold(true).line(t('delivery.slip.order', { number: order.number })).bold(false);
  b.wrapped(t('delivery.slip.courier', { name: courierName }));
  b.wrapped(t('delivery.slip.zone', { zone: zoneName, minutes: delivery.estimateMinutes }));
  b.divider();
  b.wrapped(t('delivery.slip.recipient', { name: to.recipientName }));
  if (to.phone) b.wrapped(t('delivery.slip.phone', { phone: to.phone }));
  // A chat customer's address is the line they wrote (street only); a typed one has every part.
  b.bold(true).wrapped([to.street, to.number].filter(Boolean).join(', ') + (to.complement ? ` - ${to.complement}` : '')).bold(false);
  const city = [to.city, to.state].filter(Boolean).join('/');
  if (to.district || city) b.wrapped([to.district, city].filter(Boolean).join(' - '));
  if (to.postalCode) b.line(`CEP ${to.postalCode.slice(0, 5)}-${to.postalCode.slice(5)}`);
  if (to.reference) b.wrapped(t('delivery.slip.reference', { reference: to.reference }));
  b.divider();
  // A weighed line's quantity is grams: "0,750 kg", as the customer's receipt prints it.
  for (const item of order.items.filter((i) => i.status !== 'CANCELLED')) b.wrapped(`${formatQuantity(item.quantity, item.unit)} ${item.name}`);
  b.divider();
  b.leftRight(t('delivery.slip.fee'), formatBrl(delivery.feeCents));
  // Paid online, or at the counter before it left (a fee inside the order): nothing to collect, no change to take.
  // A prepaid order whose fee is outside it still has the fee to collect.
  if (delivery.amountDueCents === 0) b.bold(true).wrapped(t(delivery.prepaid ? 'delivery.slip.prepaid' : 'delivery.slip.paid')).bold(false);
  else {
    b.bold(true).leftRight(t('delivery.slip.due', { method: t(`print.method.${delivery.paymentMethod}`) }), formatBrl(delivery.amountDueCents)).bold(false);
    if (delivery.changeForCents !== null) {
      b.leftRight(t('delivery.slip.change_for'), formatBrl(delivery.changeForCents));
      b.leftRight(t('delivery.slip.change'), formatBrl(delivery.changeForCents - delivery.amountDueCents));
    }
  }
  return b.feed(3).cut().build();
}

/** Prints the route slip on the receipt printer when a delivery is dispatched, once per dispatch. */
export function registerRouteSlipPrinting(ctx: ModuleContext): void {
  if (!hasTable(ctx, 'print_jobs')) return;
  const t: Translate = (key, params) => ctx.messages.t(key, params);
  registerPrintingConsumer(ctx, {
    name: 'workflow-print-route-slip',
    events: 'delivery.dispatched',
    plan: (tx, event) => {
      const delivery = findDelivery(tx.db, event.payload.deliveryId);
      const order = delivery && getOrder(tx.db, delivery.orderId);
      if (!delivery || !order) return null;
      const courier = findCourier(tx.db, event.payload.courierId);
      const zone = findZone(tx.db, delivery.zoneId);
      return {
        printerId: readPrintRouting(tx.db).receiptPrinterId,
        kind: 'route_slip',
        payload: { document: routeSlip(delivery, order, courier?.name ?? event.payload.courierId, zone?.name ?? '', ctx.config.storeName, t) },
        source: { type: 'delivery', id: delivery.id },
        dedupeKey: `route-slip/${event.seq}`,
      };
    },
  });
}
