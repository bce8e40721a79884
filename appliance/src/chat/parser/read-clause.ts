import { addNote, addOption, type Draft, newDraft, optionFor, splitOff } from './draft.js';
import { ALL_WORDS, ASK_AGAIN_WORDS, EVERYDAY_WORDS, FILLER_WORDS, HALF_WORDS, JOINERS, NAME_STOPWORDS, NEGATION_WORDS, REMARK_WORDS } from './lexicon.js';
import type { MenuIndex } from './menu-index.js';
import { isNumeral, type Token } from './normalise.js';
import { isDozen, isLargeNumber, quantityAt } from './quantities.js';
import type { ReadState } from './read-state.js';
import { readTakeBack, takeBackAt } from './take-back.js';

/** Remarks that stand alone ("bem caprichado"); any other remark needs a word after "sem"/"com". */
const WHOLE_REMARKS = new Set(['caprichado', 'caprichada', 'capricha', 'separado', 'separada', 'gelada', 'gelado', 'trincando']);

/** Units that make the number before them a size ("350 ml"), never a count. */
const SIZE_UNITS = new Set(['ml', 'l', 'g', 'kg', 'cm', 'litro', 'litros']);

/** A clause's words as the menu spells them, without articles and sizes; `raw` keeps what was typed. */
export function menuTokens(index: MenuIndex, clause: readonly Token[]): Token[] {
  const tokens = clause.flatMap((t) => index.canonical(t.word).map((word) => ({ word, raw: t.raw })));
  const words = tokens.map((t) => t.word);
  return tokens.filter((t, at) => !NAME_STOPWORDS.has(t.word) && (!isLargeNumber(t.word) || countsWhatFollows(index, words, at)));
}

/**
 * Whether a number too large for a count still counts what follows ("100 dúzias de coca", "60
 * cocas"): kept, so the item is asked about instead of ordered once. "coca 350" is a size.
 */
function countsWhatFollows(index: MenuIndex, words: readonly string[], at: number): boolean {
  if (isDozen(words[at + 1])) return true;
  if (SIZE_UNITS.has(words[at + 1])) return false;
  let next = at + 1;
  while (next < words.length && NAME_STOPWORDS.has(words[next])) next++;
  return index.productPhrases.matchAt(words, next) !== null || index.flavourPhrases.matchAt(words, next) !== null;
}

