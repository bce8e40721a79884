import { getProductsForSale, isValidGtin, type SaleProduct } from '../catalog/index.js';
import { findDeliveryOfOrder, type Destination } from '../delivery/index.js';
import type { Db } from '../kernel/db/open.js';
import type { PaidOrder, PaidOrderLine } from '../fiscal/index.js';
import { getOrder, type Order, type OrderItem } from '../orders/index.js';
import { listPaymentsOfOrder, type CardBrand, type Payment } from '../payments/index.js';
import { allocateProportionally } from '../pricing/index.js';
import { hasTable } from './printing-consumer.js';

/** ISS services (billiards time, cover charge) go on an NFS-e, never in the NFC-e. */
const SERVICE_CFOP = '5933';

type FiscalPaymentLine = PaidOrder['payments'][number];

/**
 * The order-level discount (or the delivery fee) spread over the lines in proportion to what each
 * line still costs, largest remainder first, so the shares add up to the amount to the centavo.
 * In integers (pricing's `allocateProportionally`): a line's cost times the discount passes 2^53
 * on bills near R$ 1 million, where a float's remainders no longer rank the lines right.
 */
export function allocateOrderDiscount(lineNetCents: readonly number[], discountCents: number): number[] {
  const base = lineNetCents.reduce((sum, net) => sum + net, 0);
  if (discountCents <= 0 || base <= 0) return lineNetCents.map(() => 0);
  return allocateProportionally(discountCents, lineNetCents);
}

/**
 * Payments cut down to what the NFC-e covers when part of the bill was a service outside it:
 * the last tenders give up the difference first; a tender left at zero leaves with its change.
 */
export function paymentsCovering(payments: readonly FiscalPaymentLine[], totalCents: number): FiscalPaymentLine[] {
  let excess = payments.reduce((sum, p) => sum + p.amountCents, 0) - totalCents;
  const kept = payments.map((p) => ({ ...p }));
  for (let i = kept.length - 1; i >= 0 && excess > 0; i--) {
    const cut = Math.min(kept[i].amountCents, excess);
    kept[i].amountCents -= cut;
    excess -= cut;
  }
  return kept.filter((p) => p.amountCents > 0);
}

/** Tenders taken through TEF or a PIX gateway are "integrated" (tpIntegra 1) with their authorization code. */
const INTEGRATED_PROVIDERS = new Set<Payment['provider']>(['TEF', 'ASAAS', 'MERCADO_PAGO']);

/** NFC-e tBand codes (NT 2016.002) of the brands a cashier can pick for a standalone-machine card. */
const TBAND_BY_BRAND: Record<CardBrand, string> = {
  VISA: '01', MASTERCARD: '02', AMEX: '03', SOROCRED: '04', DINERS: '05', ELO: '06', HIPERCARD: '07', AURA: '08', CABAL: '09', OTHER: '99',
};

function fiscalPaymentOf(payment: Payment): FiscalPaymentLine {
  const line: FiscalPaymentLine = { method: payment.method, amountCents: payment.amountCents, changeCents: payment.changeCents };
  if (payment.provider === 'CARD_MACHINE') {
    // Standalone machine: not integrated, the brand when the cashier typed it, never an authorization code.
    const brand = payment.details.brand as CardBrand | null | undefined;
    return { ...line, card: { integrated: false, ...(brand ? { brand: TBAND_BY_BRAND[brand] } : {}) } };
  }
  // Paid online on an ordering platform: a tender outside the store's machines, named after the platform (xPag when tPag 99).
  if (payment.provider === 'MARKETPLACE') return { ...line, description: payment.payerLabel ?? undefined };
  // The demo's simulated TEF charged no card: nothing to declare as an integrated authorization.
  if (payment.provider === 'TEF' && payment.details.simulated === true) return { ...line, card: { integrated: false, simulated: true } };
  if (!INTEGRATED_PROVIDERS.has(payment.provider)) return line;
  const code = payment.provider === 'TEF' ? payment.details.authorizationCode : payment.providerRef;
  const authorizationCode = typeof code === 'string' && code.trim() ? code.trim().slice(0, 128) : undefined;
  return { ...line, card: { integrated: true, authorizationCode } };
}

/** "CPF na nota": the order's consumer tax id goes to dest/CPF or dest/CNPJ by its length. */
function consumerOf(order: Order): Pick<PaidOrder, 'consumerCpf' | 'consumerCnpj'> {
  if (!order.consumerTaxId) return {};
  return order.consumerTaxId.length === 14 ? { consumerCnpj: order.consumerTaxId } : { consumerCpf: order.consumerTaxId };
}

/**
 * Who receives an order delivered with a fee, and where: an identified consumer with a usable
 * address makes its NFC-e a home delivery (fiscal decides). An order without a fee hands nothing.
 */
