export const marketplaceMessages = {
  MARKETPLACE_ORDER_NOT_FOUND: 'Pedido de aplicativo não encontrado.',
  MARKETPLACE_ORDER_NOT_PENDING: 'O pedido {displayId} do aplicativo já foi aceito ou cancelado.',
  MARKETPLACE_ORDER_EXPIRED: 'O prazo do aplicativo para aceitar o pedido {displayId} terminou: pedidos não confirmados a tempo são cancelados pelo aplicativo.',
  MARKETPLACE_ITEMS_UNMAPPED: 'O pedido {displayId} tem itens sem produto da loja: associe-os no cardápio do aplicativo antes de aceitar.',
  MARKETPLACE_PRODUCT_NOT_FOUND: 'Produto não encontrado no cardápio da loja.',
  MARKETPLACE_PRODUCT_SOLD_BY_WEIGHT: '{product} é vendido por peso e o aplicativo vende por unidade: associe o item a um produto vendido por unidade (a porção), com a receita do que ela consome.',
};
