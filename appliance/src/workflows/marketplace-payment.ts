import { findOpenBusinessDay } from '../business-day/index.js';
import type { CommandTx } from '../kernel/journal/command-bus.js';
import type { MarketplaceOrder, MarketplacePlatform } from '../marketplace/index.js';
import type { Order } from '../orders/index.js';
import { captureTender, listPaymentsOfOrder, recordRefund, TENDER_METHODS, type TenderMethod } from '../payments/index.js';
import { platformGoodsCents } from './marketplace-lines.js';
import { settleIfPaid } from './order-payment.js';

/** How the kitchen, the receipt and the NFC-e (xPag) name each platform. */
export const PLATFORM_LABEL: Record<MarketplacePlatform, string> = { IFOOD: 'iFood', OPEN_DELIVERY: 'Open Delivery', RAPPI: 'Rappi', UBER_EATS: 'Uber Eats' };

const hasPayments = (tx: CommandTx) => Boolean(tx.db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'payments'").get());

/** The platforms' names for how the customer paid online, as the store's tenders. */
const METHOD_ALIASES: Record<string, TenderMethod> = { CC: 'CREDIT', CREDIT_CARD: 'CREDIT', DEBIT_CARD: 'DEBIT', MEAL_VOUCHER: 'VOUCHER', FOOD_VOUCHER: 'VOUCHER' };

function tenderOf(method: string): TenderMethod {
  const upper = method.toUpperCase();
  if ((TENDER_METHODS as readonly string[]).includes(upper) && upper !== 'CASH') return upper as TenderMethod;
  return METHOD_ALIASES[upper] ?? 'OTHER';
}

/**
 * What the platform pays the store for an order: what it charged for the goods less what the
 * courier collects for them at the door (the amount due on delivery beyond the delivery fee). That
 * is the whole of an order paid online, the part paid in the app of one paid partly on delivery,
 * and the voucher the platform sponsors on one due on delivery (a platform that priced its
 * discount into the lines leaves nothing). Never more than the store order's total, and never what
 * was added to the order at the POS: that is owed at the till.
 */
function platformShareCents(marketplaceOrder: MarketplaceOrder, order: Order): number {
  const collectedForGoods = Math.max(0, marketplaceOrder.payment.pendingCents - marketplaceOrder.deliveryFeeCents);
  return Math.max(0, Math.min(platformGoodsCents(marketplaceOrder) - collectedForGoods, order.totalCents));
}

/**
 * Books, when the store accepts an order, the money the platform pays for it: one captured tender
 * with the platform as its provider and payer (no drawer holds that money), in the accepting
 * transaction. An order the customer paid online is settled by it, unless items were added to it
 * at the POS. One due on delivery keeps its method and change-for on the marketplace order and is
 * paid at the till when the courier brings the money; what the platform pays of it (the part paid
 * in the app, its voucher) is the platform's tender beside it, so the till settles the order with
 * the cash the courier collected.
 */
export function bookPlatformPayment(tx: CommandTx, marketplaceOrder: MarketplaceOrder, order: Order): void {
  if (!hasPayments(tx) || !order.businessDayId || order.paidAt) return;
  const amountCents = platformShareCents(marketplaceOrder, order);
  if (amountCents <= 0) return;
  const { prepaid, method } = marketplaceOrder.payment;
  captureTender(tx, {
    orderId: order.id,
    orderTotalCents: order.totalCents,
    businessDayId: order.businessDayId,
    businessDate: order.businessDate,
    // Of an order due on delivery, the method named is the courier's: the platform's part has none.
    method: prepaid ? tenderOf(method) : 'OTHER',
    amountCents,
    provider: 'MARKETPLACE',
    providerRef: `${marketplaceOrder.platform}:${marketplaceOrder.platformOrderId}`,
    payerLabel: PLATFORM_LABEL[marketplaceOrder.platform],
    details: { platform: marketplaceOrder.platform, marketplaceOrderId: marketplaceOrder.id, platformMethod: prepaid ? method : 'PAID_ON_PLATFORM' },
  });
  settleIfPaid(tx, order.id);
}

/**
 * A cancelled order with a platform tender (paid online, or the platform's voucher on one due on
 * delivery): the platform gives the customer the money back or pays nothing, so the store books
 * the refund of the platform's tender with the cancellation (its day's sales then net to nothing).
 * Money taken at the store is refunded by the cashier, not here.
 */
export function refundPaidOnline(tx: CommandTx, order: Order, reason: string): void {
  if (!hasPayments(tx)) return;
  for (const payment of listPaymentsOfOrder(tx.db, order.id)) {
    const left = payment.amountCents - payment.refundedCents;
    if (payment.provider !== 'MARKETPLACE' || payment.status !== 'CAPTURED' || left <= 0) continue;
    recordRefund(tx, { paymentId: payment.id, amountCents: left, reason, businessDate: findOpenBusinessDay(tx.db)?.date ?? order.businessDate, providerRef: payment.providerRef });
  }
}
