import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { optionLabels } from '../../shared/product-options';
import { cart, cartTotal } from '../state/cart';
import { detail, offer } from '../state/choices';
import { type KioskProduct, products } from '../state/menu';
import { Menu } from './Menu';

const doneness = { id: 'doneness', name: 'Ponto da carne', kind: 'MODIFIER' as const, minChoices: 1, maxChoices: 1, options: [{ id: 'rare', name: 'Mal passado' }, { id: 'medium', name: 'Ao ponto' }] };
const burger: KioskProduct = {
  id: 'burger',
  categoryId: 'burgers',
  name: 'X-Burger',
  type: 'SIMPLE',
  priceCents: 2990,
  optionGroups: [doneness, { id: 'extras', name: 'Adicionais', kind: 'MODIFIER', minChoices: 0, maxChoices: 2, options: [{ id: 'bacon', name: 'Bacon', priceCents: 500 }, { id: 'egg', name: 'Ovo', priceCents: 300 }, { id: 'cheese', name: 'Queijo', priceCents: 400 }] }],
};
const fries: KioskProduct = { id: 'fries', categoryId: 'sides', name: 'Batata frita', type: 'SIMPLE', priceCents: 1290, optionGroups: [] };
const coke: KioskProduct = { id: 'coke', categoryId: 'drinks', name: 'Coca-Cola', type: 'SIMPLE', priceCents: 690, optionGroups: [] };
const juice: KioskProduct = { id: 'juice', categoryId: 'drinks', name: 'Suco', type: 'SIMPLE', priceCents: 990, optionGroups: [] };
const combo: KioskProduct = {
  id: 'combo',
  categoryId: 'combos',
  name: 'Combo X-Burger',
  type: 'COMBO',
  priceCents: 3990,
  combo: { items: [{ productId: 'burger', quantity: 1 }] },
  optionGroups: [
    doneness,
    { id: 'side', name: 'Acompanhamento', kind: 'CHOICE', minChoices: 1, maxChoices: 1, options: [{ id: 'side-fries', name: 'Batata frita', productId: 'fries' }] },
    { id: 'drink', name: 'Bebida', kind: 'CHOICE', minChoices: 1, maxChoices: 1, options: [{ id: 'drink-coke', name: 'Coca-Cola', productId: 'coke' }, { id: 'drink-juice', name: 'Suco', priceCents: 300, productId: 'juice' }] },
  ],
};
const pizza: KioskProduct = {
  id: 'pizza',
  categoryId: 'pizzas',
  name: 'Pizza meio a meio',
  type: 'COMPOSITE',
  priceCents: 4590,
  composite: { priceRule: 'HIGHEST', maxFractions: 2 },
  optionGroups: [{ id: 'flavours', name: 'Sabores', kind: 'FLAVOR', minChoices: 1, maxChoices: 2, options: [{ id: 'mozzarella', name: 'Mussarela', priceCents: 4590 }, { id: 'pepperoni', name: 'Calabresa', priceCents: 4790 }, { id: 'portuguese', name: 'Portuguesa', priceCents: 5290 }] }],
};

const option = (id: string) => document.querySelector(`#detail [data-option-id="${id}"]`) as HTMLButtonElement;
const tile = (id: string) => document.querySelector(`.products [data-product-id="${id}"]`) as HTMLButtonElement;
const addButton = () => document.querySelector('#detail-add') as HTMLButtonElement;

