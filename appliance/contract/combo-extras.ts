/**
 * The option groups a COMBO line takes: its own (doneness, the choice slots), plus the optional
 * extras of its fixed items that the combo does not state itself, so an item upgraded to its combo
 * keeps what was added to it (bacon on the combo's burger) and the combo is priced with it. Required
 * choices stay the combo's own: a store's combo never asks for more than its editor shows. The
 * appliance checks and prices order lines by it; the selling apps show the same groups.
 */
interface Group {
  id: string;
  kind: string;
  minChoices: number;
  options: readonly { id: string }[];
}

interface ComboLike<G extends Group> {
  type: string;
  optionGroups: readonly G[];
  combo?: { items: readonly { productId: string }[] } | null;
}

export function comboOptionGroups<G extends Group>(product: ComboLike<G>, productOf: (productId: string) => { optionGroups: readonly G[] } | undefined): G[] {
  if (product.type !== 'COMBO' || !product.combo) return [...product.optionGroups];
  const groups = [...product.optionGroups];
  const groupIds = new Set(groups.map((g) => g.id));
  const optionIds = new Set(groups.flatMap((g) => g.options.map((o) => o.id)));
  for (const item of product.combo.items) {
    for (const group of productOf(item.productId)?.optionGroups ?? []) {
      const optional = group.kind === 'MODIFIER' && group.minChoices === 0;
      // An id the combo already uses names something else there: that group is left out rather than mixed up.
      if (!optional || groupIds.has(group.id) || group.options.some((o) => optionIds.has(o.id))) continue;
      groups.push(group);
      groupIds.add(group.id);
      for (const option of group.options) optionIds.add(option.id);
    }
  }
  return groups;
}
