/**
 * A product's option groups as every selling app reads them (`docs/api.md`, "Catalog"): modifiers,
 * half-and-half flavours and combo choices, and the list price the catalog states for a choice. The
 * appliance prices the order itself (pricing rules included); these figures are what a screen shows
 * before it does.
 */
export interface ProductOption {
  id: string;
  name: string;
  priceCents?: number;
  productId?: string;
}

export interface OptionGroup {
  id: string;
  name: string;
  kind: 'MODIFIER' | 'FLAVOR' | 'CHOICE';
  minChoices: number;
  maxChoices: number;
  options: ProductOption[];
}

/** What the option maths needs of a product. */
export interface OptionedProduct {
  priceCents: number;
  optionGroups: OptionGroup[];
  composite?: { priceRule: 'HIGHEST' | 'AVERAGE'; maxFractions: number } | null;
}

function chosen(product: OptionedProduct, optionIds: readonly string[]) {
  return product.optionGroups.flatMap((group) => group.options.filter((o) => optionIds.includes(o.id)).map((option) => ({ group, option })));
}

/** What the line reads on screen: options in choice order, flavours as fractions ("1/2 Calabresa"). */
export function optionLabels(product: OptionedProduct, optionIds: readonly string[]): string[] {
  const picks = chosen(product, optionIds);
  const flavours = picks.filter((p) => p.group.kind === 'FLAVOR').length;
  return picks.map(({ group, option }) => (group.kind === 'FLAVOR' && flavours > 1 ? `1/${flavours} ${option.name}` : option.name));
}

/** Unit price as the catalog states it: half-and-half by its rule, options added. */
export function unitCents(product: OptionedProduct, optionIds: readonly string[]): number {
  const picks = chosen(product, optionIds);
  const flavours = picks.filter((p) => p.group.kind === 'FLAVOR').map((p) => p.option.priceCents ?? 0);
  const extras = picks.filter((p) => p.group.kind !== 'FLAVOR').reduce((sum, p) => sum + (p.option.priceCents ?? 0), 0);
  if (flavours.length === 0) return product.priceCents + extras;
  const base = product.composite?.priceRule === 'AVERAGE' ? Math.round(flavours.reduce((a, b) => a + b, 0) / flavours.length) : Math.max(...flavours);
  return base + extras;
}

/** The options of `group` among those picked. */
export const pickedIn = (group: OptionGroup, optionIds: readonly string[]) => optionIds.filter((id) => group.options.some((o) => o.id === id));

/**
 * One tap on an option: a single-choice group swaps its pick, a multi-choice group toggles it while
 * below its maximum (a full group ignores a new pick rather than dropping an earlier one). The pick
 * of an optional single choice (a stuffed crust) is taken back by a second tap: a swap would keep an
 * extra tapped by mistake on the bill.
 */
export function toggleOption(group: OptionGroup, optionIds: readonly string[], id: string): string[] {
  const inGroup = pickedIn(group, optionIds);
  if (group.maxChoices === 1 && group.minChoices === 0 && inGroup.includes(id)) return optionIds.filter((o) => o !== id);
  if (group.maxChoices === 1) return [...optionIds.filter((o) => !inGroup.includes(o)), id];
  if (optionIds.includes(id)) return optionIds.filter((o) => o !== id);
  return inGroup.length < group.maxChoices ? [...optionIds, id] : [...optionIds];
}

/** The first group still below its minimum, or undefined when the choices are complete. */
export const incompleteGroup = (product: OptionedProduct, optionIds: readonly string[]) =>
  product.optionGroups.find((g) => pickedIn(g, optionIds).length < g.minChoices);
