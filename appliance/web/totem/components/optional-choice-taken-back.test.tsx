import { cleanup, fireEvent, render } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cart } from '../state/cart';
import { detail, offer } from '../state/choices';
import { type KioskProduct, products } from '../state/menu';
import { Menu } from './Menu';

/**
 * At the kiosk a customer who taps an optional extra by mistake (the stuffed crust, + R$ 8,00, in a
 * group "Opcional: até 1") takes it back with a second tap, as with any other extra, without
 * starting the pizza over; a required single choice (the doneness) still only swaps.
 */
const pizza: KioskProduct = {
  id: 'pizza',
  categoryId: 'pizzas',
  name: 'Pizza grande meio a meio',
  type: 'COMPOSITE',
  priceCents: 4590,
  composite: { priceRule: 'HIGHEST', maxFractions: 2 },
  optionGroups: [
    { id: 'flavours', name: 'Sabores', kind: 'FLAVOR', minChoices: 1, maxChoices: 2, options: [{ id: 'mozzarella', name: 'Mussarela', priceCents: 4590 }, { id: 'pepperoni', name: 'Calabresa', priceCents: 4790 }] },
    { id: 'crust', name: 'Borda', kind: 'MODIFIER', minChoices: 0, maxChoices: 1, options: [{ id: 'catupiry-crust', name: 'Borda de catupiry', priceCents: 800 }] },
  ],
};
const burger: KioskProduct = {
  id: 'burger',
  categoryId: 'burgers',
  name: 'X-Burger',
  type: 'SIMPLE',
  priceCents: 2990,
  optionGroups: [{ id: 'doneness', name: 'Ponto da carne', kind: 'MODIFIER', minChoices: 1, maxChoices: 1, options: [{ id: 'rare', name: 'Mal passado' }, { id: 'medium', name: 'Ao ponto' }] }],
};

const option = (id: string) => document.querySelector(`#detail [data-option-id="${id}"]`) as HTMLButtonElement;
const addButton = () => document.querySelector('#detail-add') as HTMLButtonElement;

describe('an optional choice tapped by mistake at the kiosk', () => {
  beforeEach(() => {
    products.value = [pizza, burger];
  });
  afterEach(() => {
    cleanup();
    cart.value = [];
    detail.value = null;
    offer.value = null;
  });

  it('is taken back by a second tap, and the pizza is added without it', () => {
    render(<Menu />);
    fireEvent.click(document.querySelector('.products [data-product-id="pizza"]') as HTMLButtonElement);
    fireEvent.click(option('pepperoni'));
    fireEvent.click(option('catupiry-crust'));
    expect(addButton().textContent).toBe('Adicionar · R$\u00a055,90');
    fireEvent.click(option('catupiry-crust'));
    expect(option('catupiry-crust').getAttribute('aria-pressed')).toBe('false');
    expect(addButton().textContent).toBe('Adicionar · R$\u00a047,90');
    fireEvent.click(addButton());
    expect(cart.value.map((l) => [l.product.id, l.optionIds])).toEqual([['pizza', ['pepperoni']]]);
  });

  it('leaves a required single choice chosen: a second tap on the doneness keeps it', () => {
    render(<Menu />);
    fireEvent.click(document.querySelector('.products [data-product-id="burger"]') as HTMLButtonElement);
    fireEvent.click(option('rare'));
    fireEvent.click(option('rare'));
    expect(option('rare').getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(option('medium'));
    expect([option('rare').getAttribute('aria-pressed'), option('medium').getAttribute('aria-pressed')]).toEqual(['false', 'true']);
  });
});