function deliveryOf(order: Order, destination: Destination | null): Pick<PaidOrder, 'delivery'> {
  if (order.deliveryFeeCents === 0 || !destination) return {};
  const { recipientName, street, number, complement, district, city, state, postalCode } = destination;
  return { delivery: { name: recipientName, street, number, complement: complement ?? undefined, district, cityName: city, uf: state, cep: postalCode || undefined } };
}

function description(item: OrderItem): string {
  const extras = item.options.map((o) => o.name).filter(Boolean);
  return extras.length > 0 ? `${item.name} (${extras.join(', ')})` : item.name;
}

function lineOf(item: OrderItem, product: SaleProduct | undefined, discountCents: number, freightCents: number): PaidOrderLine {
  const gtin = product?.barcode && isValidGtin(product.barcode) ? product.barcode : null;
  return {
    code: product?.sku ?? item.productId,
    description: description(item),
    gtin,
    // WEIGHT lines are already grams at a price per kg, which is the NFC-e's GRAM unit.
    unit: item.unit,
    quantity: item.quantity,
    unitPriceCents: item.unitPriceCents,
    discountCents,
    ...(freightCents > 0 ? { freightCents } : {}),
    fiscal: product?.fiscal ?? { ncm: null, cfop: null, cest: null, taxGroup: null },
  };
}

/**
 * A paid order as the fiscal module wants it: goods lines with the catalog's fiscal fields, each
 * line's own discount plus its share of the manual order discount, its share of the delivery fee
 * (vFrete, in proportion to what the documented lines cost, to the centavo), its recipient, and the captured tenders.
 * Lines that end up costing nothing (free items, price-0 extras) are left out, since an NFC-e item
 * must have a price; leaving them out changes no total. Null when nothing is left to document.
 */
export function buildPaidOrder(order: Order, products: readonly SaleProduct[], payments: readonly Payment[], destination: Destination | null = null): PaidOrder | null {
  const byId = new Map(products.map((p) => [p.id, p]));
  const active = order.items.filter((item) => item.status !== 'CANCELLED');
  const shares = allocateOrderDiscount(active.map((item) => item.totalCents), order.manualDiscountCents);
  const documented = active
    .map((item, index) => ({ item, product: byId.get(item.productId), share: shares[index] }))
    .filter(({ item, product, share }) => item.totalCents - share > 0 && product?.fiscal.cfop !== SERVICE_CFOP);
  if (documented.length === 0) return null;
  const nets = documented.map(({ item, share }) => item.totalCents - share);
  const freight = allocateOrderDiscount(nets, order.deliveryFeeCents);
  const lines = documented.map(({ item, product, share }, index) => lineOf(item, product, item.discountCents + share, freight[index]));
  const linesTotal = nets.reduce((sum, net) => sum + net, 0) + order.deliveryFeeCents;
  const captured = tendersAtSettlement(order, payments).map(fiscalPaymentOf);
  return { orderId: order.id, lines, payments: paymentsCovering(captured, linesTotal), ...consumerOf(order), ...deliveryOf(order, destination) };
}

/**
 * The tenders as the order was settled with them (docs/money.md, Refunds). A part refunded before
 * the settlement was owed again and paid otherwise, so the tender counts at what it kept. A refund
 * after the settlement is a correction that does not undo the sale: the document declares the sale
 * as settled. The settled tenders add up to the order's total, so whatever the kept amounts lack of
 * it was refunded after the settlement; it is given back to the refunded tenders, latest first
 * (a tender refunded before the settlement was replaced by a later one). A written-off order
 * settled on less than its total and gets nothing back.
 */
function tendersAtSettlement(order: Order, payments: readonly Payment[]): Payment[] {
  const captured = payments.filter((p) => p.status === 'CAPTURED');
  const kept = captured.map((p) => p.amountCents - p.refundedCents);
  let refundedAfter = order.paidAt && !order.writeOff ? order.totalCents - kept.reduce((sum, cents) => sum + cents, 0) : 0;
  for (let i = captured.length - 1; i >= 0 && refundedAfter > 0; i--) {
    const back = Math.min(captured[i].refundedCents, refundedAfter);
    kept[i] += back;
    refundedAfter -= back;
  }
  return captured.map((p, i) => ({ ...p, amountCents: kept[i] })).filter((p) => p.amountCents > 0);
}

/** Loads the order, its products, its payments and its delivery from the store database. */
export function loadPaidOrder(db: Db, orderId: string): PaidOrder | null {
  const order = getOrder(db, orderId);
  if (!order) return null;
  const products = getProductsForSale(db, order.items.map((item) => item.productId));
  return buildPaidOrder(order, products, listPaymentsOfOrder(db, orderId), destinationOf(db, order));
}

/** Where the order's delivery goes; a store without the delivery module has no deliveries. */
function destinationOf(db: Db, order: Order): Destination | null {
  if (!hasTable({ db }, 'deliveries')) return null;
  return findDeliveryOfOrder(db, order.id)?.destination ?? null;
}
