export const orderMessages = {
  ORDER_NOT_FOUND: 'Pedido não encontrado.',
  ORDER_ITEM_NOT_FOUND: 'Item não encontrado neste pedido.',
  ORDER_EMPTY: 'O pedido não tem itens.',
  ORDER_NOTHING_TO_CONFIRM: 'Não há itens novos para enviar neste pedido.',
  ORDER_TRANSITION_NOT_ALLOWED: 'Não é possível passar o pedido de {from} para {to}.',
  ORDER_TRANSITION_FORBIDDEN: 'Seu perfil não pode passar o pedido de {from} para {to}.',
  ORDER_CLOSED: 'O pedido {number} já foi encerrado ({status}).',
  ORDER_DISCOUNT_TOO_LARGE: 'O desconto não pode ser maior que o total do pedido.',
  ORDER_TRANSFER_SAME_ORDER: 'Origem e destino da transferência são o mesmo pedido.',
};
