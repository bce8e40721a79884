/** What the self-order kiosk's customer reads from the appliance: its refusals and the number ticket. */
export const kioskMessages = {
  KIOSK_PAYMENT_METHOD_NOT_ALLOWED: 'No totem o pagamento é só por Pix ou cartão.',
  KIOSK_PAYMENT_TERMS_NOT_ALLOWED: 'No totem o pagamento é feito de uma vez, sem parcelas nem divisão do valor.',
  KIOSK_TICKET_TITLE: 'Seu pedido',
  KIOSK_TICKET_NUMBER: 'Pedido nº {number}',
  KIOSK_TICKET_HINT: 'Retire no balcão quando o número aparecer em Pronto no painel.',
} as const;
