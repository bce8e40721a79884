import { computed, signal } from '@preact/signals';
import { comboOptionGroups } from '../../../contract/combo-extras';
import { topCategories } from '../../shared/category-tree';
import type { OptionGroup } from '../../shared/product-options';

/** A product as the kiosk sells it (`GET /products`, KIOSK channel). */
export interface KioskProduct {
  id: string;
  categoryId: string | null;
  name: string;
  description?: string | null;
  priceCents: number;
  type: string;
  optionGroups: OptionGroup[];
  composite?: { priceRule: 'HIGHEST' | 'AVERAGE'; maxFractions: number } | null;
  combo?: { items: { productId: string; quantity: number }[] } | null;
  /** The product's photo (`/catalog-images/<hash>.webp`, a 480 px square), when the store gave it one. */
  photoUrl?: string | null;
}
export interface KioskCategory {
  id: string;
  name: string;
  children?: KioskCategory[];
}

/** What a customer can order alone: units, with their options; weighed and timed lines need staff. */
export const KIOSK_TYPES = new Set(['SIMPLE', 'COMBO', 'COMPOSITE']);

export const products = signal<KioskProduct[]>([]);
export const categories = signal<KioskCategory[]>([]);
export const productById = computed(() => new Map(products.value.map((p) => [p.id, p])));

export const topCategoryOf = computed(() => topCategories(categories.value));

/** The product as its detail offers it: a combo with the optional extras of its fixed items (`contract/combo-extras.ts`). */
export const offeredProduct = (product: KioskProduct): KioskProduct =>
  product.type === 'COMBO' ? { ...product, optionGroups: comboOptionGroups(product, (id) => productById.value.get(id)) } : product;

/** The combo that holds this product as a fixed item (the burger of "Combo X-Burger"), if the menu has one. */
export const comboHolding = (product: KioskProduct): KioskProduct | undefined =>
  product.type === 'COMBO' ? undefined : products.value.find((p) => p.type === 'COMBO' && p.combo?.items.some((i) => i.productId === product.id));

/**
 * Drinks and sides to suggest: what the store's combos offer in their choice slots, when sold
 * alone at the kiosk without choices to make.
 */
export const accompaniments = computed(() => {
  const offered = new Set(products.value.flatMap((p) => p.optionGroups.filter((g) => g.kind === 'CHOICE').flatMap((g) => g.options.flatMap((o) => (o.productId ? [o.productId] : [])))));
  return products.value.filter((p) => offered.has(p.id) && p.optionGroups.every((g) => g.minChoices === 0));
});
