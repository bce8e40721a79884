import type { ChatOutboundMessage } from '../../../contract/chat.js';
import type { CommandTx } from '../../kernel/journal/command-bus.js';
import type { Conversation } from './context.js';
import { queueReply } from './conversations.js';

/** Free-form replies only within 24 hours of the customer's last message (the platforms' customer-service window). */
export const SERVICE_WINDOW_MS = 24 * 60 * 60 * 1000;
/** Messenger and Instagram let a person (not a bot) answer for 7 days, under the HUMAN_AGENT tag. */
export const HUMAN_AGENT_WINDOW_MS = 7 * 24 * 60 * 60 * 1000;

export function insideServiceWindow(conversation: Pick<Conversation, 'lastInboundAt'>, now: Date): boolean {
  return now.getTime() - Date.parse(conversation.lastInboundAt) < SERVICE_WINDOW_MS;
}

/**
 * A staff reply as the platform will take it: free-form inside the window; outside it, on
 * Messenger and Instagram within 7 days, tagged HUMAN_AGENT; null when nothing may be sent
 * (WhatsApp outside the window takes only templates).
 */
export function staffReplyMessage(conversation: Pick<Conversation, 'lastInboundAt' | 'channel'>, now: Date, text: string): ChatOutboundMessage | null {
  if (insideServiceWindow(conversation, now)) return { kind: 'TEXT', text };
  const withinHumanAgent = now.getTime() - Date.parse(conversation.lastInboundAt) < HUMAN_AGENT_WINDOW_MS;
  return conversation.channel !== 'WHATSAPP' && withinHumanAgent ? { kind: 'TEXT', text, tag: 'HUMAN_AGENT' } : null;
}

/** The order status templates a store gets approved at Meta (docs/chat.md), each with the order number as its one parameter. */
export const STATUS_TEMPLATES = {
  CONFIRMED: 'pedido_confirmado',
  OUT_FOR_DELIVERY: 'pedido_saiu_para_entrega',
  READY_FOR_PICKUP: 'pedido_pronto_para_retirada',
} as const;
export type StatusTemplate = keyof typeof STATUS_TEMPLATES;

/**
 * A status notice: the text inside the window; outside it WhatsApp's approved template, Messenger's
 * text under the POST_PURCHASE_UPDATE tag (an update on a purchase), never untagged free text (the
 * platform refuses it there). Instagram has no tag for a bot's notice: the template is queued and
 * comes back refused (`TEMPLATE_NOT_SUPPORTED`), which staff see on the thread.
 */
export function queueStatusNotice(tx: CommandTx, conversation: Conversation, text: string, template: StatusTemplate, parameters: string[]): string {
  const message: ChatOutboundMessage = insideServiceWindow(conversation, tx.now)
    ? { kind: 'TEXT', text }
    : conversation.channel === 'MESSENGER'
      ? { kind: 'TEXT', text, tag: 'POST_PURCHASE_UPDATE' }
      : { kind: 'TEMPLATE', name: STATUS_TEMPLATES[template], language: 'pt_BR', parameters };
  return queueReply(tx, conversation, message, 'BOT');
}
