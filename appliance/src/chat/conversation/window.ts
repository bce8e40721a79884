import type { CommandTx } from '../../kernel/journal/command-bus.js';
import type { Conversation } from './context.js';
import { queueReply } from './conversations.js';

/** Free-form replies only within 24 hours of the customer's last message (the platforms' customer-service window). */
export const SERVICE_WINDOW_MS = 24 * 60 * 60 * 1000;

export function insideServiceWindow(conversation: Pick<Conversation, 'lastInboundAt'>, now: Date): boolean {
  return now.getTime() - Date.parse(conversation.lastInboundAt) < SERVICE_WINDOW_MS;
}

/** The order status templates a store gets approved at Meta (docs/chat.md), each with the order number as its one parameter. */
export const STATUS_TEMPLATES = {
  CONFIRMED: 'pedido_confirmado',
  OUT_FOR_DELIVERY: 'pedido_saiu_para_entrega',
  READY_FOR_PICKUP: 'pedido_pronto_para_retirada',
} as const;
export type StatusTemplate = keyof typeof STATUS_TEMPLATES;

/**
 * A status notice: the text inside the window; outside it the approved template, never free text
 * (the platform refuses anything else there).
 */
export function queueStatusNotice(tx: CommandTx, conversation: Conversation, text: string, template: StatusTemplate, parameters: string[]): string {
  const message = insideServiceWindow(conversation, tx.now)
    ? ({ kind: 'TEXT', text } as const)
    : ({ kind: 'TEMPLATE', name: STATUS_TEMPLATES[template], language: 'pt_BR', parameters } as const);
  return queueReply(tx, conversation, message, 'BOT');
}
