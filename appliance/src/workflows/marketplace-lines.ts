import { getProductsForSale, type SaleProduct } from '../catalog/index.js';
import type { Db } from '../kernel/db/open.js';
import type { CommandTx } from '../kernel/journal/command-bus.js';
import { mappedProductsOf, type MarketplaceOrder, type MarketplaceOrderLine } from '../marketplace/index.js';
import type { NewOrderItem, OrderItemComponent } from '../orders/index.js';
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

/** The products a combo's customer chooses among (its drink, its side). */
function choiceProductIds(combo: SaleProduct): string[] {
  return combo.optionGroups.filter((g) => g.kind === 'CHOICE').flatMap((g) => g.options.flatMap((o) => (o.productId ? [o.productId] : [])));
}

/**
 * A combo line's parts as a counter sale of the combo has them: its fixed items, and each choice
 * the platform's options name by a code mapped to one of the combo's choices. The kitchen cooks
 * the parts at their stations and stock takes each part out, as for the counter's combo.
 */
function comboPartsOf(db: Db, optionProducts: ReadonlyMap<string, string>, products: ReadonlyMap<string, SaleProduct>): (line: MarketplaceOrderLine, product: SaleProduct) => OrderItemComponent[] {
  const combos = [...products.values()].filter((p) => p.type === 'COMBO' && p.combo);
  if (combos.length === 0) return () => [];
  const parts = new Map(getProductsForSale(db, combos.flatMap((c) => [...c.combo!.items.map((i) => i.productId), ...choiceProductIds(c)])).map((p) => [p.id, p]));
  const component = (productId: string, quantity: number): OrderItemComponent[] => {
    const part = parts.get(productId);
    return part ? [{ productId: part.id, name: part.name, categoryId: part.categoryId, quantity, station: part.resolvedStation, prepSeconds: part.resolvedPrepSeconds }] : [];
  };
  return (line, product) => {
    if (product.type !== 'COMBO' || !product.combo) return [];
    const choices = new Set(choiceProductIds(product));
    // An option's quantity is per unit of the line (the platform's line total multiplies the
    // options by the line's quantity): "2x Coca-Cola" in one "combo casal" is two cans per combo.
    const chosen = line.options.flatMap((o) => {
      const productId = o.externalCode ? optionProducts.get(o.externalCode) : undefined;
      return productId && choices.has(productId) ? component(productId, o.quantity) : [];
    });
    return [...product.combo.items.flatMap((i) => component(i.productId, i.quantity)), ...chosen];
  };
}

/**
 * A platform option as the store line keeps it. One whose code maps to a store product (the "bacon
 * extra" mapped to the bacon portion) names it with its quantity per unit of the line, so stock
 * takes its goods out with the line's; a combo's choice is not named, as it is one of the combo's parts.
 */
function lineOptionsOf(line: MarketplaceOrderLine, product: SaleProduct, optionProducts: ReadonlyMap<string, string>): NewOrderItem['options'] {
  const choices = new Set(product.type === 'COMBO' ? choiceProductIds(product) : []);
  return line.options.map((o) => {
    const kept = { name: o.quantity > 1 ? `${o.quantity}x ${o.name}` : o.name, priceCents: o.priceCents };
    const productId = o.externalCode ? optionProducts.get(o.externalCode) : undefined;
    return productId && !choices.has(productId) ? { ...kept, productId, quantity: o.quantity } : kept;
  });
}

/**
 * The platform's lines as store order lines: the store product each maps to (name, category,
 * station, prep time, a combo's parts) at what the customer was charged on the platform. The discounts the store
 * sponsors come off the lines (in proportion to each line, to the centavo): the store never gets
 * that money, so its order, the platform's tender and the NFC-e all carry the goods net of them.
 * Discounts the platform sponsors do not: the platform pays them to the store. Null when any line
 * has no store product, or one sold by weight (a platform line counts units, never grams): the
 * operator maps it rather than the store guessing.
 */
export function storeLinesOf(tx: CommandTx, order: MarketplaceOrder): NewOrderItem[] | null {
  const products = new Map(getProductsForSale(tx.db, order.lines.flatMap((l) => (l.productId ? [l.productId] : []))).map((p) => [p.id, p]));
  const mappedToUnitProduct = (line: MarketplaceOrderLine) => {
    const product = line.productId ? products.get(line.productId) : undefined;
    return product !== undefined && product.type !== 'WEIGHT';
  };
  if (!order.lines.every(mappedToUnitProduct)) return null;
  const optionProducts = mappedProductsOf(tx.db, order.platform, order.lines.flatMap((l) => l.options.flatMap((o) => (o.externalCode ? [o.externalCode] : []))));
  const partsOf = comboPartsOf(tx.db, optionProducts, products);
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
      options: lineOptionsOf(line, product, optionProducts),
      components: partsOf(line, product),
      notes: line.notes,
      seat: null,
      station: product.sendToKitchen ? product.resolvedStation : null,
      prepSeconds: product.sendToKitchen ? product.resolvedPrepSeconds : 0,
    };
  });
}
