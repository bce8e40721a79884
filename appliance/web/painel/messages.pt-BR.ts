/** Every text the order-ready board shows (pt-BR, `docs/web-apps.md`). */
export const painelMessages = {
  PAINEL_TITLE: 'Painel de pedidos',
  PAINEL_PREPARING: 'Preparando',
  PAINEL_READY: 'Pronto',
  PAINEL_READY_HINT: 'Retire no balcão',
  PAINEL_EMPTY: 'Nenhum pedido',
  PAINEL_OFFLINE: 'Reconectando…',
  PAINEL_PAIR_TITLE: 'Parear o painel de pedidos',
  PAINEL_PAIR_HINT: 'Digite o código de pareamento do dispositivo (Retaguarda › Dispositivos, tipo tela do cliente).',
  PAINEL_PAIR_CODE: 'Código de pareamento',
  PAINEL_PAIR_SUBMIT: 'Parear',
  PAINEL_PAIR_FAILED: 'Não foi possível parear: o aparelho não respondeu.',
} as const;
