/** Every text the customer-facing display shows (pt-BR, `docs/web-apps.md`). */
export const clienteMessages = {
  CLIENTE_WELCOME: 'Bem-vindo!',
  CLIENTE_SLIDE_1: 'Peça também pelo totem e acompanhe seu pedido no painel.',
  CLIENTE_SLIDE_2: 'Pague com Pix, cartão ou dinheiro.',
  CLIENTE_SLIDE_3: 'CPF na nota? Informe ao caixa antes de pagar.',
  CLIENTE_YOUR_ORDER: 'Seu pedido',
  CLIENTE_TOTAL: 'Total',
  CLIENTE_PIX_TITLE: 'Pague com Pix',
  CLIENTE_PIX_HINT: 'Aponte a câmera do app do seu banco para o QR Code.',
  CLIENTE_PAID: 'Pagamento recebido. Obrigado!',
  CLIENTE_CHANGE: 'Seu troco: {amount}',
  CLIENTE_OFFLINE: 'Reconectando…',
  CLIENTE_PAIR_TITLE: 'Parear a tela do cliente',
  CLIENTE_PAIR_HINT: 'Digite o código de pareamento do dispositivo (Retaguarda › Dispositivos, tipo tela do cliente).',
  CLIENTE_PAIR_CODE: 'Código de pareamento',
  CLIENTE_PAIR_SUBMIT: 'Parear',
  CLIENTE_PAIR_FAILED: 'Não foi possível parear: o aparelho não respondeu.',
} as const;
