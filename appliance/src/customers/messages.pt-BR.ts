import type { Messages } from '../kernel/i18n/catalog.js';

export const customerMessages: Messages = {
  CUSTOMER_NOT_FOUND: 'Cliente não encontrado.',
  CUSTOMER_CPF_TAKEN: 'Já existe um cliente com este CPF.',
  CUSTOMER_ANONYMIZED: 'Os dados deste cliente foram anonimizados a pedido dele: o cadastro não pode ser alterado nem receber novos dados, pedidos ou endereços.',
  CUSTOMER_CORRECTION_EMPTY: 'Informe os dados a corrigir.',
  CUSTOMER_SEARCH_TOO_SHORT: 'Para buscar um cliente, digite ao menos {min} letras do nome, ou o CPF ou o telefone completo.',
};
