/**
 * The KDS's own texts for what happens without an answer from the appliance (the rest comes from
 * the kitchen module's catalog through `/kds/config.json`, `docs/web-apps.md`).
 */
export const kdsLocalMessages: Record<string, string> = {
  KDS_SETUP_OFFLINE: 'o servidor da loja não respondeu. Confira a rede e tente de novo.',
  KDS_SETUP_UNEXPECTED: 'erro inesperado. Tente de novo ou chame o suporte.',
  KDS_START_FAILED: 'A tela da cozinha não carregou: o servidor da loja não respondeu. Tentando de novo…',
  KDS_START_UNEXPECTED: 'A tela da cozinha não carregou por um erro inesperado. Recarregue a página ou chame o suporte.',
};
