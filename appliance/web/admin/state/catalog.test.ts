import { describe, expect, it } from 'vitest';
import { InputError } from '../texts';
import { flattenCategories, flavourGroup } from './catalog';

describe('menu helpers of the back office', () => {
  it('reads half-and-half flavours typed one per line into the FLAVOR group, prices in centavos', () => {
    expect(flavourGroup('Mussarela = 45,00\n\n  Calabresa=50\nPortuguesa = 1.052,5', 2, 'inválido')).toEqual({
      id: 'flavors',
      name: 'Sabores',
      kind: 'FLAVOR',
      minChoices: 1,
      maxChoices: 2,
      options: [
        { id: 'flavor-1', name: 'Mussarela', priceCents: 4500 },
        { id: 'flavor-2', name: 'Calabresa', priceCents: 5000 },
        { id: 'flavor-3', name: 'Portuguesa', priceCents: 105250 },
      ],
    });
  });

  it('refuses a flavour without a price and a single flavour, with the pt-BR text given', () => {
    expect(() => flavourGroup('Mussarela\nCalabresa = 50,00', 2, 'Informe os sabores')).toThrow(new InputError('Informe os sabores'));
    expect(() => flavourGroup('Mussarela = 45,00', 2, 'Informe os sabores')).toThrow(InputError);
  });

  it('flattens the category tree in order, indenting children', () => {
    const leaf = { id: 'refri', name: 'Refrigerantes', parentId: 'bebidas', station: null, active: true, children: [] };
    const tree = [{ id: 'bebidas', name: 'Bebidas', parentId: null, station: 'COLD', active: true, children: [leaf] }];
    expect(flattenCategories(tree)).toEqual([
      { id: 'bebidas', label: 'Bebidas', station: 'COLD' },
      { id: 'refri', label: '\u00a0\u00a0Refrigerantes', station: null },
    ]);
  });
});
