import type { Messages } from './catalog.js';

export const kernelMessages: Messages = {
  VALIDATION_FAILED: 'Dados inválidos na requisição.',
  MALFORMED_JSON: 'O corpo da requisição não é um JSON válido.',
  UNSUPPORTED_MEDIA_TYPE: 'Envie o corpo como application/json.',
  BODY_TOO_LARGE: 'O corpo da requisição é grande demais.',
  NOT_FOUND: 'Recurso não encontrado.',
  ROUTE_NOT_FOUND: 'Rota não encontrada.',
  METHOD_NOT_ALLOWED: 'Método não permitido.',
  UNAUTHENTICATED: 'É preciso entrar no sistema.',
  TOKEN_INVALID: 'Sessão inválida ou expirada. Entre novamente.',
  FORBIDDEN: 'Você não tem permissão para esta ação.',
  RATE_LIMITED: 'Muitas tentativas. Aguarde e tente de novo.',
  IDEMPOTENCY_KEY_REUSED: 'Esta chave de idempotência já foi usada com outro pedido.',
  IDEMPOTENCY_KEY_INVALID: 'Chave de idempotência inválida (1 a 200 caracteres visíveis).',
  HTTP_ERROR: 'A requisição não pôde ser atendida.',
  INTERNAL_ERROR: 'Erro interno. A operação não foi concluída; tente novamente.',
  DATABASE_NEWER_THAN_APPLIANCE:
    'O banco de dados da loja foi atualizado por uma versão mais nova do sistema ({migrations}). Esta versão não o abre para não corromper os dados: reinstale a versão mais nova.',
  STORAGE_FULL: 'Armazenamento cheio: a operação não foi gravada. Libere espaço no disco do servidor da loja e tente novamente.',
  WEB_APP_NOT_BUILT: 'Esta tela não foi instalada neste servidor. Reinstale o sistema da loja ou rode npm run build.',
  SHUTTING_DOWN: 'O sistema está reiniciando. Tente novamente em instantes.',
  RESTART_NOT_SUPPORTED: 'Este appliance não consegue reiniciar sozinho: reinicie o serviço para concluir.',
  SERVICE_SUBSYSTEM_NOT_RUNNING: 'Este serviço não está ativo neste appliance, então não há o que reiniciar.',
};
