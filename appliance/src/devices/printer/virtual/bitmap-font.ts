import { FONT_CELL_HEIGHT, FONT_CELL_WIDTH, FONT_GLYPHS } from './font-data.js';

export const GLYPH_WIDTH = FONT_CELL_WIDTH;
export const GLYPH_HEIGHT = FONT_CELL_HEIGHT;

const cache = new Map<number, Uint8Array>();
const REPLACEMENT = '?'.charCodeAt(0);

/** Glyph bitmap (row-major, 1 = ink) for a character; characters outside Latin-1 print as '?' like a real code page would. */
export function glyph(char: string): Uint8Array {
  let code = char.codePointAt(0) ?? REPLACEMENT;
  if (FONT_GLYPHS[code] === undefined) code = code === 0xa0 ? 0x20 : REPLACEMENT;
  let bits = cache.get(code);
  if (!bits) {
    const hex = FONT_GLYPHS[code] ?? '';
    bits = new Uint8Array(GLYPH_WIDTH * GLYPH_HEIGHT);
    for (let y = 0; y < GLYPH_HEIGHT; y++) {
      const row = Number.parseInt(hex.slice(y * 3, y * 3 + 3) || '0', 16);
      for (let x = 0; x < GLYPH_WIDTH; x++) bits[y * GLYPH_WIDTH + x] = (row >> (GLYPH_WIDTH - 1 - x)) & 1;
    }
    cache.set(code, bits);
  }
  return bits;
}
