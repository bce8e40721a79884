import { NUMBER_WORDS } from './lexicon.js';
import { words } from './normalise.js';

/** Above this a number is a size or a price ("350 ml", "R$ 40"), not how many. */
const MAX_QUANTITY = 50;
const DOZEN = 12;
const NOT_COUNTED = new Set(['sabor', 'sabores', 'litro', 'litros']);

/** The quantity written at `at` and how many words it takes, or null. "meia dúzia" is 6, "duas dúzias" 24. */
export function quantityAt(words: readonly string[], at: number): { quantity: number; length: number } | null {
  const word = words[at];
  if ((word === 'meia' || word === 'meio') && isDozen(words[at + 1])) return { quantity: DOZEN / 2, length: 2 };
  if (isDozen(word)) return { quantity: DOZEN, length: 1 };
  const count = /^\d+$/.test(word) ? Number(word) : NUMBER_WORDS[word];
  if (count === undefined || count < 1) return null;
  if (isDozen(words[at + 1])) return { quantity: count * DOZEN, length: 2 };
  // "pizza com 3 sabores" counts flavours, "coca 2 litros" is a size: neither is how many.
  if (NOT_COUNTED.has(words[at + 1])) return null;
  return count <= MAX_QUANTITY ? { quantity: count, length: 1 } : null;
}

const isDozen = (word: string | undefined) => word === 'duzia' || word === 'duzias';

/**
 * How many a short phrase asks for, read as in an order ("seis refri", "refri x3", "meia dúzia de
 * refri"): its first quantity, 1 when none is written.
 */
export function quantityOf(text: string): number {
  const folded = words(text).map((token) => token.word);
  for (let at = 0; at < folded.length; at += 1) {
    const found = quantityAt(folded, at);
    if (found) return found.quantity;
  }
  return 1;
}

/** Whether a word is a number a size or price uses, which the parser skips rather than reads as a quantity. */
export const isLargeNumber = (word: string) => /^\d+$/.test(word) && Number(word) > MAX_QUANTITY;
