import { z } from 'zod';
import { getProductsForSale, type SaleProduct } from '../catalog/index.js';
import { channelLabel } from '../kitchen/index.js';
import { businessRule } from '../kernel/errors.js';
import type { Db } from '../kernel/db/open.js';
import type { CommandTx } from '../kernel/journal/command-bus.js';
import type { NewOrderItem, OrderChannel, OrderItemComponent } from '../orders/index.js';
import { compositePriceCents, loadActivePricingRules, priceLines, startedTimeBlocks, type PricingLine } from '../pricing/index.js';
import { safeText } from '../kernel/safe-text.js';
import { comboOptionGroups } from '../../contract/combo-extras.js';
import { lazySchema } from '../../contract/lazy-schema.js';

/** One line as a POS, tablet or kiosk sends it. */
export const orderLineInput = lazySchema(() => z.object({
  productId: z.string().min(1).max(64),
  /** Units; grams for WEIGHT products; minutes used for TIME products. */
  quantity: z.number().int().min(1).max(100_000),
  /** Option ids chosen in the product's option groups (modifiers, flavours, combo choices). */
  options: z.array(z.string().min(1).max(64)).max(30).default([]),
  notes: safeText(200, 0).nullish(),
  seat: z.number().int().min(1).max(99).nullish(),
}));
export type OrderLineInput = z.infer<typeof orderLineInput>;

const MAX_UNITS = 999;
const FRACTION = ['', '1/1', '1/2', '1/3', '1/4'];

export interface ResolvedLine {
  product: SaleProduct;
  pricing: Omit<PricingLine, 'key'>;
  name: string;
  options: NewOrderItem['options'];
  components: OrderItemComponent[];
  input: OrderLineInput;
}

function refuse(code: string, details: Record<string, unknown>, params: Record<string, string | number> = {}): never {
  throw businessRule(code, details, params);
}

function chosenOptions(product: SaleProduct, parts: Map<string, SaleProduct>, optionIds: readonly string[]) {
  if (new Set(optionIds).size !== optionIds.length) refuse('ORDER_OPTIONS_INVALID', { productId: product.id, reason: 'repeated option' }, { product: product.name });
  const offered = comboOptionGroups(product, (id) => parts.get(id));
  const known = new Set(offered.flatMap((g) => g.options.map((o) => o.id)));
  const unknown = optionIds.filter((id) => !known.has(id));
  if (unknown.length > 0) refuse('ORDER_OPTIONS_INVALID', { productId: product.id, unknown }, { product: product.name });
  return offered.map((group) => {
    const chosen = group.options.filter((o) => optionIds.includes(o.id));
    if (chosen.length < group.minChoices || chosen.length > group.maxChoices) {
      refuse('ORDER_OPTIONS_INVALID', { productId: product.id, groupId: group.id, min: group.minChoices, max: group.maxChoices, chosen: chosen.length }, { product: product.name });
    }
    return { group, chosen };
  });
}

type ChosenOption = ReturnType<typeof chosenOptions>[number]['chosen'][number];

/**
 * A chosen extra as the line keeps it. An extra that is a product of the menu (a bacon portion on
 * the burger) names it, so stock takes its goods out with the line's; a combo's choice is not named
 * here, as it is one of the combo's components already.
 */
function lineOption(option: ChosenOption, kind: string): NewOrderItem['options'][number] {
  const kept = { name: option.name, priceCents: option.priceCents };
  return kind === 'MODIFIER' && option.productId ? { ...kept, productId: option.productId, quantity: 1 } : kept;
}

/**
 * A combo is made of its parts: one taken off the menu ("acabou") cannot be sold inside it either,
 * whether a fixed part or the side the customer chose.
 */
function assertPartsSellable(combo: SaleProduct, groups: ReturnType<typeof chosenOptions>, parts: Map<string, SaleProduct>): void {
  const partIds = [
    ...combo.combo!.items.map((i) => i.productId),
    ...groups.filter((g) => g.group.kind === 'CHOICE').flatMap((g) => g.chosen.flatMap((o) => (o.productId ? [o.productId] : []))),
  ];
  for (const id of partIds) {
    const part = parts.get(id);
    if (!part?.sellable) refuse('ORDER_PRODUCT_UNAVAILABLE', { productId: combo.id, partId: id }, { product: part?.name ?? combo.name });
  }
}

