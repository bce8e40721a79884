import { describe, expect, it } from 'vitest';
import { ApiError } from '../shared/api';
import { errorText } from './texts';

/**
 * What a kiosk customer reads when the store, not the customer, must fix something: never the
 * staff's instruction the appliance gives the till ("Abra o dia", "passe o cartão na maquininha",
 * "verifique o gerenciador"), but what the customer can do instead. A refusal meant for the
 * customer (a declined card, a product gone) keeps the appliance's words.
 */
const refusal = (status: number, code: string, message: string) => new ApiError(status, { code, message, details: null }, null);

describe('kiosk texts for refusals the store must fix', () => {
  it('sends the customer to the counter when the day is not open', () => {
    expect(errorText(refusal(422, 'BUSINESS_DAY_NOT_OPEN', 'Nenhum dia de operação aberto. Abra o dia para vender.'))).toBe('O totem não está recebendo pedidos agora. Faça seu pedido no balcão.');
  });

  it('offers Pix or the counter when the card terminal is missing or down', () => {
    const expected = 'O pagamento com cartão não está disponível neste totem agora. Pague com Pix ou no balcão.';
    expect(errorText(refusal(422, 'PAYMENT_TEF_NOT_CONFIGURED', 'Nenhum TEF configurado nesta loja: passe o cartão na maquininha e registre como cartão na maquininha.'))).toBe(expected);
    expect(errorText(refusal(502, 'TEF_MANAGER_INACTIVE', 'Gerenciador de TEF inativo. Verifique se o gerenciador está aberto.'))).toBe(expected);
  });

  it('keeps the appliance\'s words for the customer\'s own refusals', () => {
    expect(errorText(refusal(402, 'PAYMENT_CARD_DECLINED', 'Cartão não aprovado: SALDO INSUFICIENTE'))).toBe('Cartão não aprovado: SALDO INSUFICIENTE');
    expect(errorText(refusal(422, 'ORDER_PRODUCT_UNAVAILABLE', 'Batata frita está indisponível no momento.'))).toBe('Batata frita está indisponível no momento.');
  });
});
