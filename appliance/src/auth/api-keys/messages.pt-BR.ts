import type { Messages } from '../../kernel/i18n/catalog.js';

export const apiKeyMessages: Messages = {
  API_KEY_NOT_FOUND: 'Chave de integração não encontrada.',
  API_KEY_REVOKED: 'Esta chave de integração já foi revogada.',
  API_KEY_RATE_LIMITED: 'Limite de chamadas por minuto desta chave de integração atingido. Tente novamente em instantes.',
};
