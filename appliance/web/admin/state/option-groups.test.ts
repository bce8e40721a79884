import { describe, expect, it } from 'vitest';
import type { OptionGroup } from '../../shared/product-options';
import { InputError } from '../texts';
import { comboBody, draftOf, draftsOf, emptyGroup, type GroupDraft, groupLibrary, groupsBody, optionFields } from './option-groups';

const extras: GroupDraft = {
  id: '',
  name: 'Adicionais',
  kind: 'MODIFIER',
  minChoices: 0,
  maxChoices: 2,
  options: [
    { id: '', name: 'Bacon', price: '5,00', productId: '' },
    { id: '', name: 'Queijo extra', price: '', productId: '' },
  ],
};
const drinks: GroupDraft = {
  id: '',
  name: 'Bebida',
  kind: 'CHOICE',
  minChoices: 1,
  maxChoices: 1,
  options: [
    { id: '', name: '', price: '', productId: 'coke' },
    { id: '', name: 'Suco', price: '3', productId: 'juice' },
  ],
};
const menu = [
  { id: 'coke', name: 'Coca-Cola lata' },
  { id: 'juice', name: 'Suco de laranja' },
];

describe('option-group and combo editors: what they send to the catalog', () => {
  it('turns typed prices into centavos, makes ids from the names, and names a slot option after its product', () => {
    expect(groupsBody([extras, drinks], menu)).toEqual([
      { id: 'adicionais', name: 'Adicionais', kind: 'MODIFIER', minChoices: 0, maxChoices: 2, options: [
        { id: 'bacon', name: 'Bacon', priceCents: 500 },
        { id: 'queijo-extra', name: 'Queijo extra', priceCents: 0 },
      ] },
      { id: 'bebida', name: 'Bebida', kind: 'CHOICE', minChoices: 1, maxChoices: 1, options: [
        { id: 'coca-cola-lata', name: 'Coca-Cola lata', priceCents: 0, productId: 'coke' },
        { id: 'suco', name: 'Suco', priceCents: 300, productId: 'juice' },
      ] },
    ]);
  });

  it('keeps stored ids and makes the ids of a copied group unique within the product', () => {
    const stored: OptionGroup = { id: 'extras', name: 'Adicionais', kind: 'MODIFIER', minChoices: 0, maxChoices: 1, options: [{ id: 'bacon', name: 'Bacon', priceCents: 500 }] };
    const [first, copy] = groupsBody([draftOf(stored), draftOf(stored)]);
    expect(first).toMatchObject({ id: 'extras', options: [{ id: 'bacon', priceCents: 500 }] });
    expect(copy).toMatchObject({ id: 'extras-2', options: [{ id: 'bacon-2', priceCents: 500 }] });
  });

  it('refuses, in pt-BR, what the catalog would refuse: unnamed groups, limits beyond the options, slots without a product, bad prices', () => {
    expect(() => groupsBody([{ ...extras, name: ' ' }])).toThrow(new InputError('Dê um nome a cada grupo de opções.'));
    expect(() => groupsBody([{ ...extras, maxChoices: 3 }])).toThrow(
      new InputError('No grupo "Adicionais", o mínimo não pode passar do máximo e o máximo vai de 1 a 2 (o número de opções).'),
    );
    expect(() => groupsBody([{ ...extras, minChoices: 2, maxChoices: 1 }])).toThrow(InputError);
    expect(() => groupsBody([{ ...drinks, options: [{ id: '', name: 'Água', price: '', productId: '' }] }], menu)).toThrow(
      new InputError('Na escolha "Bebida", escolha o produto de cada opção.'),
    );
    expect(() => groupsBody([{ ...extras, options: [{ id: '', name: 'Bacon', price: '5,0,0', productId: '' }] }])).toThrow(
      new InputError('Acréscimo de "Bacon" inválido: use, por exemplo, 2,50.'),
    );
    expect(() => groupsBody([{ ...emptyGroup('MODIFIER'), name: 'Molhos', options: [] }])).toThrow(new InputError('O grupo "Molhos" precisa de ao menos uma opção.'));
  });

  it('sends a combo its fixed items and slots, a half-and-half its flavours first, a weighed product no groups', () => {
    const drafts = { groups: [extras], slots: [drinks], comboItems: [{ productId: 'burger', quantity: 1 }, { productId: '', quantity: 1 }] };
    const combo = optionFields('COMBO', drafts, menu);
    expect(combo.combo).toEqual({ items: [{ productId: 'burger', quantity: 1 }] });
    expect(combo.optionGroups.map((g) => g.id)).toEqual(['adicionais', 'bebida']);
    const flavours: OptionGroup = { id: 'flavors', name: 'Sabores', kind: 'FLAVOR', minChoices: 1, maxChoices: 2, options: [{ id: 'f1', name: 'Mussarela' }] };
    expect(optionFields('COMPOSITE', drafts, menu, [flavours]).optionGroups.map((g) => g.id)).toEqual(['flavors', 'adicionais']);
    expect(optionFields('WEIGHT', drafts, menu)).toEqual({ optionGroups: [] });
    expect(() => comboBody([{ productId: '', quantity: 1 }])).toThrow(new InputError('O combo precisa de ao menos um item fixo.'));
    expect(() => comboBody([{ productId: 'burger', quantity: 0 }])).toThrow(InputError);
  });

  it('reads a stored combo back into the editors and lists other products\' groups to attach', () => {
    const stored = { name: 'Combo', optionGroups: groupsBody([extras, drinks], menu), combo: { items: [{ productId: 'burger', quantity: 2 }] } };
    const drafts = draftsOf(stored);
    expect(drafts.groups.map((g) => g.name)).toEqual(['Adicionais']);
    expect(drafts.slots[0].options.map((o) => [o.productId, o.price])).toEqual([['coke', ''], ['juice', '3,00']]);
    expect(drafts.comboItems).toEqual([{ productId: 'burger', quantity: 2 }]);
    expect(optionFields('COMBO', drafts, menu)).toEqual({ optionGroups: stored.optionGroups, combo: stored.combo });
    expect(groupLibrary([stored], 'MODIFIER').map((e) => e.label)).toEqual(['Adicionais — Combo']);
  });
});
