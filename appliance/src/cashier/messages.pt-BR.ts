export const cashierMessages = {
  CASHIER_SESSION_NOT_FOUND: 'Sessão de caixa não encontrada.',
  CASHIER_SESSION_CLOSED: 'Esta sessão de caixa já foi fechada.',
  CASHIER_TERMINAL_BUSY: 'O terminal {terminalId} já tem um caixa aberto.',
  CASHIER_OPERATOR_BUSY: 'Este operador já tem um caixa aberto em outro terminal.',
  CASHIER_NOT_OWNER: 'Só o operador que abriu o caixa pode movimentá-lo.',
  CASHIER_CASH_ONLY: 'Sangria e suprimento são sempre em dinheiro.',
  CASHIER_INSUFFICIENT_CASH: 'Não há dinheiro suficiente na gaveta para esta operação (disponível: {available}).',
  CASHIER_INSUFFICIENT_CASH_BLIND: 'Não há dinheiro suficiente na gaveta para esta operação. Chame o gerente.',
  CASHIER_SESSION_REQUIRED: 'Abra um caixa para receber em dinheiro.',
  CASHIER_REFUND_SESSION_REQUIRED: 'Abra o seu caixa para fazer uma devolução: ela sai da gaveta que você opera.',
  CASHIER_SESSIONS_OPEN: 'Feche todos os caixas antes de fechar o dia ({count} aberto(s)).',
  CASHIER_DISPLAY_OF_ANOTHER_TILL: 'Este visor do cliente é de outro caixa ({terminalId}): mostre a venda no visor do seu caixa.',
};
