import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { billTotal, equalShares, splitByItems, splitBySeat, splitEqually, type Bill } from './split.js';

const item = (itemId: string, totalCents: number, seat: number | null = null, tableLabel = '4') => ({ itemId, totalCents, seat, tableLabel });

describe('bill split', () => {
  it.each([
    [100, 3, [34, 33, 33]],
    [101, 3, [34, 34, 33]],
    [99, 3, [33, 33, 33]],
    [1, 4, [1, 0, 0, 0]],
    [0, 2, [0, 0]],
    [5000, 1, [5000]],
  ])('equalShares(%i, %i) = %j', (total, parts, expected) => expect(equalShares(total, parts)).toEqual(expected));

  it.each<[string, Bill, { label: string; amountCents: number }[]]>([
    [
      'per seat, shared items split equally, extra centavo to the lowest seat',
      { tableLabels: ['4'], items: [item('a', 2990, 1), item('b', 3490, 2), item('c', 1001)], manualDiscountCents: 0 },
      [{ label: 'table 4 seat 1', amountCents: 2990 + 501 }, { label: 'table 4 seat 2', amountCents: 3490 + 500 }],
    ],
    [
      'per seat with a manual discount shared by amount',
      { tableLabels: ['4'], items: [item('a', 3000, 1), item('b', 1000, 2)], manualDiscountCents: 401 },
      [{ label: 'table 4 seat 1', amountCents: 3000 - 301 }, { label: 'table 4 seat 2', amountCents: 1000 - 100 }],
    ],
    [
      'joined tables: each table keeps its seats, the tables in the order of the bill',
      { tableLabels: ['4', '5'], items: [item('a', 1000, 1, '5'), item('b', 2000, 1, '4'), item('c', 301)], manualDiscountCents: 0 },
      [{ label: 'table 4 seat 1', amountCents: 2000 + 151 }, { label: 'table 5 seat 1', amountCents: 1000 + 150 }],
    ],
    ['no seats: one shared part', { tableLabels: ['4'], items: [item('a', 1500), item('b', 500)], manualDiscountCents: 100 }, [{ label: 'table 4 shared', amountCents: 1900 }]],
  ])('%s', (_name, bill, expected) => {
    expect(splitBySeat(bill).map(({ label, amountCents }) => ({ label, amountCents }))).toEqual(expected);
  });

  it('by items: each group pays its items, the discount shared by amount', () => {
    const bill: Bill = { tableLabels: ['4'], items: [item('a', 2990), item('b', 1290), item('c', 690)], manualDiscountCents: 500 };
    const parts = splitByItems(bill, [['a', 'c'], ['b']]);
    expect(parts.map((p) => [p.itemIds, p.amountCents])).toEqual([[['a', 'c'], 3680 - 370], [['b'], 1290 - 130]]);
  });

  it.each([
    [[['a'], ['b']], 'missing'],
    [[['a', 'b', 'c'], ['a']], 'duplicate'],
    [[['a', 'b', 'c', 'z']], 'unknown'],
    [[['a', 'b', 'c'], []], 'empty group'],
  ])('by items refuses %j (%s)', (groups) => {
    const bill: Bill = { tableLabels: ['4'], items: [item('a', 1), item('b', 2), item('c', 3)], manualDiscountCents: 0 };
    expect(() => splitByItems(bill, groups)).toThrow(expect.objectContaining({ code: 'SPLIT_INVALID' }));
  });

  const bills = fc
    .array(fc.record({ totalCents: fc.integer({ min: 0, max: 50_000 }), seat: fc.option(fc.integer({ min: 1, max: 8 }), { nil: null }), tableLabel: fc.constantFrom('4', '5') }), { minLength: 1, maxLength: 20 })
    .chain((lines) => {
      const items = lines.map((l, i) => ({ itemId: `i${i}`, ...l }));
      const sum = items.reduce((s, i) => s + i.totalCents, 0);
      return fc.record({ tableLabels: fc.constant(['4', '5']), items: fc.constant(items), manualDiscountCents: fc.integer({ min: 0, max: sum }) });
    });

  it('every split adds up to the bill exactly, no part is negative, and the result is deterministic', () => {
    fc.assert(
      fc.property(bills, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 5 }), (bill, parts, groupCount) => {
        const total = billTotal(bill);
        const groups = Array.from({ length: Math.min(groupCount, bill.items.length) }, (_, g) => bill.items.filter((_, i) => i % Math.min(groupCount, bill.items.length) === g).map((i) => i.itemId));
        for (const split of [splitEqually(bill, parts), splitBySeat(bill), splitByItems(bill, groups)]) {
          expect(split.reduce((s, p) => s + p.amountCents, 0)).toBe(total);
          split.forEach((p) => expect(p.amountCents).toBeGreaterThanOrEqual(0));
        }
        expect(splitBySeat(bill)).toEqual(splitBySeat(structuredClone(bill)));
        const equal = splitEqually(bill, parts).map((p) => p.amountCents);
        expect(Math.max(...equal) - Math.min(...equal)).toBeLessThanOrEqual(1);
      }),
    );
  });
});
