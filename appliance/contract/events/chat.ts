import { z } from 'zod';
import { chatChannel, chatOutboundMessage } from '../chat.js';
import { defineEvent } from '../define-event.js';

export const chatEvents = [
  defineEvent(
    'chat.reply_queued',
    'chat_conversation',
    () => z.object({
      /** Unique per reply: the relay sends each once, whatever the retries. */
      replyId: z.string(),
      conversationId: z.string(),
      contactId: z.string(),
      channel: chatChannel,
      message: chatOutboundMessage,
    }),
    'The store answers a chat customer (bot or staff); the relay sends it through the platform.',
  ),
] as const;
