import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/api';
import { cardProgress, cardPromptReceived, startCardProgress } from '../state/card-payment';
import { CardStatus, isCardRefusal } from './CardStatus';

describe('TEF card status (Preact, happy-dom)', () => {
  afterEach(cleanup);

  it("follows the terminal's prompts of the order on screen only, keeping its last message", () => {
    startCardProgress('order-1');
    cardPromptReceived({ orderId: 'order-2', stage: 'MESSAGE', text: 'OUTRO CAIXA', at: '2026-11-23T15:00:00.000Z' });
    expect(cardProgress.value).toEqual({ orderId: 'order-1', stage: 'SENT', text: null });
    cardPromptReceived({ orderId: 'order-1', stage: 'MESSAGE', text: 'DIGITE A SENHA', at: '2026-11-23T15:00:01.000Z' });
    cardPromptReceived({ orderId: 'order-1', stage: 'ACCEPTED', text: null, at: '2026-11-23T15:00:02.000Z' });
    const { container } = render(<CardStatus progress={cardProgress.value} refused={null} onOtherMethod={() => undefined} />);
    expect(container.querySelector('#card-status')?.getAttribute('data-stage')).toBe('ACCEPTED');
    expect(container.querySelector('#card-prompt')?.textContent).toBe('Maquininha: DIGITE A SENHA');
  });

  it('shows a refusal with nothing charged and the way back to the methods; only card refusals count as such', () => {
    let back = 0;
    render(<CardStatus progress={null} refused="Cartão não aprovado: SALDO INSUFICIENTE" onOtherMethod={() => back++} />);
    expect(screen.getByRole('alert').textContent).toContain('Nada foi cobrado');
    fireEvent.click(screen.getByText('Outra forma (Esc)'));
    expect(back).toBe(1);
    const refusal = (code: string) => new ApiError(422, { code, message: 'x', details: null }, null);
    expect(isCardRefusal(refusal('PAYMENT_CARD_TIMEOUT'))).toBe(true);
    expect(isCardRefusal(refusal('ORDER_NOT_FOUND'))).toBe(false);
  });
});