function resolveLine(input: OrderLineInput, product: SaleProduct | undefined, parts: Map<string, SaleProduct>, channel: OrderChannel): ResolvedLine {
  if (!product) refuse('ORDER_PRODUCT_NOT_FOUND', { productId: input.productId });
  if (!product.sellable) refuse('ORDER_PRODUCT_UNAVAILABLE', { productId: product.id }, { product: product.name });
  if (!(product.channels as readonly string[]).includes(channel)) refuse('ORDER_PRODUCT_NOT_ON_CHANNEL', { productId: product.id, channel }, { product: product.name, channel: channelLabel(channel) });
  if (product.type !== 'WEIGHT' && product.type !== 'TIME' && input.quantity > MAX_UNITS) {
    refuse('ORDER_QUANTITY_INVALID', { productId: product.id, max: MAX_UNITS }, { product: product.name });
  }
  const groups = chosenOptions(product, parts, input.options);
  const extraGroups = groups.filter((g) => g.group.kind !== 'FLAVOR');
  const extraCents = extraGroups.flatMap((g) => g.chosen).reduce((sum, o) => sum + o.priceCents, 0);
  const options = extraGroups.flatMap((g) => g.chosen.map((o) => lineOption(o, g.group.kind)));
  let listUnitPriceCents = product.priceCents + extraCents;
  let quantity = input.quantity;
  let name = product.name;
  if (product.type === 'COMPOSITE') {
    const flavours = groups.find((g) => g.group.kind === 'FLAVOR')!.chosen;
    listUnitPriceCents = compositePriceCents(flavours.map((f) => f.priceCents), product.composite!.priceRule) + extraCents;
    options.unshift(...flavours.map((f) => ({ name: `${FRACTION[flavours.length]} ${f.name}`, priceCents: 0 })));
  }
  if (product.type === 'TIME') {
    quantity = startedTimeBlocks(input.quantity, product.timeBlockMinutes!);
    name = `${product.name} · ${input.quantity} min`;
  }
  if (product.type === 'COMBO') assertPartsSellable(product, groups, parts);
  const component = (p: SaleProduct, qty: number): OrderItemComponent => ({
    productId: p.id, name: p.name, categoryId: p.categoryId, quantity: qty, station: p.resolvedStation, prepSeconds: p.resolvedPrepSeconds,
  });
  const components =
    product.type === 'COMBO'
      ? [
          ...product.combo!.items.flatMap((i) => (parts.has(i.productId) ? [component(parts.get(i.productId)!, i.quantity)] : [])),
          ...groups.filter((g) => g.group.kind === 'CHOICE').flatMap((g) => g.chosen.flatMap((o) => (o.productId && parts.has(o.productId) ? [component(parts.get(o.productId)!, 1)] : []))),
        ]
      : [];
  return {
    product,
    name,
    options,
    components,
    input,
    pricing: { productId: product.id, categoryId: product.categoryId, ancestorCategoryIds: product.ancestorCategoryIds, quantity, unit: product.type === 'WEIGHT' ? 'GRAM' : 'UNIT', listUnitPriceCents },
  };
}

/**
 * Checks requested lines against the catalog (product, channel, option choices) and gives each its
 * list price by product type, ready for the pricing engine.
 */
export function resolveOrderLines(db: Db, channel: OrderChannel, inputs: readonly OrderLineInput[]): ResolvedLine[] {
  const products = new Map(getProductsForSale(db, inputs.map((i) => i.productId)).map((p) => [p.id, p]));
  const partIds = [...products.values()].flatMap((p) => [
    ...(p.combo?.items.map((i) => i.productId) ?? []),
    ...p.optionGroups.flatMap((g) => g.options.flatMap((o) => (o.productId ? [o.productId] : []))),
  ]);
  const parts = new Map(getProductsForSale(db, partIds).map((p) => [p.id, p]));
  return inputs.map((input) => resolveLine(input, products.get(input.productId), parts, channel));
}

/**
 * Turns requested lines into priced order lines: validates products, channel and option choices
 * against the catalog, computes the list price by product type, then applies the store's active
 * pricing rules (docs/pricing.md). Runs inside the caller's transaction so prices and the order
 * are read and written at one instant.
 */
export function priceOrderLines(
  tx: CommandTx,
  channel: OrderChannel,
  inputs: readonly OrderLineInput[],
  timeZone: string,
): NewOrderItem[] {
  const lines = resolveOrderLines(tx.db, channel, inputs);
  const priced = priceLines(
    lines.map((l, i) => ({ key: String(i), ...l.pricing })),
    { channel, at: tx.now, timeZone },
    loadActivePricingRules(tx.db),
  );
  return lines.map((line, i) => ({
    productId: line.product.id,
    name: line.name,
    categoryId: line.product.categoryId,
    quantity: line.pricing.quantity,
    unit: line.pricing.unit,
    unitPriceCents: priced[i].unitPriceCents,
    grossCents: priced[i].grossCents,
    discountCents: priced[i].discountCents,
    totalCents: priced[i].totalCents,
    appliedRules: priced[i].appliedRules,
    options: line.options,
    components: line.components,
    notes: line.input.notes ?? null,
    seat: line.input.seat ?? null,
    station: line.product.sendToKitchen ? line.product.resolvedStation : null,
    prepSeconds: line.product.sendToKitchen ? line.product.resolvedPrepSeconds : 0,
  }));
}
