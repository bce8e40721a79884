import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatBrl } from './money.js';

describe('formatBrl', () => {
  it.each([
    [0, 'R$ 0,00'],
    [5, 'R$ 0,05'],
    [123456, 'R$ 1.234,56'],
    [-500, '-R$ 5,00'],
    [100000000, 'R$ 1.000.000,00'],
  ])('%i → %s', (cents, text) => expect(formatBrl(cents)).toBe(text));

  it('drops the symbol on request and refuses non-integers', () => {
    expect(formatBrl(123456, false)).toBe('1.234,56');
    expect(formatBrl(-1, false)).toBe('-0,01');
    expect(() => formatBrl(1.5)).toThrow(RangeError);
  });

  it('round-trips every integer amount through its text', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (cents) => {
        const text = formatBrl(cents, false);
        expect(Number(text.replace(/\./g, '').replace(',', ''))).toBe(cents);
      }),
    );
  });
});
