export const tableMessages = {
  TABLE_NOT_FOUND: 'Mesa não encontrada.',
  TABLE_LABEL_TAKEN: 'Já existe uma mesa {label}.',
  TABLE_NOT_FREE: 'A mesa {label} não está livre.',
  TABLE_HAS_TAB: 'A mesa {label} tem uma comanda aberta.',
  TABLE_HAS_NO_TAB: 'A mesa {label} não tem comanda aberta.',
  TAB_NOT_FOUND: 'Comanda não encontrada.',
  TAB_NOT_OPEN: 'A comanda não está aberta.',
  TAB_SAME_TAB: 'As duas mesas já estão na mesma comanda.',
  TAB_NOT_SETTLED: 'A comanda ainda tem pedidos sem pagamento.',
  SPLIT_INVALID: 'Divisão da conta inválida: {reason}.',
};