/** One clause of a message (between punctuation), read into the state. */
export function readClause(index: MenuIndex, state: ReadState, clause: readonly Token[]): void {
  const tokens = menuTokens(index, clause);
  const words = tokens.map((t) => t.word);
  const takeBack = takeBackAt(words);
  if (takeBack < 0) {
    new ClauseReader(index, state, tokens).read();
    return;
  }
  if (takeBack > 0) new ClauseReader(index, state, tokens.slice(0, takeBack)).read();
  // "tira a coca e coloca um guaraná": what follows the new request is asked for again.
  const again = words.findIndex((w, i) => i > takeBack && ASK_AGAIN_WORDS.has(w) && JOINERS.has(words[i - 1]));
  readTakeBack(index, state, tokens.slice(takeBack, again < 0 ? undefined : again));
  if (again >= 0) new ClauseReader(index, state, tokens.slice(again)).read();
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
  /** Where the last item's name ended: an unknown word right there qualifies it ("suco de uva"). */
  private lastItemEnd = -1;
  /** The last thing read in the segment was a count ("coca x2"), not something the count belongs to. */
  private countLast = false;
  /** "os dois", "ambos": the options that follow go to every item. */
  private forAll = false;

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
    const counted = this.countLast;
    this.countLast = false;
    if (this.tryOption() || this.tryProduct() || this.tryFlavour()) return;
    const quantity = quantityAt(this.words, this.at);
    if (quantity) {
      this.countLast = true;
      this.pending = quantity.quantity;
      this.pendingText = this.tokens.slice(this.at, this.at + quantity.length);
      this.segmentCounted = true;
      this.at += quantity.length;
    } else if (JOINERS.has(word) && this.at > 0) {
      this.countLast = counted;
      this.at++;
      this.endSegment();
    } else if (REMARK_WORDS.has(word)) {
      this.readRemark();
    } else if (word === 'x' && !(counted && isNumeral(this.words[this.at - 1])) && this.at + 1 < this.words.length && !isNumeral(this.words[this.at + 1])) {
      // "x-salada", "x-tudo": a sandwich the menu does not have.
      this.segmentLeftovers++;
      this.segmentCounted = true;
      this.at += 2;
    } else if (ALL_WORDS.has(word)) {
      this.forAll = true;
      this.at++;
    } else {
      const ignored = FILLER_WORDS.has(word) || HALF_WORDS.has(word) || JOINERS.has(word) || NEGATION_WORDS.has(word) || word === 'x';
      if (ignored) this.countLast = counted && (word === 'x' || FILLER_WORDS.has(word));
      else if (!EVERYDAY_WORDS.has(word)) {
        this.segmentLeftovers++;
        if (this.at === this.lastItemEnd && this.createdInSegment) this.createdInSegment.unknownQualifier = this.tokens[this.at];
      }
      this.at++;
    }
  }

  /** "os dois ao ponto": an option for every item so far that has it. */
  private tryOptionForAll(): boolean {
    const owners = this.state.drafts.map((draft) => ({ draft, match: optionFor(this.index, draft, this.words, this.at) })).filter((d) => d.match);
    if (owners.length === 0) return false;
    for (const { draft, match } of owners) addOption(draft, match!.option, match!.owners);
    this.at += Math.max(...owners.map((d) => d.match!.length));
    this.segmentUsed = true;
    return true;
  }

  /** An option of the item being described; a written quantity smaller than the item's splits it. */
  private tryOption(): boolean {
    if (this.forAll) return this.tryOptionForAll();
    const remainder = this.state.remainder && this.state.drafts.includes(this.state.remainder) ? this.state.remainder : null;
    const active = this.pending !== null && remainder ? remainder : this.state.active;
    if (!active) return false;
    const match = optionFor(this.index, active, this.words, this.at);
    const product = this.index.productPhrases.matchAt(this.words, this.at);
    if (!match || (product && product.length > match.length)) return false;
    // "combo com coca e mais uma coca": a counted second mention is another item.
    if (this.pending !== null && active.options.some((o) => o.optionId === match.option.optionId)) return false;
    let target = active;
    if (this.pending !== null && this.pending !== active.quantity) {
      const sameGroupChosen = active.options.some((o) => o.group.id === match.option.group.id);
      if (this.pending > active.quantity || sameGroupChosen) return false;
      target = splitOff(this.state.drafts, active, this.pending);
      this.state.remainder = active;
    } else if (this.pending !== null && match.option.group.kind === 'FLAVOR' && active.options.some((o) => o.group.kind === 'FLAVOR')) {
      // "uma calabresa e uma mussarela": a counted flavour after another is a second pizza.
      return false;
    }
    addOption(target, match.option, match.owners);
    if (target === remainder) this.state.remainder = null;
    this.state.active = target;
    this.pending = null;
    this.segmentUsed = true;
    this.at += match.length;
    return true;
  }

  private tryProduct(): boolean {
    const match = this.index.productPhrases.matchAt(this.words, this.at);
    if (!match) return false;
    const vague = this.createdInSegment;
    if (vague && vague.candidates.length > 1 && vague.options.length === 0 && match.targets.length === 1 && vague.candidates.includes(match.targets[0]) && this.at === this.lastItemEnd) {
      // "refri guaraná": the second word says which one.
      vague.candidates = [...match.targets];
      this.at += match.length;
      this.lastItemEnd = this.at;
      return true;
    }
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
    for (const note of this.orphanNotes.splice(0)) addNote(draft, note);
    this.state.drafts.push(draft);
    this.state.active = draft;
    this.state.remainder = null;
    this.pending = null;
    this.createdInSegment = draft;
    this.segmentUsed = true;
    this.at += length;
    this.lastItemEnd = this.at;
    return draft;
  }


  /**
   * "sem cebola", "com bastante molho", "sem cebola e tomate", "bem gelada": a remark for the
   * kitchen on the item. After "sem" even an option's word is a remark ("combo sem cebola").
   */
  private readRemark(): void {
    const start = this.at;
    const without = this.words[start] === 'sem';
    this.at++;
    while (this.at < this.words.length && this.continuesRemark(without)) this.at++;
    let end = this.at;
    while (end > start + 1 && FILLER_WORDS.has(this.words[end - 1])) end--;
    const remark = this.tokens.slice(start, end);
    if (!remark.some((t) => WHOLE_REMARKS.has(t.word) || (!REMARK_WORDS.has(t.word) && !FILLER_WORDS.has(t.word)))) return;
    const text = remark.map((t) => t.raw).join(' ');
    if (this.state.active) {
      addNote(this.state.active, text);
      this.segmentUsed = true;
    } else this.orphanNotes.push(text);
  }

  private continuesRemark(without: boolean): boolean {
    const word = this.words[this.at];
    if (JOINERS.has(word)) return word === 'e' && this.at + 1 < this.words.length && this.isPlainWord(this.at + 1, without);
    if (REMARK_WORDS.has(word)) return word !== 'sem' && word !== 'com';
    return this.isPlainWord(this.at, without) || FILLER_WORDS.has(word);
  }

  /** A word that names nothing on the menu (after "sem", no option either) and starts nothing else. */
  private isPlainWord(at: number, without: boolean): boolean {
    const word = this.words[at];
    if (isNumeral(word) || HALF_WORDS.has(word)) return false;
    if (quantityAt(this.words, at) || this.index.productPhrases.matchAt(this.words, at) || this.index.flavourPhrases.matchAt(this.words, at)) return false;
    const active = this.state.active;
    if (!without && active && optionFor(this.index, active, this.words, at)) return false;
    return !REMARK_WORDS.has(word) && !FILLER_WORDS.has(word) && !JOINERS.has(word);
  }

  private endSegment(): void {
    const created = this.createdInSegment;
    if (this.pending !== null && this.countLast && created && !created.explicitQuantity) {
      // "coca x2", "x-bacon 2": the count written after the item. Kept with its words too, so a
      // question about them ("refri x3": which one?) still knows how many.
      created.quantity = this.pending;
      created.explicitQuantity = true;
      created.text.push(...this.pendingText);
    }
    if (this.segmentLeftovers > 0 && !this.segmentUsed) {
      const text = this.segment.filter((t) => !FILLER_WORDS.has(t.word) && !JOINERS.has(t.word)).map((t) => t.raw).join(' ');
      if (text) this.state.unresolved.push(text);
      if (this.segmentCounted) this.state.unknownAsked = true;
    }
    this.pending = null;
    this.segment = [];
    this.segmentLeftovers = 0;
    this.segmentUsed = false;
    this.segmentCounted = false;
    this.createdInSegment = null;
    this.countLast = false;
    this.forAll = false;
  }
}
