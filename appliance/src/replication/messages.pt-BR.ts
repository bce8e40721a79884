import type { Messages } from '../kernel/i18n/catalog.js';

export const replicationMessages: Messages = {
  'replication.enroll.usage': 'Uso: npm run enroll -- --relay URL --code CÓDIGO [--data-dir PASTA] [--force]',
  'replication.enroll.success': 'Loja "{storeName}" ({storeCode}) ativada na matriz. Credencial gravada em {file}. Um equipamento já em execução com esta pasta de dados começa a replicar sozinho, sem reiniciar.',
  'replication.enroll.already': 'Este equipamento já está ativado para a loja "{storeName}". Use --force para ativar de novo com um código novo.',
  'replication.enroll.failed': 'Não foi possível ativar a loja: {reason}',
  'replication.enroll.invalidCode': 'Código de ativação inválido, já usado ou expirado. Peça um novo código à matriz.',
  'replication.enroll.unreachable': 'A matriz não respondeu em {relayUrl}. Verifique a internet e o endereço.',
};
