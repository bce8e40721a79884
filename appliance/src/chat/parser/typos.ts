/**
 * Spelling-tolerant comparison of single words. Both sides are first reduced to how the word
 * sounds in pt-BR spelling ("muzzarela" and "mussarela", "calabreza" and "calabresa",
 * "catupiri" and "catupiry"), then compared by edit distance with swaps ("qeuro" → "quero").
 */
export function soundKey(word: string): string {
  return word
    .replace(/([^cln])h/g, '$1')
    .replace(/ss|z/g, 's')
    .replace(/ll/g, 'l')
    .replace(/rr/g, 'r')
    .replace(/y/g, 'i')
    .replace(/k/g, 'c')
    .replace(/w/g, 'u');
}

/** The edits a word of this length may differ by: none for short words, where one edit makes another word. */
export function allowedEdits(length: number): number {
  return length >= 7 ? 2 : length >= 4 ? 1 : 0;
}

/** Optimal-string-alignment distance, giving up (returning limit + 1) once it exceeds `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, beforePrevious[j - 2] + 1);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    beforePrevious = previous;
    previous = current;
  }
  return previous[b.length];
}
