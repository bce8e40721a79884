export const businessDayMessages = {
  BUSINESS_DAY_FUTURE_DATE: 'Não é possível abrir o dia {date}: a data está no futuro.',
  BUSINESS_DAY_ALREADY_OPEN: 'Já existe um dia aberto ({date}). Feche-o antes de abrir outro.',
  BUSINESS_DAY_ALREADY_CLOSED: 'O dia {date} já foi aberto e fechado.',
  BUSINESS_DAY_NOT_OPEN: 'Nenhum dia de operação aberto. Abra o dia para vender.',
  BUSINESS_DAY_NOT_FOUND: 'Dia de operação não encontrado.',
  BACKUP_NOT_FOUND: 'Cópia de segurança não encontrada.',
  BACKUP_INVALID: 'A cópia de segurança está danificada ou não é desta loja: nada foi restaurado.',
  BUSINESS_DAY_CLOSE_BLOCKED: 'Não é possível fechar o dia: {cashiers} caixa(s) e {orders} pedido(s) ainda abertos.',
  BUSINESS_DAY_NOT_CLOSING: 'O dia não está em fechamento.',
  BUSINESS_DAY_REPORT_NOT_READY: 'O relatório Z só existe depois do fechamento do dia.',
};
