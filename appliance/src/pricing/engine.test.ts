import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { priceLines, tracePricing, type PricingLine } from './engine.js';
import { isInWindow } from './happy-hour.js';
import type { PricingRule } from './rules.js';

const TZ = 'America/Sao_Paulo';
// 2026-11-23 is a Monday; São Paulo is UTC-3 (no DST).
const mondayAt = (hhmm: string) => new Date(`2026-11-23T${hhmm}:00-03:00`);

const burger: PricingLine = { key: 'b', productId: 'burger', categoryId: 'burgers', quantity: 1, unit: 'UNIT', listUnitPriceCents: 2990 };
const fries: PricingLine = { key: 'f', productId: 'fries', categoryId: 'sides', quantity: 1, unit: 'UNIT', listUnitPriceCents: 1290 };
const beer: PricingLine = { key: 'd', productId: 'beer', categoryId: 'drinks', quantity: 3, unit: 'UNIT', listUnitPriceCents: 1199 };
const salad: PricingLine = { key: 's', productId: 'salad', categoryId: 'salad', quantity: 350, unit: 'GRAM', listUnitPriceCents: 5990 };

const markup: PricingRule = { id: 'delivery', kind: 'CHANNEL_MARKUP', channel: 'DELIVERY', percentBp: 1500 };
const happyHour: PricingRule = { id: 'hh', kind: 'HAPPY_HOUR', weekdays: [1, 2, 3, 4, 5], from: '17:00', to: '19:00', percentOffBp: 3000, target: { categoryIds: ['drinks'] } };
const tenOff: PricingRule = { id: 'ten', kind: 'PERCENT_OFF', percentOffBp: 1000, target: {} };
const twoReaisOff: PricingRule = { id: 'two', kind: 'FIXED_OFF', amountOffCents: 200, target: { productIds: ['burger', 'salad'] } };
const beer2for1: PricingRule = { id: 'b2', kind: 'BUY_X_GET_Y', buy: 2, get: 1, target: { productIds: ['beer'] } };
const combo: PricingRule = { id: 'combo', kind: 'COMBO_DISCOUNT', productIds: ['burger', 'fries'], amountOffCents: 500 };

const summary = (lines: ReturnType<typeof priceLines>) =>
  lines.map((l) => [l.key, l.unitPriceCents, l.grossCents, l.discountCents, l.totalCents, l.appliedRules.join(',')]);

