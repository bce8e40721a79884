import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { PaymentDialog, shareOf } from './PaymentDialog';

const order = { id: 'order-1', number: 41, status: 'CONFIRMED', totalCents: 10_000, paidCents: 0 };

describe('payment dialog (Preact, happy-dom)', () => {
  afterEach(cleanup);

  it('splits the bill by person in whole centavos, the odd ones first, and the parts add up to the bill', () => {
    const parts: number[] = [];
    let due = 10_001;
    for (let paid = 0; paid < 3; paid++) {
      parts.push(shareOf(due, 3, paid));
      due -= parts[paid];
    }
    expect(parts).toEqual([3334, 3334, 3333]);
    expect(parts.reduce((a, b) => a + b, 0)).toBe(10_001);
    expect(shareOf(10_001, 1, 0)).toBe(10_001);
  });

  it('shows the next part when split by person, and the change of a cash part, in pt-BR', () => {
    const { container } = render(<PaymentDialog order={{ ...order, totalCents: 10_001 }} />);
    fireEvent.input(screen.getByLabelText('Dividir por (pessoas)'), { target: { value: '3' } });
    expect(container.querySelector('#pay-part')?.textContent).toBe('Parte 1 de 3: R$\u00a033,34');
    fireEvent.input(screen.getByLabelText('Valor recebido (R$)'), { target: { value: '50,00' } });
    expect(container.querySelector('#pay-change')?.textContent).toBe('R$\u00a016,66');
  });

  it('asks for the standalone machine slip NSU only for a card taken on the machine', () => {
    const { container } = render(<PaymentDialog order={order} />);
    expect(container.querySelector('input[name=nsu]')).toBeNull();
    fireEvent.click(screen.getByLabelText('Maquininha crédito'));
    expect(screen.getByLabelText('NSU do comprovante da maquininha (opcional)')).toBeTruthy();
    expect(container.querySelector('#pay-change')).toBeNull();
  });
});
