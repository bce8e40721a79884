import type { MenuIndex, OptionTarget } from './menu-index.js';
import { fold, type Token } from './normalise.js';

/** An item while the message is being read: possibly several candidate products until options decide. */
export interface Draft {
  candidates: string[];
  quantity: number;
  /** The quantity was written (not the default 1): a following "uma"/"outra" can split it. */
  explicitQuantity: boolean;
  options: OptionTarget[];
  notes: string[];
  /** What the customer wrote for this item, for the clarifying question when it stays ambiguous. */
  text: Token[];
  /** A word right after the name that the menu does not know ("suco de uva", "pizza de frango"). */
  unknownQualifier?: Token;
}

export function newDraft(candidates: string[], quantity: number | null, text: Token[]): Draft {
  return { candidates, quantity: quantity ?? 1, explicitQuantity: quantity !== null, options: [], notes: [], text: [...text] };
}

/** Adds a remark for the kitchen unless the item already carries it ("sem cebola" written twice is one remark). */
export function addNote(draft: Draft, note: string): void {
  const key = noteKey(note);
  if (!draft.notes.some((n) => noteKey(n) === key)) draft.notes.push(note);
}

const noteKey = (note: string) => fold(note).split(/\s+/).join(' ');

/** How many options of this group the draft may still take, over its candidate products. */
function roomIn(index: MenuIndex, draft: Draft, groupId: string): number {
  const taken = draft.options.filter((o) => o.group.id === groupId).length;
  const max = Math.max(0, ...draft.candidates.flatMap((id) => index.products.get(id)?.optionGroups.filter((g) => g.id === groupId).map((g) => g.maxChoices) ?? []));
  return max - taken;
}

/**
 * The option a phrase at `at` names for this draft, if the draft has room for it. A phrase naming
 * options of several candidates ("calabresa" on both pizzas) counts once.
 */
export function optionFor(index: MenuIndex, draft: Draft, words: readonly string[], at: number): OptionMatch | null {
  let best: OptionMatch | null = null;
  for (const productId of draft.candidates) {
    const match = index.optionsOf(productId)?.matchAt(words, at);
    if (!match || new Set(match.targets.map((t) => t.optionId)).size !== 1) continue;
    if (best && best.length > match.length) continue;
    if (best && best.length === match.length && best.option.optionId === match.targets[0].optionId) best.owners.push(productId);
    else best = { option: match.targets[0], length: match.length, owners: [productId] };
  }
  if (!best) return null;
  if (draft.options.some((o) => o.optionId === best.option.optionId)) return best;
  return roomIn(index, draft, best.option.group.id) > 0 ? best : null;
}

export interface OptionMatch {
  option: OptionTarget;
  length: number;
  /** The draft's candidate products that have this option. */
  owners: string[];
}

/** Adds an option, dropping candidate products that do not have it. */
export function addOption(draft: Draft, option: OptionTarget, owners: readonly string[]): void {
  if (!draft.options.some((o) => o.optionId === option.optionId)) draft.options.push(option);
  const narrowed = draft.candidates.filter((id) => owners.includes(id));
  if (narrowed.length > 0) draft.candidates = narrowed;
}

/** Splits `quantity` units off a draft ("2 x-bacon, um ao ponto e outro bem passado"): the new draft goes before it. */
export function splitOff(drafts: Draft[], draft: Draft, quantity: number): Draft {
  const part: Draft = { ...draft, quantity, options: [...draft.options], notes: [...draft.notes], text: [...draft.text] };
  draft.quantity -= quantity;
  drafts.splice(drafts.indexOf(draft), 0, part);
  return part;
}

/**
 * The product a draft ends as: the candidate that has every option chosen; among pizzas, the one
 * with the fewest flavours that still fits them ("pizza de calabresa" is the large half-and-half,
 * not the family one). Null when the message leaves it open ("refri": Coca-Cola or Guaraná).
 */
export function settle(index: MenuIndex, draft: Draft): string | null {
  const fitting = draft.candidates.filter((id) => {
    const product = index.products.get(id);
    if (!product) return false;
    const groups = new Map(product.optionGroups.map((g) => [g.id, g]));
    return draft.options.every((o) => groups.get(o.group.id)?.options.some((x) => x.id === o.optionId)) && product.optionGroups.every((g) => draft.options.filter((o) => o.group.id === g.id).length <= g.maxChoices);
  });
  if (fitting.length === 1) return fitting[0];
  const products = fitting.map((id) => index.products.get(id)!);
  if (products.length > 1 && products.every((p) => p.type === 'COMPOSITE')) {
    return products.reduce((a, b) => ((b.maxFractions ?? 0) < (a.maxFractions ?? 0) ? b : a)).id;
  }
  return null;
}
