import { getProductsForSale } from '../catalog/index.js';
import type { CommandTx } from '../kernel/journal/command-bus.js';
import type { MarketplaceOrder } from '../marketplace/index.js';
import type { NewOrderItem } from '../orders/index.js';
import { allocateOrderDiscount } from './fiscal-paid-order.js';

/** The sponsor of a discount the store itself pays; every other sponsor (the platform) pays the store for its own. */
const STORE_SPONSOR = 'MERCHANT';

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

/** The discounts the store sponsors, never more than the goods they come off. */
function storeDiscountCents(order: MarketplaceOrder): number {
  const goods = sum(order.lines.map((line) => line.totalCents));
  return Math.min(goods, sum(order.discounts.filter((d) => d.sponsor === STORE_SPONSOR).map((d) => d.amountCents)));
}

/**
 * What the platform charged the customer for the goods, by its own figures: its lines' totals less
 * the discounts the store sponsors. The store order it became starts at this total; whatever is
 * added to that order at the POS later is not the platform's.
 */
export function platformGoodsCents(order: MarketplaceOrder): number {
  return sum(order.lines.map((line) => line.totalCents)) - storeDiscountCents(order);
}

/**
 * Unit price, gross and discount of a line so that unit price × quantity − discount is exactly
 * what the platform charged for it (`netCents`), as every store line and the NFC-e (vProd − vDesc)
 * have it: the unit price is the line's total over its quantity rounded up (an extra on one of
 * three burgers does not divide), and what that rounds over is part of the line's discount.
 */
function pricedLine(lineTotalCents: number, quantity: number, netCents: number) {
  const unitPriceCents = Math.ceil(lineTotalCents / quantity);
  const grossCents = unitPriceCents * quantity;
  return { unitPriceCents, grossCents, discountCents: grossCents - netCents, totalCents: netCents };
}

/**
 * The platform's lines as store order lines: the store product each maps to (name, category,
 * station, prep time) at what the customer was charged on the platform. The discounts the store
 * sponsors come off the lines (in proportion to each line, to the centavo): the store never gets
 * that money, so its order, the platform's tender and the NFC-e all carry the goods net of them.
 * Discounts the platform sponsors do not: the platform pays them to the store. Null when any line
 * has no store product: the operator maps it rather than the store guessing.
 */
export function storeLinesOf(tx: CommandTx, order: MarketplaceOrder): NewOrderItem[] | null {
  const products = new Map(getProductsForSale(tx.db, order.lines.flatMap((l) => (l.productId ? [l.productId] : []))).map((p) => [p.id, p]));
  if (order.lines.some((line) => !line.productId || !products.has(line.productId))) return null;
  const shares = allocateOrderDiscount(order.lines.map((line) => line.totalCents), storeDiscountCents(order));
  return order.lines.map((line, index) => {
    const product = products.get(line.productId!)!;
    return {
      productId: product.id,
      name: product.name,
      categoryId: product.categoryId,
      quantity: line.quantity,
      unit: 'UNIT',
      ...pricedLine(line.totalCents, line.quantity, line.totalCents - shares[index]),
      appliedRules: [],
      options: line.options.map((o) => ({ name: o.quantity > 1 ? `${o.quantity}x ${o.name}` : o.name, priceCents: o.priceCents })),
      components: [],
      notes: line.notes,
      seat: null,
      station: product.sendToKitchen ? product.resolvedStation : null,
      prepSeconds: product.sendToKitchen ? product.resolvedPrepSeconds : 0,
    };
  });
}
