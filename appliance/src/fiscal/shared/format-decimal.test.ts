import { describe, expect, it } from 'vitest';
import { applyBasisPoints, formatBasisPointsAsPercent, formatCents, formatScaledInteger } from './format-decimal.js';

describe('integer decimal formatting', () => {
  it('formats centavos', () => {
    expect(formatCents(0)).toBe('0.00');
    expect(formatCents(5)).toBe('0.05');
    expect(formatCents(123456789)).toBe('1234567.89');
    expect(formatCents(-250)).toBe('-2.50');
  });

  it('rescales and rounds half up without floats', () => {
    expect(formatScaledInteger(437, 3, 4)).toBe('0.4370');
    expect(formatScaledInteger(2, 0, 4)).toBe('2.0000');
    expect(formatScaledInteger(12345, 4, 2)).toBe('1.23');
    expect(formatScaledInteger(12350, 4, 2)).toBe('1.24');
    expect(formatBasisPointsAsPercent(165)).toBe('1.6500');
    expect(formatBasisPointsAsPercent(1800, 2)).toBe('18.00');
  });

  it('applies rates in basis points with half-up rounding', () => {
    expect(applyBasisPoints(3500, 1800)).toBe(630);
    expect(applyBasisPoints(3500, 165)).toBe(58); // 57.75
    expect(applyBasisPoints(1, 5000)).toBe(1); // 0.5 rounds up
    expect(applyBasisPoints(1, 4999)).toBe(0);
  });

  it('refuses unsafe numbers', () => {
    expect(() => formatScaledInteger(2 ** 60, 2, 2)).toThrow(RangeError);
  });
});
