import { addOption, type Draft, newDraft, optionFor, splitOff } from './draft.js';
import { FILLER_WORDS, HALF_WORDS, JOINERS, NAME_STOPWORDS, NEGATION_WORDS, REMARK_WORDS, TAKE_BACK_WORDS } from './lexicon.js';
import type { MenuIndex } from './menu-index.js';
import type { Token } from './normalise.js';
import { isLargeNumber, quantityAt } from './quantities.js';

/** What the message asked for so far; `active` is the item later options and remarks belong to. */
export interface ReadState {
  drafts: Draft[];
  removed: string[];
  unresolved: string[];
  /** Something was counted that is not on the menu ("3 esfihas"): still an order, to be clarified. */
  countedUnknown: boolean;
  active: Draft | null;
}

/** Remarks that stand alone ("bem caprichado"); any other remark needs a word after "sem"/"com". */
const WHOLE_REMARKS = new Set(['caprichado', 'caprichada', 'capricha', 'separado', 'separada']);
/** Verbs that, after "não", take something back ("não quero mais a batata", "não precisa da coca"). */
const NEGATED_VERBS = new Set(['quero', 'querer', 'vou', 'precisa', 'precisar', 'manda', 'mande', 'mandar', 'traz', 'traga', 'pode', 'coloca', 'coloque', 'bota', 'poe', 'vai', 'vem']);

/** A clause's words as the menu spells them, without articles and sizes; `raw` keeps what was typed. */
export function menuTokens(index: MenuIndex, clause: readonly Token[]): Token[] {
  return clause.flatMap((t) => index.canonical(t.word).map((word) => ({ word, raw: t.raw }))).filter((t) => !NAME_STOPWORDS.has(t.word) && !isLargeNumber(t.word));
}

function takesBack(words: readonly string[]): boolean {
  return words.some((w, i) => TAKE_BACK_WORDS.has(w) || (NEGATION_WORDS.has(w) && words.slice(i + 1, i + 3).some((next) => NEGATED_VERBS.has(next))));
}

/** One clause of a message (between punctuation), read into the state. */
export function readClause(index: MenuIndex, state: ReadState, clause: readonly Token[]): void {
  const tokens = menuTokens(index, clause);
  if (takesBack(tokens.map((t) => t.word))) readTakeBack(index, state, tokens);
  else new ClauseReader(index, state, tokens).read();
}

/**
 * "não quero mais a batata", "tira a coca": an item named earlier in the message is dropped, one
 * from before (the cart) is reported as removed; anything else taken back is a remark ("não
 * coloca cebola" → "sem cebola").
 */
function readTakeBack(index: MenuIndex, state: ReadState, tokens: readonly Token[]): void {
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
    const named = new Set(match.targets.map((t) => (typeof t === 'string' ? t : t.productId)));
    const earlier = state.drafts.findLast((d) => d.candidates.some((id) => named.has(id)));
    if (earlier) {
      state.drafts.splice(state.drafts.indexOf(earlier), 1);
      if (state.active === earlier) state.active = state.drafts.at(-1) ?? null;
    } else if (named.size === 1) state.removed.push(...named);
    else state.unresolved.push(tokens.slice(at, at + match.length).map((t) => t.raw).join(' '));
    at += match.length;
  }
  if (rest.length > 0 && state.active) state.active.notes.push(`sem ${rest.map((t) => t.raw).join(' ')}`);
}

/** Reads one clause left to right: quantities, products, their options, pizza flavours and remarks. */
class ClauseReader {
  private readonly words: string[];
  private at = 0;
  /** A quantity written and not yet given to an item. */
  private pending: number | null = null;
  private pendingText: Token[] = [];
  private segment: Token[] = [];
  private segmentLeftovers = 0;
  private segmentUsed = false;
  private segmentCounted = false;
  private createdInSegment: Draft | null = null;
  private orphanNotes: string[] = [];

  constructor(
    private readonly index: MenuIndex,
    private readonly state: ReadState,
    private readonly tokens: Token[],
  ) {
    this.words = tokens.map((t) => t.word);
  }

  read(): void {
    while (this.at < this.words.length) {
      const start = this.at;
      this.step();
      this.segment.push(...this.tokens.slice(start, this.at));
    }
    this.endSegment();
  }

  private step(): void {
    const word = this.words[this.at];
    if (this.tryOption() || this.tryProduct() || this.tryFlavour()) return;
    const quantity = quantityAt(this.words, this.at);
    if (quantity) {
      this.pending = quantity.quantity;
      this.pendingText = this.tokens.slice(this.at, this.at + quantity.length);
      this.segmentCounted = true;
      this.at += quantity.length;
    } else if (JOINERS.has(word) && this.at > 0) {
      this.at++;
      this.endSegment();
    } else if (REMARK_WORDS.has(word)) {
      this.readRemark();
    } else {
      if (!FILLER_WORDS.has(word) && !HALF_WORDS.has(word) && !JOINERS.has(word) && !NEGATION_WORDS.has(word) && word !== 'x' && word !== 'nada') this.segmentLeftovers++;
      this.at++;
    }
  }

