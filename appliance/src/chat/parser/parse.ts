import { settle } from './draft.js';
import { intentOf, type ChatIntent } from './intent.js';
import type { MenuIndex } from './menu-index.js';
import { clausesOf, words } from './normalise.js';
import { readClause, type ReadState } from './read-clause.js';

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
  const state: ReadState = { drafts: [], removed: [], unresolved: [], countedUnknown: false, active: null };
  for (const clause of clausesOf(text)) readClause(index, state, clause);
  const items: ParsedItem[] = [];
  const namesItems = state.drafts.length > 0 || state.removed.length > 0;
  for (const draft of state.drafts) {
    const productId = settle(index, draft);
    if (!productId) {
      state.unresolved.push(draft.text.map((t) => t.raw).join(' '));
      continue;
    }
    items.push({ productId, quantity: draft.quantity, optionIds: draft.options.map((o) => o.optionId), notes: draft.notes.length > 0 ? draft.notes.join(', ') : null });
  }
  const messageWords = words(text).flatMap((t) => index.canonical(t.word));
  const isQuestion = text.includes('?') || QUESTION_START.has(messageWords[0] ?? '');
  const intent = intentOf(messageWords, { namesItems, countsSomething: state.countedUnknown, isQuestion });
  if (intent !== 'ORDER') return { intent, items: [], removedProductIds: [], unresolved: [] };
  return { intent, items, removedProductIds: state.removed, unresolved: state.unresolved };
}