describe('priceLines', () => {
  it.each<[string, PricingLine[], string, string, PricingRule[], (string | number)[][]]>([
    ['no rules: list price', [burger, salad], 'COUNTER', '12:00', [], [['b', 2990, 2990, 0, 2990, ''], ['s', 5990, 2097, 0, 2097, '']]],
    [
      'DELIVERY markup +15% on the unit price, rounded half up, and on the price per kg',
      [burger, salad],
      'DELIVERY',
      '12:00',
      [markup],
      [['b', 3439, 3439, 0, 3439, 'CHANNEL_MARKUP:delivery'], ['s', 6889, 2411, 0, 2411, 'CHANNEL_MARKUP:delivery']],
    ],
    ['markup only for its channel', [burger], 'COUNTER', '12:00', [markup], [['b', 2990, 2990, 0, 2990, '']]],
    ['happy hour inside the window', [beer], 'TABLE', '18:00', [happyHour], [['d', 1199, 3597, 1079, 2518, 'HAPPY_HOUR:hh']]],
    ['happy hour ends at `to` (exclusive)', [beer], 'TABLE', '19:00', [happyHour], [['d', 1199, 3597, 0, 3597, '']]],
    ['happy hour only for its category', [burger], 'TABLE', '18:00', [happyHour], [['b', 2990, 2990, 0, 2990, '']]],
    [
      'best line rule wins: buy 2 get 1 (11,99) beats happy hour 30% (10,79)',
      [beer],
      'TABLE',
      '18:00',
      [happyHour, beer2for1],
      [['d', 1199, 3597, 1199, 2398, 'BUY_X_GET_Y:b2']],
    ],
    [
      'line rules never stack: 10% (2,99) beats 2,00 fixed',
      [burger],
      'COUNTER',
      '12:00',
      [tenOff, twoReaisOff],
      [['b', 2990, 2990, 299, 2691, 'PERCENT_OFF:ten']],
    ],
    [
      'equal discounts tie-break by precedence HAPPY_HOUR > PERCENT_OFF',
      [beer],
      'TABLE',
      '18:00',
      [{ ...tenOff, id: 'a-thirty', percentOffBp: 3000 }, happyHour],
      [['d', 1199, 3597, 1079, 2518, 'HAPPY_HOUR:hh']],
    ],
    ['fixed off on a weighed line is off the line', [salad], 'COUNTER', '12:00', [twoReaisOff], [['s', 5990, 2097, 200, 1897, 'FIXED_OFF:two']]],
    [
      'markup first, then the percent discount on the marked-up gross',
      [burger],
      'DELIVERY',
      '12:00',
      [markup, tenOff],
      [['b', 3439, 3439, 344, 3095, 'CHANNEL_MARKUP:delivery,PERCENT_OFF:ten']],
    ],
    [
      'combo discount split by price, largest remainder (500 over 2990:1290)',
      [burger, fries],
      'COUNTER',
      '12:00',
      [combo],
      [['b', 2990, 2990, 349, 2641, 'COMBO_DISCOUNT:combo'], ['f', 1290, 1290, 151, 1139, 'COMBO_DISCOUNT:combo']],
    ],
    [
      'combo counts complete sets only (2 burgers, 1 fries = 1 set)',
      [{ ...burger, quantity: 2 }, fries],
      'COUNTER',
      '12:00',
      [combo],
      [['b', 2990, 5980, 349, 5631, 'COMBO_DISCOUNT:combo'], ['f', 1290, 1290, 151, 1139, 'COMBO_DISCOUNT:combo']],
    ],
    [
      'combo skips units already discounted by a line rule',
      [burger, fries],
      'COUNTER',
      '12:00',
      [combo, twoReaisOff],
      [['b', 2990, 2990, 200, 2790, 'FIXED_OFF:two'], ['f', 1290, 1290, 0, 1290, '']],
    ],
    ['combo for another channel is ignored', [burger, fries], 'DELIVERY', '12:00', [{ ...combo, channels: ['COUNTER'] }], [['b', 2990, 2990, 0, 2990, ''], ['f', 1290, 1290, 0, 1290, '']]],
    [
      'a fixed discount larger than the unit price stops at zero',
      [{ ...fries, quantity: 2 }],
      'COUNTER',
      '12:00',
      [{ id: 'big', kind: 'FIXED_OFF', amountOffCents: 5000, target: {} }],
      [['f', 1290, 2580, 2580, 0, 'FIXED_OFF:big']],
    ],
  ])('%s', (_name, lines, channel, time, rules, expected) => {
    expect(summary(priceLines(lines, { channel, at: mondayAt(time), timeZone: TZ }, rules))).toEqual(expected);
  });

  it('keeps every line total = gross - discount >= 0', () => {
    const rules = [markup, happyHour, tenOff, twoReaisOff, beer2for1, combo];
    for (const channel of ['COUNTER', 'DELIVERY']) {
      for (const line of priceLines([burger, fries, beer, salad], { channel, at: mondayAt('18:30'), timeZone: TZ }, rules)) {
        expect(line.totalCents).toBe(line.grossCents - line.discountCents);
        expect(line.totalCents).toBeGreaterThanOrEqual(0);
      }
    }
  });
});

describe('priceLines properties', () => {
  const lineArb = fc.record({
    productId: fc.constantFrom('burger', 'fries', 'beer', 'salad'),
    categoryId: fc.constantFrom('burgers', 'sides', 'drinks'),
    quantity: fc.integer({ min: 1, max: 2000 }),
    unit: fc.constantFrom<'UNIT' | 'GRAM'>('UNIT', 'GRAM'),
    listUnitPriceCents: fc.integer({ min: 0, max: 100_000 }),
  });
  const rules = [markup, happyHour, tenOff, twoReaisOff, beer2for1, combo, { ...combo, id: 'combo-2', productIds: ['beer', 'beer', 'fries'], amountOffCents: 999 }] as PricingRule[];

  it('never prices a line below zero, keeps total = gross - discount, and only discounts what a rule allows', () => {
    fc.assert(
      fc.property(fc.array(lineArb, { minLength: 1, maxLength: 8 }), fc.subarray(rules), fc.constantFrom('COUNTER', 'DELIVERY'), fc.integer({ min: 0, max: 7 * 24 * 60 - 1 }), (raw, active, channel, minute) => {
        const lines = raw.map((l, i) => ({ ...l, key: String(i) }));
        const at = new Date(Date.parse('2026-11-23T00:00:00-03:00') + minute * 60_000);
        const priced = priceLines(lines, { channel, at, timeZone: TZ }, active);
        priced.forEach((p, i) => {
          expect(p.totalCents).toBe(p.grossCents - p.discountCents);
          expect(p.totalCents).toBeGreaterThanOrEqual(0);
          expect(p.unitPriceCents).toBeGreaterThanOrEqual(lines[i].listUnitPriceCents);
          if (p.appliedRules.every((r) => r.startsWith('CHANNEL_MARKUP'))) expect(p.discountCents).toBe(0);
        });
        expect(priceLines(lines, { channel, at, timeZone: TZ }, [...active].reverse())).toEqual(priced);
      }),
    );
  });
});

