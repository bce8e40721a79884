import { NAME_STOPWORDS, NUMBER_WORDS } from './lexicon.js';
import { isNumeral, words } from './normalise.js';

/** A name as the words compared with a message: folded, articles and units left out. */
export function nameWords(name: string): string[] {
  return words(name)
    .map((t) => t.word)
    .filter((w) => !NAME_STOPWORDS.has(w));
}

const DIGIT_OF: Record<string, string> = Object.fromEntries(Object.entries(NUMBER_WORDS).filter(([, n]) => n > 1).map(([w, n]) => [w, String(n)]));
const WORD_OF: Record<string, string> = Object.fromEntries(Object.entries(DIGIT_OF).map(([w, d]) => [d, w]));

/** The name as written, and with its numbers the other way round ("quatro queijos" and "4 queijos"). */
export function numberVariants(phrase: readonly string[]): string[][] {
  const swapped = phrase.map((w) => DIGIT_OF[w] ?? WORD_OF[w] ?? w);
  return swapped.some((w, i) => w !== phrase[i]) ? [[...phrase], swapped] : [[...phrase]];
}

/** A name up to its first number ("coca cola 350" → "coca cola"): sizes are rarely typed. */
export function withoutSize(phrase: readonly string[]): string[] {
  const firstNumber = phrase.findIndex(isNumeral);
  return firstNumber > 0 ? phrase.slice(0, firstNumber) : [...phrase];
}

/** Phrases keyed by their first word, longest first, for a left-to-right longest match. */
export class PhraseTable<T> {
  private readonly byFirst = new Map<string, { words: string[]; targets: T[] }[]>();

  add(phrase: readonly string[], target: T, same: (a: T, b: T) => boolean): void {
    if (phrase.length === 0) return;
    const list = this.byFirst.get(phrase[0]) ?? [];
    const existing = list.find((e) => e.words.length === phrase.length && e.words.every((w, i) => w === phrase[i]));
    if (existing) {
      if (!existing.targets.some((t) => same(t, target))) existing.targets.push(target);
    } else {
      list.push({ words: [...phrase], targets: [target] });
      list.sort((a, b) => b.words.length - a.words.length);
      this.byFirst.set(phrase[0], list);
    }
  }

  /** The longest phrase starting at `at`: its length and every target it names (several when ambiguous). */
  matchAt(message: readonly string[], at: number): { length: number; targets: T[] } | null {
    for (const entry of this.byFirst.get(message[at]) ?? []) {
      if (entry.words.every((w, i) => message[at + i] === w)) return { length: entry.words.length, targets: entry.targets };
    }
    return null;
  }

  *allWords(): Iterable<string> {
    for (const list of this.byFirst.values()) for (const entry of list) yield* entry.words;
  }
}
