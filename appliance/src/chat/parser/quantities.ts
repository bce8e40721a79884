import { NUMBER_WORDS } from './lexicon.js';
import { isNumeral, numeralValue, words } from './normalise.js';

/**
 * The most of one item a chat order line takes. Above it a bare number is a size or a price
 * ("350 ml", "R$ 40"), and a count ("100 dúzias de coca") is asked about, never ordered as read.
 */
const MAX_QUANTITY = 50;
const DOZEN = 12;
const NOT_COUNTED = new Set(['sabor', 'sabores', 'litro', 'litros']);

/**
 * The quantity written at `at` and how many words it takes, or null. "meia dúzia" is 6, "duas
 * dúzias" 24, "100 dúzias" 1200 and "0,5" a half: whether that can be ordered is decided per
 * item. Sizes and prices ("350 ml") are taken out before (menuTokens), so any number here counts.
 */
export function quantityAt(words: readonly string[], at: number): { quantity: number; length: number } | null {
  const word = words[at];
  if ((word === 'meia' || word === 'meio') && isDozen(words[at + 1])) return { quantity: DOZEN / 2, length: 2 };
  if (isDozen(word)) return { quantity: DOZEN, length: 1 };
  const count = isNumeral(word) ? numeralValue(word) : NUMBER_WORDS[word];
  if (count === undefined || count <= 0) return null;
  if (isDozen(words[at + 1])) return { quantity: count * DOZEN, length: 2 };
  // "pizza com 3 sabores" counts flavours, "coca 2 litros" is a size: neither is how many.
  if (NOT_COUNTED.has(words[at + 1])) return null;
  return { quantity: count, length: 1 };
}

export const isDozen = (word: string | undefined) => word === 'duzia' || word === 'duzias';

/** Whether an item can be ordered in this quantity: whole units (nothing on the chat menu is weighed), at most MAX_QUANTITY. */
export const isOrderableQuantity = (quantity: number) => Number.isInteger(quantity) && quantity >= 1 && quantity <= MAX_QUANTITY;

/**
 * How many a short phrase asks for, read as in an order ("seis refri", "refri x3", "meia dúzia de
 * refri"): its first quantity, 1 when none is written; null when the one written cannot be
 * ordered ("0,5 refri", "100 dúzias de refri").
 */
export function orderableQuantityOf(text: string): number | null {
  const folded = words(text).map((token) => token.word);
  for (let at = 0; at < folded.length; at += 1) {
    const found = quantityAt(folded, at);
    if (found) return isOrderableQuantity(found.quantity) ? found.quantity : null;
  }
  return 1;
}

/** Whether a word is a number too large to be a count of something, unless it is followed by what it counts. */
export const isLargeNumber = (word: string) => isNumeral(word) && numeralValue(word) > MAX_QUANTITY;