describe('happy-hour windows in the store time zone', () => {
  const overnight = { weekdays: [5], from: '22:00', to: '02:00' }; // Friday night
  it.each([
    ['2026-11-23T17:00:00-03:00', { weekdays: [1], from: '17:00', to: '19:00' }, true],
    ['2026-11-23T16:59:00-03:00', { weekdays: [1], from: '17:00', to: '19:00' }, false],
    ['2026-11-23T20:30:00Z', { weekdays: [1], from: '17:00', to: '19:00' }, true], // 17:30 local
    ['2026-11-23T22:30:00Z', { weekdays: [1], from: '17:00', to: '19:00' }, false], // 19:30 local
    ['2026-11-24T17:30:00-03:00', { weekdays: [1], from: '17:00', to: '19:00' }, false], // Tuesday
    ['2026-11-27T23:00:00-03:00', overnight, true], // Friday 23:00
    ['2026-11-28T01:30:00-03:00', overnight, true], // Saturday 01:30 belongs to Friday's window
    ['2026-11-28T02:00:00-03:00', overnight, false],
    ['2026-11-28T23:00:00-03:00', overnight, false], // Saturday night
  ])('%s in %j → %s', (iso, window, expected) => expect(isInWindow(new Date(iso), TZ, window)).toBe(expected));
});

describe('tracePricing: every rule\'s verdict on every line', () => {
  const steps = (line: ReturnType<typeof tracePricing>[number]) => line.trace.map((s) => [s.ruleId, s.reason, s.amountCents, s.beatenBy ?? '']);
  const all = [markup, happyHour, tenOff, twoReaisOff, beer2for1, combo, { ...markup, id: 'totem', channel: 'KIOSK' }] as PricingRule[];

  it('names the winner, the beaten rules with what they would give, and why the others did not apply', () => {
    const [b, f, d] = tracePricing([burger, fries, beer], { channel: 'DELIVERY', at: mondayAt('18:00'), timeZone: TZ }, all);
    expect([b.baseCents, b.grossCents, b.totalCents]).toEqual([2990, 3439, 3095]);
    expect(steps(b)).toEqual([
      ['delivery', 'MARKUP', 449, ''],
      ['totem', 'OTHER_CHANNEL', 0, ''],
      ['b2', 'NOT_TARGETED', 0, ''],
      ['hh', 'NOT_TARGETED', 0, ''],
      ['ten', 'BEST_DISCOUNT', 344, ''],
      ['two', 'BEATEN', 200, 'ten'],
      ['combo', 'UNITS_ALREADY_DISCOUNTED', 0, ''],
    ]);
    expect(steps(f).slice(-1)).toEqual([['combo', 'UNITS_ALREADY_DISCOUNTED', 0, '']]);
    expect(steps(d).filter(([, reason]) => reason === 'BEST_DISCOUNT' || reason === 'BEATEN')).toEqual([
      ['b2', 'BEST_DISCOUNT', 1379, ''],
      ['hh', 'BEATEN', 1241, 'b2'],
      ['ten', 'BEATEN', 414, 'b2'],
    ]);
    expect(d.totalCents).toBe(d.grossCents - 1379);
  });

  it('explains a happy hour out of its window, a rule worth nothing, and an incomplete or applied combo', () => {
    const lines = [{ ...beer, quantity: 1 }, burger];
    const early = tracePricing(lines, { channel: 'COUNTER', at: mondayAt('12:00'), timeZone: TZ }, [happyHour, beer2for1, combo]);
    expect(steps(early[0])).toEqual([['b2', 'NO_DISCOUNT', 0, ''], ['hh', 'OUTSIDE_WINDOW', 0, ''], ['combo', 'NOT_TARGETED', 0, '']]);
    expect(steps(early[1]).slice(-1)).toEqual([['combo', 'INCOMPLETE_COMBO', 0, '']]);
    const meal = tracePricing([burger, fries], { channel: 'COUNTER', at: mondayAt('12:00'), timeZone: TZ }, [combo]);
    expect(meal.map(steps)).toEqual([[['combo', 'COMBO', 349, '']], [['combo', 'COMBO', 151, '']]]);
    expect(meal.every((l) => l.trace.every((s) => s.applied))).toBe(true);
  });

  it('prices exactly as priceLines does', () => {
    const context = { channel: 'DELIVERY', at: mondayAt('18:30'), timeZone: TZ };
    const traced = tracePricing([burger, fries, beer, salad], context, all);
    expect(traced.map(({ baseCents: _b, trace: _t, ...line }) => line)).toEqual(priceLines([burger, fries, beer, salad], context, all));
  });
});
