import { findOpenBusinessDay } from '../business-day/index.js';
import type { CommandTx } from '../kernel/journal/command-bus.js';
import type { MarketplaceOrder, MarketplacePlatform } from '../marketplace/index.js';
import type { Order } from '../orders/index.js';
import { captureTender, listPaymentsOfOrder, recordRefund, TENDER_METHODS, type TenderMethod } from '../payments/index.js';
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
 * An order the customer paid online on the platform is settled when the store accepts it: one
 * captured tender with the platform as its provider and payer (no drawer holds that money), in the
 * accepting transaction. An order due on delivery keeps its method and change-for on the
 * marketplace order and is paid at the till when the courier brings the money.
 */
export function settlePaidOnline(tx: CommandTx, marketplaceOrder: MarketplaceOrder, order: Order): void {
  if (!marketplaceOrder.payment.prepaid || !hasPayments(tx)) return;
  if (!order.businessDayId || order.paidAt) return;
  captureTender(tx, {
    orderId: order.id,
    orderTotalCents: order.totalCents,
    businessDayId: order.businessDayId,
    businessDate: order.businessDate,
    method: tenderOf(marketplaceOrder.payment.method),
    provider: 'MARKETPLACE',
    providerRef: `${marketplaceOrder.platform}:${marketplaceOrder.platformOrderId}`,
    payerLabel: PLATFORM_LABEL[marketplaceOrder.platform],
    details: { platform: marketplaceOrder.platform, marketplaceOrderId: marketplaceOrder.id, platformMethod: marketplaceOrder.payment.method },
  });
  settleIfPaid(tx, order.id);
}

/**
 * A cancelled order that was paid online: the platform gives the customer the money back, so the
 * store books the refund of the platform's tender with the cancellation (its day's sales then net
 * to nothing). Orders paid at the store are refunded by the cashier, not here.
 */
export function refundPaidOnline(tx: CommandTx, order: Order, reason: string): void {
  if (!hasPayments(tx)) return;
  for (const payment of listPaymentsOfOrder(tx.db, order.id)) {
    const left = payment.amountCents - payment.refundedCents;
    if (payment.provider !== 'MARKETPLACE' || payment.status !== 'CAPTURED' || left <= 0) continue;
    recordRefund(tx, { paymentId: payment.id, amountCents: left, reason, businessDate: findOpenBusinessDay(tx.db)?.date ?? order.businessDate, providerRef: payment.providerRef });
  }
}
