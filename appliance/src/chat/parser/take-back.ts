import { addNote, newDraft, settle } from './draft.js';
import { FILLER_WORDS, JOINERS, NEGATED_VERBS, NEGATION_WORDS, TAKE_BACK_WORDS } from './lexicon.js';
import type { MenuIndex } from './menu-index.js';
import type { Token } from './normalise.js';
import { quantityAt } from './quantities.js';
import type { ReadState } from './read-state.js';

/** Where a take-back starts in the clause, or -1. */
export function takeBackAt(words: readonly string[]): number {
  return words.findIndex((w, i) => TAKE_BACK_WORDS.has(w) || (NEGATION_WORDS.has(w) && words.slice(i + 1, i + 3).some((next) => NEGATED_VERBS.has(next))));
}

/**
 * "não quero mais a batata", "tira a coca": an item named earlier in the message is dropped, one
 * from before (the cart) is reported as removed; anything else taken back is a remark ("não
 * coloca cebola" → "sem cebola").
 */
export function readTakeBack(index: MenuIndex, state: ReadState, tokens: readonly Token[]): void {
  const words = tokens.map((t) => t.word);
  const rest: Token[] = [];
  for (let at = 0; at < words.length; ) {
    const match = index.productPhrases.matchAt(words, at) ?? index.flavourPhrases.matchAt(words, at);
    if (!match) {
      const w = words[at];
      if (!FILLER_WORDS.has(w) && !TAKE_BACK_WORDS.has(w) && !NEGATION_WORDS.has(w) && !NEGATED_VERBS.has(w) && !JOINERS.has(w) && !quantityAt(words, at)) rest.push(tokens[at]);
      at++;
      continue;
    }
    const named = [...new Set(match.targets.map((t) => (typeof t === 'string' ? t : t.productId)))];
    const earlier = state.drafts.findLast((d) => d.candidates.some((id) => named.includes(id)));
    const product = settle(index, newDraft(named, null, []));
    if (earlier) {
      state.drafts.splice(state.drafts.indexOf(earlier), 1);
      if (state.active === earlier) state.active = state.drafts.at(-1) ?? null;
    } else if (!product) state.unresolved.push(tokens.slice(at, at + match.length).map((t) => t.raw).join(' '));
    else if (!state.removed.includes(product)) state.removed.push(product);
    at += match.length;
  }
  if (rest.length > 0 && state.active) addNote(state.active, `sem ${rest.map((t) => t.raw).join(' ')}`);
}
