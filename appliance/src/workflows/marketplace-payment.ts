import { findOpenBusinessDay } from '../business-day/index.js';
import type { CommandTx } from '../kernel/journal/command-bus.js';
import type { MarketplaceOrder, MarketplacePlatform } from '../marketplace/index.js';
import type { Order } from '../orders/index.js';
import { captureTender, listPaymentsOfOrder, recordRefund, TENDER_METHODS, type TenderMethod } from '../payments/index.js';
import { STORE_SPONSOR } from './marketplace-lines.js';
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
 * What the platform pays the store for an order due on delivery: the vouchers it (not the store)
 * sponsors, never more than the part of the store order the courier does not collect (a platform
 * that priced its discount into the lines leaves nothing here).
 */
function platformShareCents(marketplaceOrder: MarketplaceOrder, order: Order): number {
  const sponsored = marketplaceOrder.discounts.filter((d) => d.sponsor !== STORE_SPONSOR).reduce((sum, d) => sum + d.amountCents, 0);
  const collectedForGoods = marketplaceOrder.payment.pendingCents - marketplaceOrder.deliveryFeeCents;
  return Math.max(0, Math.min(sponsored, order.totalCents - collectedForGoods, order.totalCents));
}

/**
 * Books, when the store accepts an order, the money the platform pays for it: one captured tender
 * with the platform as its provider and payer (no drawer holds that money), in the accepting
 * transaction. An order the customer paid online is settled by it. One due on delivery keeps its
 * method and change-for on the marketplace order and is paid at the till when the courier brings
 * the money; a voucher the platform sponsors is the platform's tender beside it, so the till
 * settles the order with the cash the courier collected.
 */
export function bookPlatformPayment(tx: CommandTx, marketplaceOrder: MarketplaceOrder, order: Order): void {
  if (!hasPayments(tx) || !order.businessDayId || order.paidAt) return;
  const { prepaid, method } = marketplaceOrder.payment;
  const amountCents = prepaid ? order.totalCents : platformShareCents(marketplaceOrder, order);
  if (amountCents <= 0) return;
  captureTender(tx, {
    orderId: order.id,
    orderTotalCents: order.totalCents,
    businessDayId: order.businessDayId,
    businessDate: order.businessDate,
    method: prepaid ? tenderOf(method) : 'OTHER',
    amountCents,
    provider: 'MARKETPLACE',
    providerRef: `${marketplaceOrder.platform}:${marketplaceOrder.platformOrderId}`,
    payerLabel: PLATFORM_LABEL[marketplaceOrder.platform],
    details: { platform: marketplaceOrder.platform, marketplaceOrderId: marketplaceOrder.id, platformMethod: prepaid ? method : 'SPONSORED_DISCOUNT' },
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