describe('kiosk product choices and upsell (Preact, happy-dom)', () => {
  beforeEach(() => {
    products.value = [burger, fries, coke, juice, combo, pizza];
  });
  afterEach(() => {
    cleanup();
    cart.value = [];
    detail.value = null;
    offer.value = null;
  });

  it('asks for the required doneness, caps the extras at their maximum, and prices the line with them', () => {
    render(<Menu />);
    fireEvent.click(tile('burger'));
    fireEvent.click(addButton());
    expect(screen.getByRole('alert').textContent).toBe('Falta escolher: Ponto da carne.');
    expect(cart.value).toEqual([]);
    fireEvent.click(option('rare'));
    fireEvent.click(option('medium'));
    for (const id of ['bacon', 'egg']) fireEvent.click(option(id));
    expect(option('cheese').disabled).toBe(true);
    expect([option('rare').getAttribute('aria-pressed'), option('medium').getAttribute('aria-pressed')]).toEqual(['false', 'true']);
    expect(addButton().textContent).toBe('Adicionar · R$\u00a037,90');
    fireEvent.click(addButton());
    expect(cart.value.map((l) => [l.product.id, l.optionIds])).toEqual([['burger', ['medium', 'bacon', 'egg']]]);
    expect(document.querySelector('#order .opts')?.textContent).toBe('Ao ponto · Bacon · Ovo');
  });

  it('upgrading a burger with extras to its combo keeps the extras on the combo line, priced with them', () => {
    render(<Menu />);
    fireEvent.click(tile('burger'));
    for (const id of ['medium', 'bacon', 'egg']) fireEvent.click(option(id));
    fireEvent.click(addButton());
    fireEvent.click(screen.getByRole('button', { name: 'Sim, quero o combo' }));
    expect(detail.value?.optionIds).toEqual(['medium', 'bacon', 'egg']);
    expect([option('bacon').getAttribute('aria-pressed'), option('egg').getAttribute('aria-pressed'), option('cheese').getAttribute('aria-pressed')]).toEqual(['true', 'true', 'false']);
    fireEvent.click(option('side-fries'));
    fireEvent.click(option('drink-coke'));
    fireEvent.click(addButton());
    expect(cart.value.map((l) => [l.product.id, l.quantity, optionLabels(l.product, l.optionIds)])).toEqual([['combo', 1, ['Ao ponto', 'Batata frita', 'Coca-Cola', 'Bacon', 'Ovo']]]);
    expect(cartTotal.value).toBe(3990 + 500 + 300);
  });

  it('offers the combo after the burger: accepting carries the doneness, asks for the slots, and replaces the burger line', () => {
    render(<Menu />);
    fireEvent.click(tile('burger'));
    fireEvent.click(option('rare'));
    fireEvent.click(addButton());
    expect(screen.getByRole('heading', { name: 'Quer transformar em combo?' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Sim, quero o combo' }));
    expect(detail.value?.optionIds).toEqual(['rare']);
    fireEvent.click(addButton());
    expect(screen.getByRole('alert').textContent).toBe('Falta escolher: Acompanhamento.');
    fireEvent.click(option('side-fries'));
    fireEvent.click(option('drink-juice'));
    fireEvent.click(addButton());
    expect(cart.value.map((l) => [l.product.id, l.quantity, optionLabels(l.product, l.optionIds)])).toEqual([['combo', 1, ['Mal passado', 'Batata frita', 'Suco']]]);
    expect(cartTotal.value).toBe(3990 + 300);
    expect(offer.value).toBeNull();
  });

  it('declining the combo suggests a drink or side once; a half-and-half shows the store\'s price rule and takes at most two flavours', () => {
    render(<Menu />);
    fireEvent.click(tile('burger'));
    fireEvent.click(option('rare'));
    fireEvent.click(addButton());
    fireEvent.click(screen.getByRole('button', { name: 'Não, obrigado' }));
    expect(screen.getByRole('heading', { name: 'Que tal uma bebida ou um acompanhamento?' })).toBeTruthy();
    fireEvent.click(document.querySelector('[data-suggestion-id="coke"]') as HTMLButtonElement);
    expect(offer.value).toBeNull();
    expect(cart.value.map((l) => l.product.id)).toEqual(['burger', 'coke']);

    fireEvent.click(tile('pizza'));
    expect(document.querySelector('#detail .price-rule')?.textContent).toBe('Com mais de um sabor, vale o preço do sabor mais caro.');
    for (const id of ['mozzarella', 'portuguese']) fireEvent.click(option(id));
    expect(option('pepperoni').disabled).toBe(true);
    fireEvent.click(addButton());
    const line = cart.value[2];
    expect(optionLabels(line.product, line.optionIds)).toEqual(['1/2 Mussarela', '1/2 Portuguesa']);
    expect(cartTotal.value).toBe(2990 + 690 + 5290);
  });
});
