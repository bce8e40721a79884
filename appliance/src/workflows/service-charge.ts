import type { Db } from '../kernel/db/open.js';
import { businessRule } from '../kernel/errors.js';
import type { CommandTx } from '../kernel/journal/command-bus.js';
import { getOrder } from '../orders/index.js';
import { orderBalance, settleAmounts, type TenderInput } from '../payments/index.js';
import { findTab, recordServiceCharge, serviceChargeCollected, serviceChargeOfPayment, tabIdOfOrder as tabOfOrder } from '../tables/index.js';
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
 * What a tab's service charge is computed on: the store's rate (none while the guests decline it)
 * and the goods a guest paid while it was declined, which carry no share and are no base for
 * later ones.
 */
interface ServiceBase {
  serviceChargeBp: number;
  waived: boolean;
  collected: { goodsCents: number; amountCents: number };
  paidWithoutShareCents: number;
}

function serviceBase(db: Db, tabId: string, goodsPaidCents: number): ServiceBase {
  const tab = findTab(db, tabId);
  const collected = tab ? serviceChargeCollected(db, tabId) : { goodsCents: 0, amountCents: 0 };
  return {
    serviceChargeBp: storeServiceChargeBp(db),
    waived: tab?.serviceChargeWaived ?? false,
    collected,
    paidWithoutShareCents: Math.max(0, goodsPaidCents - collected.goodsCents),
  };
}

/**
 * The charge on the bill's goods from `fromCents` to `toCents` (a part of the bill, taken in the
 * order of the parts). The goods paid without a share come off the start of the bill, so the
 * charges of consecutive parts telescope to the charge on the rest of the bill, to the centavo.
 */
function chargeBetween(base: ServiceBase, fromCents: number, toCents: number): number {
  const bp = base.waived ? 0 : base.serviceChargeBp;
  const chargeUpTo = (cents: number) => serviceChargeCents(Math.max(0, cents - base.paidWithoutShareCents), bp);
  return chargeUpTo(toCents) - chargeUpTo(fromCents);
}

/**
 * The tab's service charge for goods of `goodsTotalCents`, `goodsPaidCents` of them paid so far.
 * Goods a guest paid while the charge was declined carry none (`serviceShareOf`), so the charge
 * the pré-conta prints is on the rest: what the shares, collected and to come, add up to.
 */
export function tabServiceCharge(db: Db, tabId: string, goodsTotalCents: number, goodsPaidCents: number): TabServiceCharge {
  const base = serviceBase(db, tabId, goodsPaidCents);
  return {
    serviceChargeBp: base.serviceChargeBp,
    serviceChargeWaived: base.waived,
    serviceChargeCents: chargeBetween(base, 0, goodsTotalCents),
    serviceChargePaidCents: base.collected.amountCents,
  };
}

/**
 * Each part's share of the tab's service charge when its bill is split in `partsCents` (the whole
 * bill, `goodsPaidCents` of it paid so far): on the same base as `tabServiceCharge`, so the shares
 * add up to the tab's service charge exactly.
 */
export function splitServiceShares(db: Db, tabId: string, goodsPaidCents: number, partsCents: readonly number[]): number[] {
  const base = serviceBase(db, tabId, goodsPaidCents);
  let running = 0;
  return partsCents.map((cents) => {
    const from = running;
    running += cents;
    return chargeBetween(base, from, running);
  });
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
 * How far a share authorized on a card may be from the share at booking time while the charge
 * itself is unchanged: another part of the tab booked in between (two phones charging at once)
 * moves the telescoping rounding by at most one centavo.
 */
const SHARE_ROUNDING_CENTS = 1;

/**
 * The share a payment of `goodsCents` books. A card was authorized for `authorizedCents` a moment
 * ago: within rounding of the share now, that is the share booked (what the customer paid; later
 * shares telescope against what was collected). A charge declined meanwhile, or changed beyond
 * rounding, fails the command and the card is undone.
 */
function shareToBook(db: Db, tabId: string, goodsCents: number, authorizedCents: number | undefined): { serviceChargeBp: number; amountCents: number } {
  const share = serviceShareOf(db, tabId, goodsCents);
  const amountCents = share?.amountCents ?? 0;
  if (!share || (authorizedCents !== undefined && Math.abs(authorizedCents - amountCents) > SHARE_ROUNDING_CENTS)) {
    throw businessRule('SERVICE_CHARGE_CHANGED', { tabId, expectedCents: authorizedCents, amountCents });
  }
  return { serviceChargeBp: share.serviceChargeBp, amountCents: authorizedCents ?? amountCents };
}

/** The order's tab; none where the appliance runs without tables (a test appliance may). */
const tabIdOfOrder = (db: Db, orderId: string) => (tableExists(db, 'tab_orders') ? tabOfOrder(db, orderId) : null);

/** What a payment collected as service charge beside its goods (a card took both in one charge). */
export const paymentServiceShare = (db: Db, paymentId: string) => (tableExists(db, 'tab_service_charges') ? serviceChargeOfPayment(db, paymentId) : 0);

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
 * card was authorized for beyond the goods: it is booked as taken when the share now is within a
 * centavo of it (another part booked in between moved the rounding), and fails the command when
 * the charge was declined meanwhile or moved further (shareToBook).
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
  const share = shareToBook(tx.db, tabId, goodsCents, expectedShareCents);
  const cash = tender.method === 'CASH';
  const paid = payOrder(
    tx,
    orderId,
    {
      ...tender,
      amountCents: goodsCents,
      tenderedCents: cash && tender.tenderedCents !== undefined ? tender.tenderedCents - share.amountCents : tender.tenderedCents,
      serviceChargeCents: share.amountCents,
    },
    provider,
  );
  const { payment } = paid;
  recordServiceCharge(tx, {
    tabId,
    orderId,
    paymentId: payment.id,
    businessDate: payment.businessDate,
    method: payment.method,
    cashierSessionId: payment.cashierSessionId,
    serviceChargeBp: share.serviceChargeBp,
    goodsCents: payment.amountCents,
    amountCents: share.amountCents,
  });
  return { ...paid, serviceChargeCents: share.amountCents, chargedCents: payment.amountCents + share.amountCents };
}
