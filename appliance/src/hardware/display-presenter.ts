import type { DisplayLines } from '../devices/display/customer-display.js';
import { itemAndTotalLines, paidAndChangeLines, totalLine } from '../devices/display/item-lines.js';
import type { MessageCatalog } from '../kernel/i18n/catalog.js';
import type { JournalEvent } from '../kernel/journal/event.js';

/** The order events that change what the customer should read on the pole display. */
export const DISPLAY_EVENTS = [
  'order.created',
  'order.items_added',
  'order.item_cancelled',
  'order.line_discounts_lowered',
  'order.discount_applied',
  'order.delivery_fee_set',
  'payment.captured',
  'order.cancelled',
] as const;

/**
 * What the customer display shows after an order event, from the event alone (so it needs no
 * other module): the item just added and the running total; a cancelled line, a promotion lost
 * with it or a manual discount with the total left to pay (the customer must never read a total
 * they no longer owe); a delivery's fee once it joins the order, with the total it makes; after a
 * payment the amount paid and the change; the welcome line once an order is cancelled.
 */
export function displayLinesFor(event: JournalEvent<(typeof DISPLAY_EVENTS)[number]>, messages: MessageCatalog, columns = 20): DisplayLines {
  const t = (key: string) => messages.t(key);
  switch (event.type) {
    case 'order.created':
    case 'order.items_added': {
      const last = event.payload.items.at(-1);
      const totalCents = event.payload.totalCents;
      if (!last) return [t('display.welcome'), itemAndTotalLines({ description: '', amountCents: 0 }, totalCents, t('display.total'), columns)[1]];
      return itemAndTotalLines({ description: last.name, amountCents: last.totalCents }, totalCents, t('display.total'), columns);
    }
    case 'order.item_cancelled':
      return [t('display.item_cancelled'), totalLine(event.payload.totalCents, t('display.total'), columns)];
    case 'order.line_discounts_lowered':
      return [t('display.promotion_changed'), totalLine(event.payload.totalCents, t('display.total'), columns)];
    case 'order.discount_applied':
      return itemAndTotalLines({ description: t('display.discount'), amountCents: event.payload.amountCents }, event.payload.totalCents, t('display.total'), columns);
    case 'order.delivery_fee_set':
      return itemAndTotalLines({ description: t('display.delivery_fee'), amountCents: event.payload.deliveryFeeCents }, event.payload.totalCents, t('display.total'), columns);
    case 'payment.captured':
      return paidAndChangeLines(t('display.paid'), event.payload.amountCents, t('display.change'), event.payload.changeCents, columns);
    case 'order.cancelled':
      return [t('display.welcome'), ''];
  }
}
