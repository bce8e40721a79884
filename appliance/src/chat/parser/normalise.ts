/** One word of a message: `word` compared with the menu (lower case, no accents), `raw` as typed. */
export interface Token {
  word: string;
  raw: string;
}

/** A message cut into clauses at punctuation and line breaks; "e", "+" and the like are split later. */
export type Clauses = Token[][];

/** Lower case without accents or cedilla: "Guaraná" and "guarana", "muçarela" and "mucarela" compare equal. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

// A comma or a period between two digits is a decimal ("0,5 pizza", "1.5 kg"), never a break.
const CLAUSE_BREAK = /(?:(?<!\d)[,.]|[,.](?!\d)|[;:!?\n\r()[\]])+/;
// "os dois ao ponto" is about every item, not a quantity of two.
const BOTH = /\b(os|as)\s+(dois|duas|2|tres|3)\b/gi;
// "1/2 calabresa" is how many people write a half.
const HALF_FRACTION = /\b1\s*\/\s*2\b/g;

/** A number as `words` spells it: digits, with a decimal comma when one was written ("2", "0,5"). */
export const isNumeral = (word: string | undefined): boolean => word !== undefined && /^\d+(,\d+)?$/.test(word);

/** The value of a numeral ("0,5" is 0.5). */
export const numeralValue = (word: string): number => Number(word.replace(',', '.'));

/** Thousands written the Brazilian way ("1.000", "2.500.000", "1.234,56"): dots between groups of three digits. */
const THOUSANDS = /^\d{1,3}(\.\d{3})+(,\d+)?$/;

/** A number as one word: "1.000" is a thousand, "1.5" and "1,5" one and a half (written "1,5"). */
function numeralWord(word: string): string {
  return THOUSANDS.test(word) ? word.replaceAll('.', '') : word.replace('.', ',');
}

/**
 * The words of a text: hyphens and slashes split words, digits split from letters ("2x", "350ml");
 * a decimal is one word, its separator always a comma ("1.5" reads as "1,5"), and so is a number
 * with thousands dots ("1.000").
 */
export function words(text: string): Token[] {
  const tokens: Token[] = [];
  for (const raw of text.replace(HALF_FRACTION, ' meia ').replace(BOTH, ' ambos ').split(/[\s\-_/*:"'“”‘’]+/)) {
    for (const piece of raw.match(/\p{L}+|\d+(?:[.,]\d+)*|\+/gu) ?? []) tokens.push({ word: numeralWord(fold(piece)), raw: piece });
  }
  return tokens;
}

/** The message as clauses of words, cut where punctuation or a line break separates what was asked. */
export function clausesOf(text: string): Clauses {
  return text
    .split(CLAUSE_BREAK)
    .map(words)
    .filter((clause) => clause.length > 0);
}