  /** An option of the item being described; a written quantity smaller than the item's splits it. */
  private tryOption(): boolean {
    const active = this.state.active;
    if (!active) return false;
    const match = optionFor(this.index, active, this.words, this.at);
    const product = this.index.productPhrases.matchAt(this.words, this.at);
    if (!match || (product && product.length > match.length)) return false;
    let target = active;
    if (this.pending !== null && this.pending !== active.quantity) {
      const sameGroupChosen = active.options.some((o) => o.group.id === match.option.group.id);
      if (this.pending > active.quantity || sameGroupChosen) return false;
      target = splitOff(this.state.drafts, active, this.pending);
    } else if (this.pending !== null && match.option.group.kind === 'FLAVOR' && active.options.some((o) => o.group.kind === 'FLAVOR')) {
      // "uma calabresa e uma mussarela": a counted flavour after another is a second pizza.
      return false;
    }
    addOption(target, match.option, match.owners);
    this.pending = null;
    this.segmentUsed = true;
    this.at += match.length;
    return true;
  }

  private tryProduct(): boolean {
    const match = this.index.productPhrases.matchAt(this.words, this.at);
    if (!match) return false;
    this.create(match.targets, match.length);
    return true;
  }

  /** A flavour with no pizza named ("meia calabresa meia mussarela") orders the pizza that has it. */
  private tryFlavour(): boolean {
    const match = this.index.flavourPhrases.matchAt(this.words, this.at);
    if (!match || new Set(match.targets.map((t) => t.optionId)).size !== 1) return false;
    const draft = this.create([...new Set(match.targets.map((t) => t.productId))], match.length);
    addOption(draft, match.targets[0], draft.candidates);
    return true;
  }

  private create(candidates: string[], length: number): Draft {
    const draft = newDraft(candidates, this.pending, [...(this.pending === null ? [] : this.pendingText), ...this.tokens.slice(this.at, this.at + length)]);
    draft.notes.push(...this.orphanNotes.splice(0));
    this.state.drafts.push(draft);
    this.state.active = draft;
    this.pending = null;
    this.createdInSegment = draft;
    this.segmentUsed = true;
    this.at += length;
    return draft;
  }


  /** "sem cebola", "com bastante molho", "sem cebola e tomate": a remark for the kitchen on the item. */
  private readRemark(): void {
    const start = this.at;
    this.at++;
    while (this.at < this.words.length && this.continuesRemark()) this.at++;
    const remark = this.tokens.slice(start, this.at);
    if (remark.length === 1 && !WHOLE_REMARKS.has(remark[0].word)) return;
    const text = remark.map((t) => t.raw).join(' ');
    if (this.state.active) {
      this.state.active.notes.push(text);
      this.segmentUsed = true;
    } else this.orphanNotes.push(text);
  }

  private continuesRemark(): boolean {
    const word = this.words[this.at];
    if (JOINERS.has(word)) return word === 'e' && this.at + 1 < this.words.length && this.isPlainWord(this.at + 1);
    return this.isPlainWord(this.at) || FILLER_WORDS.has(word);
  }

  /** A word that names nothing on the menu and starts nothing else. */
  private isPlainWord(at: number): boolean {
    const word = this.words[at];
    const active = this.state.active;
    if (quantityAt(this.words, at) || this.index.productPhrases.matchAt(this.words, at) || this.index.flavourPhrases.matchAt(this.words, at)) return false;
    if (active && optionFor(this.index, active, this.words, at)) return false;
    return !REMARK_WORDS.has(word) && !FILLER_WORDS.has(word) && !JOINERS.has(word);
  }

  private endSegment(): void {
    const created = this.createdInSegment;
    if (this.pending !== null && created && !created.explicitQuantity) {
      // "coca x2", "x-bacon 2": the count written after the item.
      created.quantity = this.pending;
      created.explicitQuantity = true;
    }
    if (this.segmentLeftovers > 0 && !this.segmentUsed) {
      const text = this.segment.filter((t) => !FILLER_WORDS.has(t.word) && !JOINERS.has(t.word)).map((t) => t.raw).join(' ');
      if (text) this.state.unresolved.push(text);
      if (this.segmentCounted) this.state.countedUnknown = true;
    }
    this.pending = null;
    this.segment = [];
    this.segmentLeftovers = 0;
    this.segmentUsed = false;
    this.segmentCounted = false;
    this.createdInSegment = null;
  }
}
