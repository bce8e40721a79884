import { formatCents, parseCents } from '../../shared/money';
import type { OptionGroup } from '../../shared/product-options';
import { InputError, t } from '../texts';

/**
 * The option-group and combo editors' state: groups as the manager types them (prices as text),
 * turned into the catalog's `optionGroups` and `combo` fields on save. Ids already stored are kept
 * (a terminal holding a cart keeps naming the same options); new ones are made from the name.
 */
export interface OptionDraft {
  id: string;
  name: string;
  /** The extra price as typed (`2,50`); empty is no extra. */
  price: string;
  /** Combo slots: the product that goes to the kitchen. */
  productId: string;
}

export interface GroupDraft {
  id: string;
  name: string;
  kind: 'MODIFIER' | 'CHOICE';
  minChoices: number;
  maxChoices: number;
  options: OptionDraft[];
}

export interface ComboItemDraft {
  productId: string;
  quantity: number;
}

/** What the combo editor offers for a slot or a fixed item. */
export interface ProductChoice {
  id: string;
  name: string;
}

export const emptyOption = (): OptionDraft => ({ id: '', name: '', price: '', productId: '' });

export const emptyGroup = (kind: GroupDraft['kind']): GroupDraft => ({ id: '', name: '', kind, minChoices: kind === 'CHOICE' ? 1 : 0, maxChoices: 1, options: [emptyOption()] });

/** A stored group back into the editor (a copy attached from another product keeps its ids until saved). */
export function draftOf(group: OptionGroup): GroupDraft {
  return {
    id: group.id,
    name: group.name,
    kind: group.kind === 'CHOICE' ? 'CHOICE' : 'MODIFIER',
    minChoices: group.minChoices,
    maxChoices: group.maxChoices,
    options: group.options.map((o) => ({ id: o.id, name: o.name, price: o.priceCents ? formatCents(o.priceCents).replace(/^R\$\s/, '') : '', productId: o.productId ?? '' })),
  };
}

const slug = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40) || 'opcao';

/** `wanted` if free, else `wanted-2`, `wanted-3`…; the id is then taken. */
function uniqueId(wanted: string, taken: Set<string>): string {
  let id = wanted;
  for (let n = 2; taken.has(id); n++) id = `${wanted}-${n}`;
  taken.add(id);
  return id;
}

/**
 * The drafts as the catalog's `optionGroups`, checked the way the catalog checks them so the
 * manager reads what to fix before sending: every group and option named (a combo slot names a
 * product), prices in centavos, 0 ≤ min ≤ max ≤ options. `products` names a slot's option after
 * its product when left blank.
 */
export function groupsBody(drafts: GroupDraft[], products: ProductChoice[] = []): OptionGroup[] {
  const groupIds = new Set<string>();
  const optionIds = new Set<string>();
  return drafts.map((draft) => {
    const name = draft.name.trim();
    if (!name) throw new InputError(t('ADMIN_GROUP_NAME_MISSING'));
    const options = draft.options.map((o) => {
      const product = products.find((p) => p.id === o.productId);
      const optionName = o.name.trim() || product?.name || '';
      if (draft.kind === 'CHOICE' && !product) throw new InputError(t('ADMIN_SLOT_PRODUCT_MISSING', { group: name }));
      if (!optionName) throw new InputError(t('ADMIN_OPTION_NAME_MISSING', { group: name }));
      const priceCents = o.price.trim() ? parseCents(o.price) : 0;
      if (priceCents === null) throw new InputError(t('ADMIN_OPTION_PRICE_INVALID', { option: optionName }));
      const id = uniqueId(o.id || slug(optionName), optionIds);
      return { id, name: optionName, priceCents, ...(draft.kind === 'CHOICE' ? { productId: o.productId } : {}) };
    });
    if (options.length === 0) throw new InputError(t('ADMIN_GROUP_OPTIONS_MISSING', { group: name }));
    const { minChoices, maxChoices } = draft;
    if (!Number.isInteger(minChoices) || !Number.isInteger(maxChoices) || minChoices < 0 || maxChoices < 1 || minChoices > maxChoices || maxChoices > options.length) {
      throw new InputError(t('ADMIN_GROUP_LIMITS_INVALID', { group: name, options: options.length }));
    }
    return { id: uniqueId(draft.id || slug(name), groupIds), name, kind: draft.kind, minChoices, maxChoices, options };
  });
}

/** The combo's fixed items (what every combo has, e.g. the burger), at least one. */
export function comboBody(items: ComboItemDraft[]): { items: { productId: string; quantity: number }[] } {
  const chosen = items.filter((i) => i.productId);
  if (chosen.length === 0) throw new InputError(t('ADMIN_COMBO_ITEMS_MISSING'));
  if (chosen.some((i) => !Number.isInteger(i.quantity) || i.quantity < 1 || i.quantity > 20)) throw new InputError(t('ADMIN_COMBO_QUANTITY_INVALID'));
  return { items: chosen.map((i) => ({ productId: i.productId, quantity: i.quantity })) };
}

/** Every group of the menu, to attach a copy to another product ("Ponto da carne — X-Bacon"). */
export function groupLibrary(products: { name: string; optionGroups?: OptionGroup[] }[], kind: GroupDraft['kind']): { label: string; group: OptionGroup }[] {
  return products.flatMap((p) => (p.optionGroups ?? []).filter((g) => g.kind === kind).map((group) => ({ label: `${group.name} — ${p.name}`, group })));
}

/** Replaces the element at `index` of a list (the editors' rows are immutable). */
export const replaceAt = <T>(list: readonly T[], index: number, next: T): T[] => list.map((item, i) => (i === index ? next : item));
export const removeAt = <T>(list: readonly T[], index: number): T[] => list.filter((_, i) => i !== index);

/** Everything the editors hold for one product: its modifier groups and, for a combo, its items and slots. */
export interface OptionDrafts {
  groups: GroupDraft[];
  slots: GroupDraft[];
  comboItems: ComboItemDraft[];
}

export const noDrafts = (): OptionDrafts => ({ groups: [], slots: [], comboItems: [{ productId: '', quantity: 1 }] });

/** A stored product's groups into the editors (flavours stay with the half-and-half fields). */
export function draftsOf(product: { optionGroups: OptionGroup[]; combo?: { items: ComboItemDraft[] } | null }): OptionDrafts {
  return {
    groups: product.optionGroups.filter((g) => g.kind === 'MODIFIER').map(draftOf),
    slots: product.optionGroups.filter((g) => g.kind === 'CHOICE').map(draftOf),
    comboItems: product.combo?.items.map((i) => ({ ...i })) ?? noDrafts().comboItems,
  };
}

/**
 * The editors' part of a product body for its type: modifier groups for any type but WEIGHT (after
 * a half-and-half's `flavours`), plus items and slots for a combo. One id space for all groups.
 */
export function optionFields(type: string, drafts: OptionDrafts, products: ProductChoice[], flavours: OptionGroup[] = []): { optionGroups: OptionGroup[]; combo?: { items: ComboItemDraft[] } } {
  if (type === 'WEIGHT') return { optionGroups: [] };
  if (type !== 'COMBO') return { optionGroups: [...flavours, ...groupsBody(drafts.groups)] };
  const combo = comboBody(drafts.comboItems);
  return { optionGroups: groupsBody([...drafts.groups, ...drafts.slots], products), combo };
}
