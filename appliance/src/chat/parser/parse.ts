import { settle } from './draft.js';
import { intentOf, type ChatIntent } from './intent.js';
import { ADDITION_WORDS, CORRECTION_PHRASES, CORRECTION_WORDS, FILLER_WORDS, NAME_STOPWORDS } from './lexicon.js';
import type { MenuIndex } from './menu-index.js';
import { clausesOf, words } from './normalise.js';
import { isOrderableQuantity, quantityAt } from './quantities.js';
import { readClause } from './read-clause.js';
import type { ReadState } from './read-state.js';

export interface ParsedItem {
  productId: string;
  quantity: number;
  optionIds: string[];
  /** Remarks for the kitchen as the customer wrote them ("sem cebola"), or null. */
  notes: string | null;
}

export interface ParsedMessage {
  intent: ChatIntent;
  items: ParsedItem[];
  /**
   * Products whose cart lines go: taken back ("não quero mais a batata"), or corrected by this
   * message's items ("na verdade são 2 cocas": the cocas in the cart become the 2 written).
   */
  removedProductIds: string[];
  /**
   * A correction that names no product, only the new quantity ("na verdade são 2"): it is about the
   * line the customer added last. Null otherwise.
   */
  correctedQuantity: number | null;
  /** What looked like an order but names nothing on the menu, or could be several things ("refri"). */
  unresolved: string[];
}

const QUESTION_START = new Set(['tem', 'voces', 'vcs', 'qual', 'quais', 'quanto', 'quanta']);

/**
 * Whether the message corrects the cart rather than adds to it: a customer who writes "na verdade
 * são 2 cocas" after "uma coca" wants 2 cocas, not 3. "mais", "outra" and the like keep it an addition.
 */
function correctsCart(folded: readonly string[]): boolean {
  if (folded.some((w) => ADDITION_WORDS.has(w))) return false;
  return folded.some((w, at) => CORRECTION_WORDS.has(w) || CORRECTION_PHRASES.has(`${w} ${folded[at + 1]}`));
}

/** Words a correction naming no product may carry besides its quantity ("na verdade é 2 mesmo"). */
const isCorrectionWording = (word: string, at: number, folded: readonly string[]) =>
  CORRECTION_WORDS.has(word) || CORRECTION_PHRASES.has(`${word} ${folded[at + 1]}`) || CORRECTION_PHRASES.has(`${folded[at - 1]} ${word}`) || FILLER_WORDS.has(word) || NAME_STOPWORDS.has(word) || word === 'e';

/**
 * The quantity of a correction that names no product ("na verdade são 2", "corrigindo: 3"): only
 * the correction's wording and one orderable quantity, nothing else. Null for anything more.
 */
function bareCorrectionQuantity(folded: readonly string[]): number | null {
  if (!correctsCart(folded)) return null;
  const rest = folded.filter((word, at) => !isCorrectionWording(word, at, folded));
  const found = quantityAt(rest, 0);
  return found && found.length === rest.length && isOrderableQuantity(found.quantity) ? found.quantity : null;
}

/**
 * Reads one chat message against the compiled menu. Pure and synchronous: the same message and
 * menu always give the same answer, and nothing is read or written on the way.
 */
export function parseChatMessage(index: MenuIndex, text: string): ParsedMessage {
  const state: ReadState = { drafts: [], removed: [], unresolved: [], unknownAsked: false, active: null, remainder: null };
  for (const clause of clausesOf(text)) readClause(index, state, clause);
  const items: ParsedItem[] = [];
  const namesItems = state.drafts.length > 0 || state.removed.length > 0;
  const folded = words(text).map((t) => t.word);
  const correctedQuantity = namesItems ? null : bareCorrectionQuantity(folded);
  if (correctedQuantity !== null) return { intent: 'ORDER', items: [], removedProductIds: [], correctedQuantity, unresolved: [] };
  for (const draft of state.drafts) {
    const productId = settle(index, draft);
    const qualifier = draft.unknownQualifier?.raw;
    // An unknown word after a pizza is a flavour the menu lacks; after anything else, another product.
    const keepsItem = productId !== null && (!qualifier || index.products.get(productId)!.optionGroups.some((g) => g.kind === 'FLAVOR'));
    // "0,5 pizza", "100 dúzias de coca": asked about, never ordered in a quantity other than the one written.
    if (!keepsItem || !isOrderableQuantity(draft.quantity)) {
      state.unresolved.push([...draft.text.map((t) => t.raw), ...(qualifier ? [qualifier] : [])].join(' '));
      continue;
    }
    if (qualifier) state.unresolved.push(qualifier);
    items.push({ productId, quantity: draft.quantity, optionIds: draft.options.map((o) => o.optionId), notes: draft.notes.length > 0 ? draft.notes.join(', ') : null });
  }
  const messageWords = words(text).flatMap((t) => index.canonical(t.word));
  const isQuestion = text.includes('?') || QUESTION_START.has(messageWords[0] ?? '');
  const intent = intentOf(messageWords, { namesItems, unclearCount: state.unknownAsked, unclear: state.unresolved.length > 0, isQuestion });
  if (intent !== 'ORDER') return { intent, items: [], removedProductIds: [], correctedQuantity: null, unresolved: [] };
  const corrected = correctsCart(folded) ? items.map((item) => item.productId) : [];
  return { intent, items, removedProductIds: [...new Set([...state.removed, ...corrected])], correctedQuantity: null, unresolved: state.unresolved };
}

