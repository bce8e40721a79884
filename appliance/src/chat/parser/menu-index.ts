import { INTENT_WORDS } from './intent.js';
import { ALL_WORDS, ASK_AGAIN_WORDS, EVERYDAY_WORDS, FILLER_WORDS, HALF_WORDS, JOINERS, NEGATED_VERBS, NEGATION_WORDS, NUMBER_WORDS, REMARK_WORDS, SLANG, TAKE_BACK_WORDS } from './lexicon.js';
import type { ChatMenu, ChatMenuOptionGroup, ChatMenuProduct } from './menu.js';
import { isNumeral, words } from './normalise.js';
import { nameWords, numberVariants, PhraseTable, withoutSize } from './phrases.js';
import { allowedEdits, editDistance, soundKey } from './typos.js';

/** One option of one product, as a phrase in a message names it. */
export interface OptionTarget {
  productId: string;
  group: ChatMenuOptionGroup;
  optionId: string;
}

/** Words too general to name an option on their own ("bacon extra" must not pick "queijo extra"). */
const GENERAL_OPTION_WORDS = new Set(['extra', 'passado', 'passada', 'cola', 'frita', 'frito', 'lata', 'sabor']);
const sameProduct = (a: string, b: string) => a === b;
const sameOption = (a: OptionTarget, b: OptionTarget) => a.productId === b.productId && a.optionId === b.optionId;

/**
 * The menu compiled for parsing: phrase tables for products (names, their distinctive beginnings,
 * aliases), for each product's options, and for pizza flavours across products; plus the word
 * list the typo corrector snaps unknown words to. Built once per catalog change.
 */
export class MenuIndex {
  readonly products = new Map<string, ChatMenuProduct>();
  readonly productPhrases = new PhraseTable<string>();
  readonly flavourPhrases = new PhraseTable<OptionTarget>();
  private readonly optionPhrases = new Map<string, PhraseTable<OptionTarget>>();
  private readonly vocabulary = new Set<string>();
  private readonly menuWords: Set<string>;
  private readonly typoTargets: { word: string; key: string }[] = [];
  private readonly canonicalCache = new Map<string, string[]>();

  constructor(menu: ChatMenu) {
    const written = new Set(menu.products.flatMap((p) => [p.name, ...p.aliases, ...p.optionGroups.flatMap((g) => g.options.map((o) => o.name))]).flatMap(nameWords));
    // Names compare in the singular ("batatas fritas" is "batata frita"), where the menu has the singular.
    const singular = (w: string) => (w.endsWith('es') && written.has(w.slice(0, -2)) ? w.slice(0, -2) : w.endsWith('s') && written.has(w.slice(0, -1)) ? w.slice(0, -1) : w);
    const wordsOf = (name: string) => nameWords(name).map(singular);
    const phrasesOf = productPhraseLists(menu.products, wordsOf);
    for (const product of menu.products) {
      this.products.set(product.id, product);
      for (const phrase of phrasesOf.get(product.id) ?? []) this.productPhrases.add(phrase, product.id, sameProduct);
    }
    for (const product of menu.products) this.optionPhrases.set(product.id, this.optionTable(product, phrasesOf, wordsOf));
    this.menuWords = new Set([...this.productPhrases.allWords(), ...[...this.optionPhrases.values()].flatMap((t) => [...t.allWords()])]);
    const grammar = Object.keys(NUMBER_WORDS).concat(...[ALL_WORDS, JOINERS, HALF_WORDS, TAKE_BACK_WORDS, NEGATION_WORDS, NEGATED_VERBS, ASK_AGAIN_WORDS, REMARK_WORDS, FILLER_WORDS, EVERYDAY_WORDS].map((s) => [...s]), INTENT_WORDS, ['duzia', 'duzias', 'x']);
    for (const word of [...this.menuWords, ...grammar]) this.vocabulary.add(word);
    // Typos are fixed towards the menu and the intent words only, never towards short or filler
    // words: "zero" in "coca zero" must stay unknown, not become "será".
    for (const word of new Set([...this.menuWords, ...INTENT_WORDS])) if (word.length >= 4 && !isNumeral(word)) this.typoTargets.push({ word, key: soundKey(word) });
  }

  optionsOf(productId: string): PhraseTable<OptionTarget> | undefined {
    return this.optionPhrases.get(productId);
  }

  /**
   * The one option of a product's group a text names, read as in an order (typos fixed, "mau
   * passado" is "mal passado"): the answer typed to "Qual ponto da carne?". Null for none or several.
   */
  optionNamed(productId: string, groupId: string, text: string): string | null {
    const table = this.optionPhrases.get(productId);
    const message = words(text).flatMap((token) => this.canonical(token.word));
    const named = new Set<string>();
    for (let at = 0; table && at < message.length; at += 1) {
      for (const target of table.matchAt(message, at)?.targets ?? []) if (target.group.id === groupId) named.add(target.optionId);
    }
    return named.size === 1 ? [...named][0] : null;
  }

  /**
   * A typed word as menu words: slang and abbreviations spelled out, plurals and diminutives
   * reduced ("batatinhas" → "batata"), "xbacon" split, and a misspelt word snapped to the
   * closest known one. Cached: a store's customers repeat the same words.
   */
  canonical(word: string): string[] {
    let known = this.canonicalCache.get(word);
    if (!known) {
      known = this.resolve(word);
      if (this.canonicalCache.size < 10_000) this.canonicalCache.set(word, known);
    }
    return known;
  }

