import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compositePriceCents, startedTimeBlocks, weightPriceCents } from './base-price.js';
import { allocateProportionally, divRoundHalfUp, percentOf } from './rounding.js';

describe('integer rounding', () => {
  it.each([
    [0, 3, 0],
    [1, 2, 1], // 0.5 rounds up
    [3, 2, 2], // 1.5 rounds up
    [5, 2, 3],
    [4, 3, 1], // 1.33
    [5, 3, 2], // 1.67
    [2 ** 52, 1, 2 ** 52],
  ])('divRoundHalfUp(%i, %i) = %i', (n, d, expected) => expect(divRoundHalfUp(n, d)).toBe(expected));

  it.each([
    [1000, 1500, 150],
    [999, 1500, 150], // 149.85
    [1, 5000, 1], // 0.5
    [3, 3333, 1], // 0.9999
    [1990, 1000, 199],
  ])('percentOf(%i, %i bp) = %i', (amount, bp, expected) => expect(percentOf(amount, bp)).toBe(expected));

  it('takes a percentage of any amount a line can reach, exactly, though amount × bp passes 2^53', () => {
    // 100,000 blocks of R$ 1.000.000,00 (the catalog's top price): R$ 100 billion, 10 % off.
    expect(percentOf(10_000_000_000_000, 1000)).toBe(1_000_000_000_000);
    expect(percentOf(Number.MAX_SAFE_INTEGER, 5000)).toBe(4_503_599_627_370_496); // (2^53 - 1) / 2, the half rounded up
    expect(percentOf(Number.MAX_SAFE_INTEGER, 10_000)).toBe(Number.MAX_SAFE_INTEGER);
  });

  it('refuses negative or fractional operands', () => {
    expect(() => divRoundHalfUp(-1, 2)).toThrow(RangeError);
    expect(() => divRoundHalfUp(1.5, 2)).toThrow(RangeError);
    expect(() => divRoundHalfUp(1, 0)).toThrow(RangeError);
  });

  it.each([
    [100, [1, 1, 1], [34, 33, 33]],
    [10, [3, 1], [8, 2]], // 7.5 / 2.5: equal remainders go to the earlier index
    [1, [1, 1], [1, 0]],
    [500, [2590, 1290], [334, 166]],
    [7, [0, 0], [7, 0]],
  ])('allocateProportionally(%i, %j) = %j', (total, weights, expected) => expect(allocateProportionally(total, weights)).toEqual(expected));

  it('allocation always sums to the total and never exceeds a weight when total <= sum', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 100_000 }), { minLength: 1, maxLength: 12 }), fc.nat(), (weights, seed) => {
        const sum = weights.reduce((a, b) => a + b, 0);
        const total = sum === 0 ? seed % 1000 : seed % (sum + 1);
        const shares = allocateProportionally(total, weights);
        expect(shares.reduce((a, b) => a + b, 0)).toBe(total);
        if (sum > 0) shares.forEach((s, i) => expect(s).toBeLessThanOrEqual(weights[i]));
      }),
    );
  });
});

describe('price by product type', () => {
  it.each([
    [5990, 1000, 5990],
    [5990, 350, 2097], // 2096.5 rounds up
    [5990, 1, 6], // 5.99
    [4990, 333, 1662], // 1661.67
    [1, 499, 0], // 0.499
    [1, 500, 1], // 0.5
  ])('WEIGHT %i/kg × %i g = %i', (perKg, grams, expected) => expect(weightPriceCents(perKg, grams)).toBe(expected));

  it.each([
    [1, 15, 1],
    [15, 15, 1],
    [16, 15, 2],
    [31, 15, 3],
    [60, 15, 4],
  ])('TIME %i min at %i-min blocks = %i blocks', (minutes, block, expected) => expect(startedTimeBlocks(minutes, block)).toBe(expected));

  it.each([
    [[4000, 5000], 'HIGHEST', 5000],
    [[4000, 5000], 'AVERAGE', 4500],
    [[4000, 4501], 'AVERAGE', 4251], // 4250.5 rounds up
    [[4000, 4500, 5001], 'AVERAGE', 4500], // 4500.33
    [[4000, 4500, 5002], 'AVERAGE', 4501], // 4500.67
    [[3990, 4290, 4590, 4990], 'AVERAGE', 4465], // 4465
    [[3990, 4290, 4590, 4990], 'HIGHEST', 4990],
    [[4200], 'AVERAGE', 4200],
  ] as const)('COMPOSITE %j by %s = %i', (prices, rule, expected) => expect(compositePriceCents(prices, rule)).toBe(expected));
});
