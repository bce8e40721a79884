import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cart } from '../state/cart';
import { taxId } from '../state/cpf';
import { reset } from '../state/kiosk';
import { type KioskProduct, products } from '../state/menu';
import { Menu } from './Menu';

/**
 * "CPF na nota" at the kiosk: a customer who wants their CPF on the NFC-e types it on large digit
 * keys (the kiosk has no keyboard). A CPF with a wrong digit is caught on the keypad, before any
 * payment, and can be corrected; the order shows only its last digits to the queue behind; the
 * next customer starts without it.
 */
const fries: KioskProduct = { id: 'fries', categoryId: 'sides', name: 'Batata frita', type: 'SIMPLE', priceCents: 1290, optionGroups: [] };

const tap = (selector: string) => fireEvent.click(document.querySelector(selector) as HTMLButtonElement);
const typeDigits = (digits: string) => {
  for (const digit of digits) tap(`#cpf [data-key="${digit}"]`);
};
const typed = () => document.querySelector('#cpf-typed')?.textContent;

describe('CPF na nota at the kiosk', () => {
  beforeEach(() => {
    products.value = [fries];
    cart.value = [];
  });
  afterEach(() => {
    cleanup();
    reset();
  });

  it('catches a mistyped CPF on the keypad, takes the corrected one and shows only its last digits', () => {
    render(<Menu />);
    expect(screen.getByText('CPF na nota')).toBeTruthy();
    tap('#cpf-open');
    typeDigits('52998224752');
    expect(typed()).toBe('529.982.247-52');
    tap('#cpf-ok');
    expect(screen.getByRole('alert').textContent).toBe('CPF inválido: confira os números.');
    expect(taxId.value).toBeNull();

    tap('#cpf-erase');
    tap('#cpf-erase');
    typeDigits('25');
    tap('#cpf-ok');
    expect(document.querySelector('#cpf')).toBeNull();
    expect(taxId.value).toBe('52998224725');
    expect(document.querySelector('#cpf-open')?.textContent).toBe('CPF na nota: ***.***.247-25');
  });

  it('refuses a CPF of one repeated digit and one too short', () => {
    render(<Menu />);
    tap('#cpf-open');
    typeDigits('11111111111');
    tap('#cpf-ok');
    expect(screen.getByRole('alert').textContent).toBe('CPF inválido: confira os números.');
    for (let i = 0; i < 11; i++) tap('#cpf-erase');
    typeDigits('5299822472');
    tap('#cpf-ok');
    expect(taxId.value).toBeNull();
    // No twelfth digit: the keypad stops at a CPF's eleven.
    typeDigits('55');
    expect(typed()).toBe('529.982.247-25');
  });

  it('lets the customer take the CPF back off, and the next customer starts without it', () => {
    render(<Menu />);
    tap('#cpf-open');
    typeDigits('52998224725');
    tap('#cpf-ok');
    tap('#cpf-open');
    expect(typed()).toBe('529.982.247-25');
    tap('#cpf-none');
    expect(taxId.value).toBeNull();
    expect(document.querySelector('#cpf-open')?.textContent).toBe('CPF na nota');

    tap('#cpf-open');
    typeDigits('52998224725');
    tap('#cpf-ok');
    reset();
    expect(taxId.value).toBeNull();
    cleanup();
    render(<Menu />);
    expect(document.querySelector('#cpf-open')?.textContent).toBe('CPF na nota');
  });
});
