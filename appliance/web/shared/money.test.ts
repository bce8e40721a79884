import { describe, expect, it } from 'vitest';
import { formatCents, formatGrams, parseCents } from './money';

describe('money on screen', () => {
  it('formats centavos the Brazilian way, with a non-breaking space after R$', () => {
    expect(formatCents(123456)).toBe('R$\u00a01.234,56');
    expect(formatCents(5)).toBe('R$\u00a00,05');
    expect(formatCents(-1990)).toBe('-R$\u00a019,90');
    expect(formatCents(100000000)).toBe('R$\u00a01.000.000,00');
  });

  it('reads typed amounts into integer centavos and refuses anything else', () => {
    expect(parseCents('100')).toBe(10000);
    expect(parseCents('12,5')).toBe(1250);
    expect(parseCents('1.234,56')).toBe(123456);
    expect(parseCents('R$ 7,09')).toBe(709);
    for (const bad of ['', '12.5', '1,234', 'abc', '12,345', '-3']) expect(parseCents(bad), bad).toBeNull();
  });

  it('formats weights in grams and kilograms', () => {
    expect(formatGrams(350)).toBe('350\u00a0g');
    expect(formatGrams(1250)).toBe('1,250\u00a0kg');
  });
});
