import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSafeText, safeText } from './safe-text.js';

describe('safeText', () => {
  it.each([
    ['Pão de queijo', true],
    ['Açaí 500 ml 🍧', true],
    ['Pizza\u202Elanigiro', false],
    ['nome\u2066isolado\u2069', false],
    ['linha\nnova', false],
    ['tab\tulação', false],
    ['nulo\u0000', false],
    ['sozinho\ud800', false],
    ['\udc00invertido', false],
    ['C1\u0085', false],
  ])('%j → %s', (text, safe) => expect(isSafeText(text)).toBe(safe));

  it('trims, bounds and refuses through zod', () => {
    expect(safeText(10).parse('  Café  ')).toBe('Café');
    expect(safeText(3).safeParse('Cafés').success).toBe(false);
    expect(safeText(10).safeParse('   ').success).toBe(false);
    expect(safeText(10, 0).parse('')).toBe('');
    expect(safeText(20).safeParse('R$ 1,00\u202E00,0').success).toBe(false);
  });

  it('accepts any well-formed printable text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        const printable = [...s].every((ch) => !/[\p{Cc}\p{Zl}\p{Zp}\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u.test(ch));
        expect(isSafeText(s)).toBe(printable);
      }),
    );
  });
});
