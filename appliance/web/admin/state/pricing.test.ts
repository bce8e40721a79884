import { describe, expect, it } from 'vitest';
import { InputError } from '../texts';
import { describeRule, ruleFromForm, sampleOptions } from './pricing';

const empty = { weekdays: [], channels: [], productIds: [], categoryIds: [] };

describe('pricing rule form of the back office', () => {
  it('turns the form into the API rule: percentages in basis points, amounts in centavos, empty lists as "any"', () => {
    expect(ruleFromForm({ fields: { id: 'Chopp-HH', kind: 'HAPPY_HOUR', percent: '12,5', from: '17:00', to: '19:00' }, lists: { ...empty, weekdays: ['1', '5'], categoryIds: ['cat-drinks'] } })).toEqual({
      id: 'chopp-hh',
      kind: 'HAPPY_HOUR',
      weekdays: [1, 5],
      from: '17:00',
      to: '19:00',
      percentOffBp: 1250,
      target: { categoryIds: ['cat-drinks'], productIds: undefined, channels: undefined },
    });
    expect(ruleFromForm({ fields: { id: 'combo', kind: 'COMBO_DISCOUNT', amount: '5,00' }, lists: { ...empty, productIds: ['a', 'b'] } })).toEqual({ id: 'combo', kind: 'COMBO_DISCOUNT', productIds: ['a', 'b'], amountOffCents: 500, channels: undefined });
    expect(() => ruleFromForm({ fields: { id: 'x', kind: 'PERCENT_OFF', percent: '120' }, lists: empty })).toThrow(InputError);
    expect(() => ruleFromForm({ fields: { id: 'x', kind: 'HAPPY_HOUR', percent: '10', from: '17:00', to: '19:00' }, lists: empty })).toThrow(InputError);
    expect(() => ruleFromForm({ fields: { id: 'x', kind: 'COMBO_DISCOUNT', amount: '1' }, lists: { ...empty, productIds: ['a'] } })).toThrow(InputError);
  });

  it('says what a rule does in pt-BR with the menu names, and picks the required options of a sample line', () => {
    const names = { 'cat-drinks': 'Bebidas', burger: 'X-Burger', fries: 'Batata' };
    expect(describeRule({ id: 'hh', kind: 'HAPPY_HOUR', weekdays: [1, 2], from: '17:00', to: '19:00', percentOffBp: 3000, target: { categoryIds: ['cat-drinks'] } }, names)).toBe('−30\u00a0% (seg, ter, 17:00–19:00) em Bebidas');
    expect(describeRule({ id: 'd', kind: 'CHANNEL_MARKUP', channel: 'DELIVERY', percentBp: 1500 }, names)).toBe('+15\u00a0% no canal Entrega');
    expect(describeRule({ id: 'c', kind: 'COMBO_DISCOUNT', productIds: ['burger', 'fries'], amountOffCents: 500 }, names)).toBe('−R$\u00a05,00 a cada X-Burger + Batata');
    expect(sampleOptions([{ minChoices: 1, options: [{ id: 'medium' }, { id: 'rare' }] }, { minChoices: 0, options: [{ id: 'bacon' }] }])).toEqual(['medium']);
  });
});
