export const businessDayMessages = {
  BUSINESS_DAY_FUTURE_DATE: 'Não é possível abrir o dia {date}: a data está no futuro.',
  BUSINESS_DAY_ALREADY_OPEN: 'Já existe um dia aberto ({date}). Feche-o antes de abrir outro.',
  BUSINESS_DAY_ALREADY_CLOSED: 'O dia {date} já foi aberto e fechado.',
  BUSINESS_DAY_BEFORE_LAST_CLOSED: 'Não é possível abrir o dia {date}: ele é anterior ao último dia fechado ({lastDate}).',
  BUSINESS_DAY_NOT_OPEN: 'Nenhum dia de operação aberto. Abra o dia para vender.',
  BUSINESS_DAY_NOT_FOUND: 'Dia de operação não encontrado.',
  BACKUP_NOT_FOUND: 'Cópia de segurança não encontrada.',
  BACKUP_FAILED: 'O dia foi fechado e o relatório Z está salvo, mas a cópia de segurança do dia não pôde ser gravada. Verifique o espaço em disco e faça uma cópia agora em Cópias de segurança.',
  BACKUP_INVALID: 'A cópia de segurança está danificada ou não é um banco de dados do Chefia: nada foi restaurado.',
  BACKUP_OF_ANOTHER_STORE: 'A cópia de segurança é de outra loja e não pode ser restaurada aqui: nada foi restaurado.',
  BACKUP_NEWER_THAN_APPLIANCE: 'A cópia de segurança foi feita por uma versão mais nova do sistema: atualize o equipamento antes de restaurá-la. Nada foi restaurado.',
  RESTORE_IN_PROGRESS: 'Já há uma restauração em andamento: aguarde o equipamento reiniciar.',
  RESTORE_WOULD_LOSE_UNSENT_EVENTS:
    'Há {events} registro(s) desta loja ainda não enviado(s) à matriz. Aguarde a sincronização ou confirme a restauração: esses registros ficarão apenas na cópia de segurança que a restauração faz antes de começar (store-pre-restore-…).',
  BUSINESS_DAY_CLOSE_BLOCKED: 'Não é possível fechar o dia: {cashiers} caixa(s) e {orders} pedido(s) ainda abertos.',
  BUSINESS_DAY_NOT_CLOSING: 'O dia não está em fechamento.',
  BUSINESS_DAY_REPORT_NOT_READY: 'O relatório Z só existe depois do fechamento do dia.',
};
