export const stockMessages = {
  STOCK_ITEM_NOT_FOUND: 'Item de estoque não encontrado.',
  STOCK_PRODUCT_TAKEN: 'Este produto já tem um item de estoque.',
  STOCK_INSUFFICIENT: 'Estoque insuficiente de {name} (disponível: {available}).',
  STOCK_INSUFFICIENT_ON_HAND: 'Estoque insuficiente de {name} (em estoque: {onHand}). Se o saldo está errado, lance uma contagem.',
  STOCK_UNAVAILABLE: 'Sem estoque para: {names}.',
  STOCK_PRODUCT_SOLD_BY_UNIT: '{product} é vendido por unidade: o item de estoque do produto é contado em unidades. Para controlar em gramas ou ml, cadastre um ingrediente e informe na receita do produto quanto cada unidade consome.',
  STOCK_PRODUCT_SOLD_BY_WEIGHT: '{product} é vendido por peso: o item de estoque do produto é contado em gramas.',
  STOCK_COUNT_IN_FUTURE: 'A hora da contagem está no futuro. Confira o relógio e a hora informada.',
  STOCK_COUNT_BEFORE_LAST_COUNT: 'A contagem de {name} é anterior à última contagem lançada. Lance uma nova contagem.',
  STOCK_COUNT_BEFORE_OPENING_BALANCE: 'A contagem de {name} é anterior ao saldo inicial lançado no cadastro do item. Lance uma nova contagem.',
  STOCK_TRANSFER_TARGET: 'Informe o item de destino da transferência (mesma unidade).',
};
