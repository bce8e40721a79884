import { describe, expect, it } from 'vitest';
import { type RefundAnswer, refundNotice } from './refund-notice';

/**
 * A refund is booked at the till whatever becomes of the money: the cashier reads whether it also
 * went back by itself (the card's cancellation at the TEF, the PIX returned by the gateway) or is
 * still owed to the customer, to be given back another way.
 */
describe('the notice after a refund at the till', () => {
  const answer = (extra: Partial<RefundAnswer>): RefundAnswer => ({ refundId: 'r1', amountCents: 4590, payment: {} as RefundAnswer['payment'], ...extra });

  it('tells the card got its money back when the TEF cancelled the transaction', () => {
    expect(refundNotice(answer({ cardRefund: { status: 'DONE', operatorMessage: 'CANCELAMENTO APROVADO', receiptLines: [] } }), 57)).toEqual({
      kind: 'info',
      text: 'Estorno de R$\u00a045,90 do pedido #57 registrado e devolvido no cartão do cliente.',
    });
  });

  it('warns, with the terminal\'s reason, when the card did not get it back', () => {
    const notice = refundNotice(answer({ cardRefund: { status: 'FAILED', code: 'PAYMENT_CARD_REFUND_PARTIAL', error: 'O TEF estorna só o valor total do cartão: devolva este valor ao cliente de outra forma.' } }), 57);
    expect(notice).toEqual({
      kind: 'error',
      text: 'Estorno de R$\u00a045,90 do pedido #57 registrado, mas não voltou ao cartão: O TEF estorna só o valor total do cartão: devolva este valor ao cliente de outra forma.',
    });
  });

  it('sends the cashier to the gateway\'s panel when the PIX was not returned, never showing the gateway\'s own text', () => {
    const notice = refundNotice(answer({ gatewayRefund: { status: 'FAILED', error: 'connect ECONNREFUSED 127.0.0.1:443' } }), 8);
    expect(notice.kind).toBe('error');
    expect(notice.text).toContain('conclua a devolução no painel do gateway de pagamento');
    expect(notice.text).not.toContain('ECONNREFUSED');
  });

  it('tells a PIX returned and a cash refund as booked', () => {
    expect(refundNotice(answer({ gatewayRefund: { status: 'DONE' } }), 8).text).toBe('Estorno de R$\u00a045,90 do pedido #8 registrado e devolvido pelo PIX.');
    expect(refundNotice(answer({}), 8)).toEqual({ kind: 'info', text: 'Estorno de R$\u00a045,90 do pedido #8 registrado.' });
  });
});
