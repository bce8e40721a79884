import { signal } from '@preact/signals';
import { incompleteGroup, type OptionGroup, toggleOption } from '../../shared/product-options';
import { addLine, cart, removeOne } from './cart';
import { accompaniments, comboHolding, type KioskProduct, offeredProduct } from './menu';

/** The product whose options the customer is choosing; `replaces` is the line a combo upgrade takes over. */
export const detail = signal<{ product: KioskProduct; optionIds: string[]; replaces?: string } | null>(null);
/** The upsell shown after an item is added: its combo, or a drink or side to go with it. */
export const offer = signal<{ kind: 'combo'; combo: KioskProduct; lineKey: string } | { kind: 'extras' } | null>(null);

const hasAccompaniment = () => {
  const offered = new Set(accompaniments.value.map((p) => p.id));
  return cart.value.some((l) => offered.has(l.product.id) || l.product.type === 'COMBO');
};

/** After an item is in the order: its combo first, else a drink or side, unless the order already has one. */
function upsellAfter(product: KioskProduct, lineKey: string): void {
  const combo = comboHolding(product);
  if (combo) offer.value = { kind: 'combo', combo, lineKey };
  else offer.value = accompaniments.value.length > 0 && !hasAccompaniment() ? { kind: 'extras' } : null;
}

/** A tap on a product tile: straight into the order when there is nothing to choose, else its options. */
export function choose(tapped: KioskProduct): void {
  const product = offeredProduct(tapped);
  if (product.optionGroups.length > 0) {
    detail.value = { product, optionIds: [] };
    return;
  }
  upsellAfter(product, addLine(product));
}

/** A drink or side taken from the suggestion. */
export function takeSuggestion(product: KioskProduct): void {
  offer.value = null;
  choose(product);
}

export function pick(group: OptionGroup, optionId: string): void {
  if (detail.value) detail.value = { ...detail.value, optionIds: toggleOption(group, detail.value.optionIds, optionId) };
}

/** Adds the configured product; answers the group still missing a choice (nothing added then). */
export function confirmDetail(): OptionGroup | undefined {
  const current = detail.value;
  if (!current) return undefined;
  const missing = incompleteGroup(current.product, current.optionIds);
  if (missing) return missing;
  if (current.replaces) removeOne(current.replaces);
  const key = addLine(current.product, current.optionIds);
  detail.value = null;
  if (!current.replaces) upsellAfter(current.product, key);
  return undefined;
}

/**
 * "Quer transformar em combo?" — yes: the item becomes the combo with its choices carried: the
 * doneness the combo asks too, and the extras added to the item (the combo takes its items' extras).
 */
export function acceptCombo(): void {
  const current = offer.value;
  if (current?.kind !== 'combo') return;
  const line = cart.value.find((l) => l.key === current.lineKey);
  const combo = offeredProduct(current.combo);
  const known = new Set(combo.optionGroups.flatMap((g) => g.options.map((o) => o.id)));
  offer.value = null;
  detail.value = { product: combo, optionIds: (line?.optionIds ?? []).filter((id) => known.has(id)), replaces: line?.key };
}

/** "Não, obrigado": a declined combo still suggests a drink or side; a declined suggestion ends the upsell. */
export function declineOffer(): void {
  offer.value = offer.value?.kind === 'combo' && accompaniments.value.length > 0 && !hasAccompaniment() ? { kind: 'extras' } : null;
}
