export const stockMessages = {
  STOCK_ITEM_NOT_FOUND: 'Item de estoque não encontrado.',
  STOCK_PRODUCT_TAKEN: 'Este produto já tem um item de estoque.',
  STOCK_INSUFFICIENT: 'Estoque insuficiente de {name} (disponível: {available}).',
  STOCK_INSUFFICIENT_ON_HAND: 'Estoque insuficiente de {name} (em estoque: {onHand}). Se o saldo está errado, lance uma contagem.',
  STOCK_UNAVAILABLE: 'Sem estoque para: {names}.',
  STOCK_TRANSFER_TARGET: 'Informe o item de destino da transferência (mesma unidade).',
};
