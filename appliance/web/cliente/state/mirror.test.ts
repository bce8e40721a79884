import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { createElement } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CustomerDisplayMessage } from '../../../contract/screens';
import { Mirror } from '../components/Mirror';
import { chooseTerminal, follow, shown, TERMINAL_KEY, terminal, terminalFromAddress, tills } from './mirror';

const cartOf = (terminalId: string, name: string, totalCents: number): CustomerDisplayMessage => ({
  terminalId,
  publishedAt: '2026-12-05T20:15:00.000Z',
  phase: 'CART',
  lines: [{ name, detail: '', quantity: 1, totalCents }],
  totalCents,
});
const idleOf = (terminalId: string): CustomerDisplayMessage => ({ terminalId, publishedAt: '2026-12-05T20:10:00.000Z', phase: 'IDLE', lines: [], totalCents: 0 });

describe("the customer display follows its own till only", () => {
  beforeEach(() => {
    localStorage.removeItem(TERMINAL_KEY);
    terminal.value = null;
    tills.value = [];
    shown.value = null;
  });
  afterEach(cleanup);

  it('without a till chosen, a cart published by a till shows nowhere: the screen lists the tills to choose from', () => {
    follow(cartOf('pdv-b', 'Guaraná lata 350 ml', 690));
    follow(idleOf('pdv-a'));
    expect(shown.value).toBeNull();
    expect(tills.value.map((till) => [till.terminalId, till.phase])).toEqual([
      ['pdv-a', 'IDLE'],
      ['pdv-b', 'CART'],
    ]);
    render(createElement(Mirror, { storeName: 'Chefia Demo' }));
    expect(screen.getByText('Qual caixa esta tela acompanha?')).toBeTruthy();
    expect(document.body.textContent).not.toContain('Guaraná');
    expect(document.body.textContent).not.toContain('R$');
    expect(screen.getByText('Caixa pdv-b').closest('button')!.textContent).toContain('venda em andamento');
    // The first till has the focus: Enter chooses it without a mouse.
    expect(document.activeElement?.getAttribute('data-terminal')).toBe('pdv-a');
  });

  it("the till chosen on the screen is kept, shows its sale at once, and another till's cart never replaces it", async () => {
    follow(cartOf('pdv-b', 'Guaraná lata 350 ml', 690));
    follow(idleOf('pdv-a'));
    render(createElement(Mirror, { storeName: 'Chefia Demo' }));
    fireEvent.click(screen.getByText('Caixa pdv-b'));
    expect(localStorage.getItem(TERMINAL_KEY)).toBe('pdv-b');
    expect(shown.value?.terminalId).toBe('pdv-b');
    await waitFor(() => expect(document.getElementById('total')?.textContent).toBe('R$\u00a06,90'));

    follow(cartOf('pdv-a', 'Coca-Cola lata 350 ml', 700));
    expect(shown.value?.lines[0].name).toBe('Guaraná lata 350 ml');
    expect(document.body.textContent).not.toContain('Coca-Cola');
    follow(cartOf('pdv-b', 'Guaraná lata 350 ml', 1380));
    await waitFor(() => expect(document.getElementById('total')?.textContent).toBe('R$\u00a013,80'));
  });

  it('with nothing chosen yet, no till is followed, not even the first to show a cart', () => {
    follow(cartOf('pdv-a', 'Coca-Cola lata 350 ml', 700));
    follow(cartOf('pdv-a', 'Coca-Cola lata 350 ml', 1400));
    expect(terminal.value).toBeNull();
    expect(shown.value).toBeNull();
    expect(localStorage.getItem(TERMINAL_KEY)).toBeNull();
  });

  it('?terminal= in the address sets the till and is kept for a reload without it; an empty one forgets it', () => {
    expect(terminalFromAddress('')).toBeNull();
    expect(terminalFromAddress('?terminal=pdv-c')).toBe('pdv-c');
    expect(terminalFromAddress('')).toBe('pdv-c');
    chooseTerminal('pdv-d');
    expect(terminalFromAddress('')).toBe('pdv-d');
    expect(terminalFromAddress('?terminal=')).toBeNull();
    expect(terminalFromAddress('')).toBeNull();
  });
});
