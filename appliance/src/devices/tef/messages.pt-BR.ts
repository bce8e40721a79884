import type { Messages } from '../../kernel/i18n/catalog.js';

/** Store-facing text for card payment errors raised by the TEF drivers. */
export const tefMessages: Messages = {
  CARD_TRANSACTION_ID_REQUIRED: 'Informe o identificador do pagamento.',
  CARD_AMOUNT_INVALID: 'Valor do pagamento inválido: informe um valor positivo em centavos.',
  CARD_METHOD_INVALID: 'Forma de pagamento inválida: use crédito, débito ou voucher.',
  CARD_INSTALLMENTS_INVALID: 'Número de parcelas inválido (parcelamento só no crédito, de 1 a 99).',
  CARD_TRANSACTION_NOT_PENDING: 'Não há transação de cartão pendente com este identificador.',
  CARD_TRANSACTION_ALREADY_APPROVED: 'Este pagamento já foi aprovado no cartão.',
  TEF_MANAGER_INACTIVE: 'Gerenciador de TEF inativo. Verifique se o gerenciador está aberto.',
  TEF_NO_RESPONSE: 'O gerenciador de TEF não respondeu a tempo.',
  TEF_CANCEL_AT_TERMINAL: 'O estorno deste cartão é feito no menu administrativo do TEF, não pelo caixa.',
  TEF_SITEF_UNAVAILABLE: 'CliSiTef indisponível: verifique a biblioteca e a configuração do SiTef (servidor, loja e terminal).',
};
