import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it } from 'vitest';
import { noDrafts, type OptionDrafts, optionFields } from '../state/option-groups';
import { ProductOptionsFields, type ProductOptionsFieldsProps } from './ProductOptionsFields';

const menu: ProductOptionsFieldsProps['menu'] = [
  { id: 'burger', name: 'X-Burger' },
  { id: 'coke', name: 'Coca-Cola lata' },
  { id: 'juice', name: 'Suco de laranja' },
  { id: 'bacon-burger', name: 'X-Bacon', optionGroups: [{ id: 'doneness', name: 'Ponto da carne', kind: 'MODIFIER', minChoices: 1, maxChoices: 1, options: [{ id: 'rare', name: 'Mal passado' }, { id: 'medium', name: 'Ao ponto' }] }] },
];

/** The editors as a form holds them: the last state they reported is what a save would send. */
let latest: OptionDrafts = noDrafts();
function Harness({ type }: { type: string }) {
  const [drafts, setDrafts] = useState(noDrafts);
  latest = drafts;
  return <ProductOptionsFields type={type} drafts={drafts} onChange={setDrafts} menu={menu} />;
}

const typeInto = (element: HTMLElement, value: string) => fireEvent.input(element, { target: { value } });
const choose = (element: HTMLElement, value: string) => fireEvent.change(element, { target: { value } });

describe('option-group and combo editors (Preact, happy-dom)', () => {
  afterEach(() => {
    cleanup();
    latest = noDrafts();
  });

  it('builds a combo: a fixed item, a slot of two drinks (one with an extra price) and an optional modifier group', () => {
    const { container } = render(<Harness type="COMBO" />);
    choose(screen.getByLabelText('Item do combo'), 'burger');
    const slots = container.querySelector('#combo-slots') as HTMLElement;
    fireEvent.click(within(slots).getByRole('button', { name: '+ Escolha do combo' }));
    typeInto(within(slots).getByLabelText('Escolha'), 'Bebida');
    fireEvent.click(within(slots).getByRole('button', { name: '+ Produto' }));
    const products = within(slots).getAllByLabelText('Produto');
    choose(products[0], 'coke');
    choose(products[1], 'juice');
    typeInto(within(slots).getAllByLabelText('Acréscimo (R$)')[1], '3,00');

    const groups = container.querySelector('#modifier-groups') as HTMLElement;
    fireEvent.click(within(groups).getByRole('button', { name: '+ Grupo de opções' }));
    typeInto(within(groups).getByLabelText('Nome do grupo'), 'Molhos');
    typeInto(within(groups).getByLabelText('Máximo'), '2');
    fireEvent.click(within(groups).getByRole('button', { name: '+ Opção' }));
    const [first, second] = within(groups).getAllByLabelText('Opção');
    typeInto(first, 'Maionese verde');
    typeInto(second, 'Barbecue');
    typeInto(within(groups).getAllByLabelText('Acréscimo (R$)')[1], '1,50');

    expect(optionFields('COMBO', latest, menu)).toEqual({
      combo: { items: [{ productId: 'burger', quantity: 1 }] },
      optionGroups: [
        { id: 'molhos', name: 'Molhos', kind: 'MODIFIER', minChoices: 0, maxChoices: 2, options: [
          { id: 'maionese-verde', name: 'Maionese verde', priceCents: 0 },
          { id: 'barbecue', name: 'Barbecue', priceCents: 150 },
        ] },
        { id: 'bebida', name: 'Bebida', kind: 'CHOICE', minChoices: 1, maxChoices: 1, options: [
          { id: 'coca-cola-lata', name: 'Coca-Cola lata', priceCents: 0, productId: 'coke' },
          { id: 'suco-de-laranja', name: 'Suco de laranja', priceCents: 300, productId: 'juice' },
        ] },
      ],
    });
  });

  it('attaches a copy of another product\'s group, and removes an option and a group', () => {
    const { container } = render(<Harness type="SIMPLE" />);
    expect(container.querySelector('#combo-items')).toBeNull();
    choose(screen.getByLabelText('Anexar grupo de outro produto'), '0');
    fireEvent.click(screen.getByRole('button', { name: 'Anexar' }));
    expect(latest.groups.map((g) => [g.name, g.minChoices, g.maxChoices, g.options.map((o) => o.name)])).toEqual([['Ponto da carne', 1, 1, ['Mal passado', 'Ao ponto']]]);
    fireEvent.click(screen.getAllByRole('button', { name: 'Remover' })[1]);
    expect(latest.groups[0].options.map((o) => o.name)).toEqual(['Mal passado']);
    fireEvent.click(screen.getByRole('button', { name: 'Remover grupo' }));
    expect(latest.groups).toEqual([]);
  });

  it('shows no groups for a weighed product', () => {
    const { container } = render(<Harness type="WEIGHT" />);
    expect(container.textContent).toBe('');
  });
});
