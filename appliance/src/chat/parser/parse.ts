import { settle } from './draft.js';
import { intentOf, type ChatIntent } from './intent.js';
import type { MenuIndex } from './menu-index.js';
import { clausesOf, words } from './normalise.js';
import { isOrderableQuantity } from './quantities.js';
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
  /** Products the customer took back that were not in this message ("não quero mais a batata"): from the cart. */
  removedProductIds: string[];
  /** What looked like an order but names nothing on the menu, or could be several things ("refri"). */
  unresolved: string[];
}

const QUESTION_START = new Set(['tem', 'voces', 'vcs', 'qual', 'quais', 'quanto', 'quanta']);

/**
 * Reads one chat message against the compiled menu. Pure and synchronous: the same message and
 * menu always give the same answer, and nothing is read or written on the way.
 */
export function parseChatMessage(index: MenuIndex, text: string): ParsedMessage {
  const state: ReadState = { drafts: [], removed: [], unresolved: [], unknownAsked: false, active: null, remainder: null };
  for (const clause of clausesOf(text)) readClause(index, state, clause);
  const items: ParsedItem[] = [];
  const namesItems = state.drafts.length > 0 || state.removed.length > 0;
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
  if (intent !== 'ORDER') return { intent, items: [], removedProductIds: [], unresolved: [] };
  return { intent, items, removedProductIds: state.removed, unresolved: state.unresolved };
}

