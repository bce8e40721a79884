/**
 * Every text the relay answers people with, in pt-BR, by message key. A `RelayError` names its key
 * (the error code unless one code has several texts) and its `{params}`; programs branch on the code,
 * never on the text. `relay-messages.test.ts` checks that every key a source file names is here and
 * every text here is used.
 */
export const relayMessages = {
  // Requests
  VALIDATION_FAILED: 'Requisição inválida.',
  INVALID_PERIOD: 'Período inválido: use datas que existem no calendário.',
  PERIOD_REVERSED: 'A data inicial ({from}) é depois da final ({to}): escolha o período de novo.',
  INVALID_JSON: 'O corpo da requisição não é um JSON válido.',
  UNSUPPORTED_MEDIA_TYPE: 'Envie o corpo como JSON (Content-Type: application/json).',
  PAYLOAD_TOO_LARGE: 'O corpo da requisição passa do limite de {limit} desta rota.',
  UNSUPPORTED_ENCODING: 'Só aceitamos Content-Encoding gzip.',
  INVALID_GZIP: 'O corpo não é gzip válido ou passa do limite ao descompactar.',
  NOT_FOUND: 'Rota inexistente: {method} {path}.',
  INTERNAL_ERROR: 'Erro inesperado; veja o log da matriz.',
  // Sign-in and permissions
  UNAUTHENTICATED: 'Entre com seu usuário primeiro.',
  STORE_CREDENTIAL_MISSING: 'Falta a credencial da loja.',
  STORE_CREDENTIAL_UNKNOWN: 'Credencial de loja desconhecida.',
  FORBIDDEN: 'Esta ação exige um destes perfis: {roles}.',
  FORBIDDEN_STORE: 'Esta credencial é de outra loja.',
  CROSS_SITE_FORM: 'Formulário enviado de fora do portal: abra o portal da matriz e tente de novo.',
  CROSS_SITE_REQUEST: 'Pedido enviado de fora do portal com a sessão do portal: abra o portal da matriz e tente de novo (programas usam o token da sessão em Authorization: Bearer e enviam JSON).',
  INVALID_CREDENTIALS: 'Usuário ou senha inválidos.',
  HQ_LOGIN_LOCKED: 'Muitas tentativas com senha errada: este usuário fica bloqueado por {minutes} minutos.',
  USERNAME_TAKEN: 'O usuário {username} já existe.',
  HQ_USER_NOT_FOUND: 'Usuário da matriz não encontrado.',
  HQ_USER_SELF: 'Você não pode desativar o seu próprio usuário: peça a outro administrador.',
  PASSWORD_TOO_SHORT: 'A senha precisa de ao menos 8 caracteres.',
  METRICS_TOKEN_REQUIRED: 'As métricas exigem o token de métricas da matriz (Authorization: Bearer).',
  METRICS_LOOPBACK_ONLY: 'Sem RELAY_METRICS_TOKEN configurado, as métricas só respondem a quem está na própria máquina da matriz.',
  // Stores
  STORE_CODE_TAKEN: 'Já existe uma loja com o código {code}.',
  STORE_NOT_FOUND: 'Loja não encontrada.',
  STORE_ID_NOT_FOUND: 'Loja {storeId} não encontrada.',
  ENROLLMENT_CODE_INVALID: 'Código de ativação inválido, já usado ou expirado.',
  NOTHING_TO_CHANGE: 'Informe um novo preço ou a disponibilidade.',
  PRODUCT_NOT_IN_STORE: 'Produto {productId} não encontrado na loja {stores}; nada foi enviado.',
  // Journal upload
  BATCH_NOT_CONTIGUOUS: 'Os eventos de um lote precisam ter seq consecutivos.',
  SEQ_GAP: 'Esperava seq {expectedSeq}, veio {firstSeq}.',
  DUPLICATE_EVENT_ID: 'Um id de evento deste lote já foi gravado com outro seq.',
  SEQ_HELD_BY_ANOTHER_EVENT: 'A matriz já gravou outro evento com o seq {seq}: este lote vem de outro equipamento ou de uma cópia do banco de dados da loja.',
  RELAY_BUSY: 'A matriz está ocupada agora; a loja reenvia este lote sozinha em {seconds} s, sem perder nada.',
  RELAY_BUSY_STORE: 'Esta loja já tem um lote em processamento na matriz; a loja reenvia este em {seconds} s.',
  RELAY_SHUTTING_DOWN: 'A matriz está reiniciando; a loja tenta de novo em instantes, sem perder nada.',
  // Ordering platforms and chat
  MARKETPLACE_CONNECTION_NOT_FOUND: 'Conexão de marketplace não encontrada.',
  MARKETPLACE_MERCHANT_TAKEN: 'Esta loja da plataforma já está ligada a outra loja da rede.',
  MARKETPLACE_PLATFORM_UNKNOWN: 'Plataforma desconhecida: {platform}.',
  MARKETPLACE_INVALID_EVENT: 'O corpo do webhook não é um evento válido da plataforma.',
  MARKETPLACE_ORDER_UNREADABLE: 'O pedido {platformOrderId} do {platform} veio ilegível da plataforma e foi recusado lá.',
  INVALID_SIGNATURE: 'Assinatura do webhook inválida.',
  INVALID_EVENT: 'O corpo do webhook não é um JSON válido.',
  WEBHOOK_VERIFICATION_FAILED: 'Token de verificação do webhook inválido.',
  CHAT_NOT_CONFIGURED: 'Canais de conversa não configurados na matriz (RELAY_META_APP_SECRET).',
  CHAT_ACCOUNT_TAKEN: 'Esta conta do canal já está ligada a outra loja da rede.',
} as const;

export type RelayMessageKey = keyof typeof relayMessages;

/** The pt-BR text of `key` with its `{params}` filled in (a missing param stays visible as `{name}`). */
export function relayMessage(key: RelayMessageKey, params: Record<string, string | number> = {}): string {
  return relayMessages[key].replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
}
