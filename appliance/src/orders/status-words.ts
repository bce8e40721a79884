import type { ItemStatus } from './model.js';
import type { OrderStatus } from './state-machine.js';

/** How a person names an order's or a line's status, in a refusal's message ("já foi encerrado (cancelado)"). */
const STATUS_WORDS: Record<OrderStatus | ItemStatus, string> = {
  DRAFT: 'rascunho',
  PENDING: 'não enviado',
  CONFIRMED: 'confirmado',
  PREPARING: 'em preparo',
  READY: 'pronto',
  DELIVERING: 'saiu para entrega',
  DELIVERED: 'entregue',
  COMPLETED: 'concluído',
  CANCELLED: 'cancelado',
};

/** The status in the words of the refusals' pt-BR messages; the code stays in the error's details. */
export const statusWord = (status: OrderStatus | ItemStatus): string => STATUS_WORDS[status];