  private resolve(word: string): string[] {
    if (SLANG[word]) return SLANG[word].split(' ');
    if (isNumeral(word) || this.vocabulary.has(word)) return [word];
    for (const [ending, replacement] of [['s', ''], ['es', ''], ['quinha', 'ca'], ['quinho', 'co'], ['inha', 'a'], ['inho', 'o'], ['zinha', ''], ['zinho', '']]) {
      if (word.endsWith(ending)) {
        const stem = word.slice(0, -ending.length) + replacement;
        if (this.vocabulary.has(stem)) return [stem];
      }
    }
    // "batatinhas", "bolinhos": a plural diminutive.
    if (word.length > 5 && word.endsWith('s')) {
      const singular = this.resolve(word.slice(0, -1));
      if (singular.every((w) => this.vocabulary.has(w))) return singular;
    }
    if (word.length >= 4 && word.startsWith('x')) {
      const rest = this.resolve(word.slice(1));
      if (rest.length === 1 && this.vocabulary.has(rest[0])) return ['x', rest[0]];
    }
    const unrepeated = word.replace(/(\p{L})\1+/gu, '$1');
    if (unrepeated !== word && this.vocabulary.has(unrepeated)) return [unrepeated];
    const compound = this.splitCompound(word);
    if (compound) return compound;
    const corrected = this.closest(word) ?? (word.endsWith('s') ? this.closest(word.slice(0, -1)) : null);
    return [corrected ?? word];
  }

  /** "cocacola" → "coca cola": two menu words typed together. */
  private splitCompound(word: string): string[] | null {
    for (let at = 3; at <= word.length - 3; at++) {
      if (this.menuWords.has(word.slice(0, at)) && this.menuWords.has(word.slice(at))) return [word.slice(0, at), word.slice(at)];
    }
    return null;
  }

  private closest(word: string): string | null {
    const key = soundKey(word);
    const limit = allowedEdits(word.length);
    if (limit === 0) return null;
    let best: string | null = null;
    let bestDistance = limit + 1;
    for (const target of this.typoTargets) {
      const distance = target.key === key ? 0 : editDistance(key, target.key, Math.min(limit, bestDistance - 1));
      if (distance < bestDistance) {
        best = target.word;
        bestDistance = distance;
        if (distance === 0) break;
      }
    }
    return best;
  }

  private optionTable(product: ChatMenuProduct, phrasesOf: Map<string, string[][]>, wordsOf: (name: string) => string[]): PhraseTable<OptionTarget> {
    const table = new PhraseTable<OptionTarget>();
    const options = product.optionGroups.flatMap((group) => group.options.map((option) => ({ group, option, words: wordsOf(option.name) })));
    const wordUse = new Map<string, number>();
    for (const { words } of options) for (const w of new Set(words)) wordUse.set(w, (wordUse.get(w) ?? 0) + 1);
    for (const { group, option, words } of options) {
      const target: OptionTarget = { productId: product.id, group, optionId: option.id };
      const phrases = [...numberVariants(words), ...numberVariants(withoutSize(words))];
      for (const w of words) if (w.length >= 4 && wordUse.get(w) === 1 && !GENERAL_OPTION_WORDS.has(w) && NUMBER_WORDS[w] === undefined) phrases.push([w]);
      if (option.productId) phrases.push(...(phrasesOf.get(option.productId) ?? []));
      for (const phrase of phrases) {
        table.add(phrase, target, sameOption);
        if (group.kind === 'FLAVOR') this.flavourPhrases.add(phrase, target, sameOption);
      }
    }
    return table;
  }
}

/**
 * Each product's phrases: its name (with and without the size), the beginnings only it has, the
 * name without its first word when that is still several words ("long neck"), its aliases.
 */
function productPhraseLists(products: readonly ChatMenuProduct[], wordsOf: (name: string) => string[]): Map<string, string[][]> {
  const short = new Map(products.map((p) => [p.id, withoutSize(wordsOf(p.name))]));
  const isUnique = (phrase: readonly string[]) => products.filter((p) => short.get(p.id)!.join(' ').includes(phrase.join(' '))).length === 1;
  const startsWith = (prefix: readonly string[]) => products.filter((p) => prefix.every((w, i) => short.get(p.id)![i] === w));
  const inOtherNames = (word: string, owners: readonly ChatMenuProduct[]) => products.some((p) => !owners.includes(p) && short.get(p.id)!.includes(word));
  const lists = new Map<string, string[][]>();
  for (const product of products) {
    const words = short.get(product.id)!;
    const phrases = [...numberVariants(wordsOf(product.name)), ...numberVariants(words)];
    if (words.length >= 3 && isUnique(words.slice(1))) phrases.push(words.slice(1));
    for (let length = 1; length < words.length; length++) {
      const prefix = words.slice(0, length);
      const owners = startsWith(prefix);
      // One word names a product only if no other product's name uses it ("burger" is in three names).
      if (length === 1 && (prefix[0].length < 4 || NUMBER_WORDS[prefix[0]] !== undefined || inOtherNames(prefix[0], owners))) continue;
      // A shared beginning is kept only as one word ("pizza"), resolved later by the flavours asked.
      if (owners.length === 1 || length === 1) phrases.push(prefix);
    }
    for (const alias of product.aliases) phrases.push(...numberVariants(wordsOf(alias)));
    lists.set(product.id, phrases.filter((p) => p.length > 0));
  }
  return lists;
}
