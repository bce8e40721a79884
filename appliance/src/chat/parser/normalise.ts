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

const CLAUSE_BREAK = /[,;:.!?\n\r()[\]]+/;
// "os dois ao ponto" is about every item, not a quantity of two.
const BOTH = /\b(os|as)\s+(dois|duas|2|tres|3)\b/gi;
// "1/2 calabresa" is how many people write a half.
const HALF_FRACTION = /\b1\s*\/\s*2\b/g;

/** The words of a text: hyphens and slashes split words, digits split from letters ("2x", "350ml"). */
export function words(text: string): Token[] {
  const tokens: Token[] = [];
  for (const raw of text.replace(HALF_FRACTION, ' meia ').replace(BOTH, ' ambos ').split(/[\s\-_/*:"'“”‘’]+/)) {
    for (const piece of raw.match(/\p{L}+|\d+|\+/gu) ?? []) tokens.push({ word: fold(piece), raw: piece });
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
