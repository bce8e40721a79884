import type { Db } from '../kernel/db/open.js';
import { businessRule } from '../kernel/errors.js';
import type { CommandTx } from '../kernel/journal/command-bus.js';
import { getOrder } from '../orders/index.js';
import { orderBalance, settleAmounts, type TenderInput } from '../payments/index.js';
import { findTab, recordServiceCharge, serviceChargeCollected, tabIdOfOrder as tabOfOrder } from '../tables/index.js';
import { tableExists } from './store-schema.js';
import { payOrder, type OrderPaymentResult, type TenderRequest } from './order-payment.js';
import { storeServiceChargeBp } from './store-profile.js';

/**
 * The service charge (taxa de serviço) on a bill of `totalCents` of goods, rounded half up to the
 * centavo (1000 bp = 10 %). The single formula: the pré-conta prints it, the payments collect it.
 */
export const serviceChargeCents = (totalCents: number, serviceChargeBp: number) => Math.floor((totalCents * serviceChargeBp + 5000) / 10_000);

/** What the tab owes as service charge: the store's rate, whether the guests declined it, the total, what was collected. */
export interface TabServiceCharge {
  serviceChargeBp: number;
  serviceChargeWaived: boolean;
  /** The charge on the tab's whole bill (the pré-conta's figure); 0 when waived or the store has none. */
  serviceChargeCents: number;
  serviceChargePaidCents: number;
}

/**
 * The tab's service charge for goods of `goodsTotalCents`, `goodsPaidCents` of them paid so far.
 * Goods a guest paid while the charge was declined carry none (`serviceShareOf`), so the charge
 * the pré-conta prints is on the rest: what the shares, collected and to come, add up to.
 */
export function tabServiceCharge(db: Db, tabId: string, goodsTotalCents: number, goodsPaidCents: number): TabServiceCharge {
  const tab = findTab(db, tabId);
  const bp = storeServiceChargeBp(db);
  const waived = tab?.serviceChargeWaived ?? false;
  const collected = tab ? serviceChargeCollected(db, tabId) : { goodsCents: 0, amountCents: 0 };
  const paidWithoutShare = Math.max(0, goodsPaidCents - collected.goodsCents);
  return {
    serviceChargeBp: bp,
    serviceChargeWaived: waived,
    serviceChargeCents: waived ? 0 : serviceChargeCents(goodsTotalCents - paidWithoutShare, bp),
    serviceChargePaidCents: collected.amountCents,
  };
}

/**
 * The share of the service charge a payment of `goodsCents` of the tab collects: the charge on
 * all the goods paid with a share so far, this payment included, minus the shares already
 * collected. Each part is its proportional share to the centavo and the parts telescope to
 * exactly the charge on the whole bill (the pré-conta's figure) once the tab is paid. Payments
 * made while the guests declined the charge carry no share and are no base for later ones.
 */
export function serviceShareOf(db: Db, tabId: string, goodsCents: number): { serviceChargeBp: number; amountCents: number } | null {
  const tab = findTab(db, tabId);
  const bp = storeServiceChargeBp(db);
  if (!tab || tab.serviceChargeWaived || bp === 0) return null;
  const collected = serviceChargeCollected(db, tabId);
  return { serviceChargeBp: bp, amountCents: Math.max(0, serviceChargeCents(collected.goodsCents + goodsCents, bp) - collected.amountCents) };
}

/**
 * Books the share of a payment just captured, in its transaction. `expectedCents` is what the
 * customer was charged for it (the card terminal authorized goods + share): if the share changed
 * in between (the charge was declined meanwhile), the command fails and the card is undone.
 */
export function collectServiceShare(
  tx: CommandTx,
  payment: { tabId: string; orderId: string; paymentId: string; businessDate: string; method: string; cashierSessionId: string | null; goodsCents: number },
  expectedCents: number,
): number {
  const share = serviceShareOf(tx.db, payment.tabId, payment.goodsCents);
  const amountCents = share?.amountCents ?? 0;
  if (amountCents !== expectedCents) throw businessRule('SERVICE_CHARGE_CHANGED', { tabId: payment.tabId, expectedCents, amountCents });
  if (share) recordServiceCharge(tx, { ...payment, serviceChargeBp: share.serviceChargeBp, amountCents });
  return amountCents;
}

/** The order's tab; none where the appliance runs without tables (a test appliance may). */
const tabIdOfOrder = (db: Db, orderId: string) => (tableExists(db, 'tab_orders') ? tabOfOrder(db, orderId) : null);

/** The service charge share a tender of the order would collect now (0 for an order in no tab, a declined charge, a store without one). */
export function tenderServiceShare(db: Db, orderId: string, goodsCents: number): number {
  const tabId = tabIdOfOrder(db, orderId);
  return tabId ? (serviceShareOf(db, tabId, goodsCents)?.amountCents ?? 0) : 0;
}

/** The goods a tender pays: its amount, or without one everything the order still owes. */
export function tenderGoodsCents(db: Db, orderId: string, tender: Pick<TenderRequest, 'method' | 'amountCents'>): number {
  const order = getOrder(db, orderId);
  const remaining = order ? orderBalance(db, orderId, order.totalCents).remainingCents : 0;
  return settleAmounts({ method: tender.method, amountCents: tender.amountCents ?? remaining }, remaining).amountCents;
}

/**
 * A final tender (cash, card, manual) on an order, with the tab's service charge share when the
 * order belongs to a tab: the payment books the goods, the share is booked apart (and journaled),
 * the drawer takes both. Cash `tenderedCents` is what the customer handed for both; without an
 * amount the tender pays the rest of the goods and their share. `expectedShareCents` is what a
 * card was authorized for beyond the goods; a different share now fails the command.
 */
export function payWithServiceCharge(
  tx: CommandTx,
  orderId: string,
  tender: TenderRequest,
  provider: Pick<TenderInput, 'provider' | 'providerRef' | 'paymentId' | 'details'>,
  expectedShareCents?: number,
): OrderPaymentResult & { serviceChargeCents: number; chargedCents: number } {
  const tabId = tabIdOfOrder(tx.db, orderId);
  if (!tabId || !serviceShareOf(tx.db, tabId, 0)) {
    // No tab, a store without a service charge, or the guests declined it: the goods only.
    if ((expectedShareCents ?? 0) !== 0) throw businessRule('SERVICE_CHARGE_CHANGED', { orderId, expectedCents: expectedShareCents, amountCents: 0 });
    const paid = payOrder(tx, orderId, tender, provider);
    return { ...paid, serviceChargeCents: 0, chargedCents: paid.payment.amountCents };
  }
  const goodsCents = tenderGoodsCents(tx.db, orderId, tender);
  const share = serviceShareOf(tx.db, tabId, goodsCents)?.amountCents ?? 0;
  const cash = tender.method === 'CASH';
  const paid = payOrder(
    tx,
    orderId,
    {
      ...tender,
      amountCents: goodsCents,
      tenderedCents: cash && tender.tenderedCents !== undefined ? tender.tenderedCents - share : tender.tenderedCents,
      serviceChargeCents: share,
    },
    provider,
  );
  const { payment } = paid;
  const collected = collectServiceShare(
    tx,
    { tabId, orderId, paymentId: payment.id, businessDate: payment.businessDate, method: payment.method, cashierSessionId: payment.cashierSessionId, goodsCents: payment.amountCents },
    expectedShareCents ?? share,
  );
  return { ...paid, serviceChargeCents: collected, chargedCents: payment.amountCents + collected };
}
