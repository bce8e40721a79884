import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { optionsFor } from '../state/actions';
import type { Product } from '../state/catalog';
import { cart, cartTotal, clearCart, optionLabels } from '../state/cart';
import { OptionsDialog } from './OptionsDialog';

const pizza: Product = {
  id: 'pizza',
  categoryId: null,
  sku: null,
  name: 'Pizza meio a meio',
  type: 'COMPOSITE',
  priceCents: 4590,
  barcode: null,
  active: true,
  composite: { priceRule: 'HIGHEST', maxFractions: 2 },
  optionGroups: [
    {
      id: 'flavours',
      name: 'Sabores',
      kind: 'FLAVOR',
      minChoices: 1,
      maxChoices: 2,
      options: [
        { id: 'mozzarella', name: 'Mussarela', priceCents: 4590 },
        { id: 'pepperoni', name: 'Calabresa', priceCents: 4790 },
        { id: 'portuguese', name: 'Portuguesa', priceCents: 5290 },
      ],
    },
    { id: 'crust', name: 'Borda', kind: 'MODIFIER', minChoices: 0, maxChoices: 1, options: [{ id: 'catupiry', name: 'Borda de catupiry', priceCents: 800 }] },
  ],
};

describe('options dialog (Preact, happy-dom)', () => {
  afterEach(() => {
    cleanup();
    clearCart();
    optionsFor.value = null;
  });

  it('asks for the required flavour before adding, in pt-BR', () => {
    render(<OptionsDialog product={pizza} />);
    fireEvent.click(screen.getByRole('button', { name: 'Adicionar' }));
    expect(screen.getByRole('alert').textContent).toBe('Escolha as opções obrigatórias: Sabores.');
    expect(cart.value).toEqual([]);
  });

  it('takes at most the group maximum of flavours, prices by the highest, and reads them as fractions', () => {
    render(<OptionsDialog product={pizza} />);
    for (const name of ['Mussarela', 'Calabresa', 'Portuguesa']) fireEvent.click(screen.getByLabelText(name, { exact: false }));
    const third = screen.getByLabelText('Portuguesa', { exact: false }) as HTMLInputElement;
    expect([third.checked, third.disabled]).toEqual([false, true]);
    fireEvent.click(screen.getByLabelText('Borda de catupiry', { exact: false }));
    fireEvent.input(screen.getByLabelText('Observação'), { target: { value: 'bem assada' } });
    fireEvent.click(screen.getByRole('button', { name: 'Adicionar' }));
    const [line] = cart.value;
    expect(optionLabels(line.product, line.optionIds)).toEqual(['1/2 Mussarela', '1/2 Calabresa', 'Borda de catupiry']);
    expect(line.notes).toBe('bem assada');
    expect(cartTotal.value).toBe(4790 + 800);
  });
});
