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
  defineEvent(
    'chat.conversation_updated',
    'chat_conversation',
    () => z.object({
      conversationId: z.string(),
      channel: chatChannel,
      /** BOT: the store answers by itself; HANDED_OVER: a person answers, the bot stays quiet until released. */
      status: z.enum(['BOT', 'HANDED_OVER']),
      /** Since when the customer waits for a person (null when nobody is waited for). */
      waitingSince: z.string().nullable(),
      reason: z.enum(['MESSAGE', 'HANDED_OVER', 'STAFF_REPLY', 'RELEASED']),
    }),
    'A chat conversation changed (a customer message, a hand-over to staff, a staff reply, a release to the bot): screens refresh it.',
  ),
  defineEvent(
    'chat.customer_message_recorded',
    'chat_conversation',
    () => z.object({
      conversationId: z.string(),
      /**
       * The relay's id of the downstream message that brought it (never the platform's id, which can
       * encode the customer's number): the store handles each one once, across a backup restore too.
       */
      relayMessageId: z.string(),
    }),
    'A chat customer\'s message reached the store and is in the thread (answered by the bot, or waiting for staff). After a backup restore HQ sends the store such messages again: these events, carried into the restored journal, keep them from being answered twice.',
  ),
  defineEvent(
    'chat.consent_recorded',
    'chat_conversation',
    () => z.object({ conversationId: z.string(), customerId: z.string().nullable(), granted: z.boolean() }),
    'The chat customer answered the personal-data (LGPD) question; with consent the conversation is linked to a customer record.',
  ),
  defineEvent(
    'chat.order_placed',
    'chat_conversation',
    () => z.object({
      conversationId: z.string(),
      orderId: z.string(),
      fulfilment: z.enum(['DELIVERY', 'PICKUP']),
      paymentMethod: z.enum(['PIX', 'CARD', 'CASH']),
      deliveryFeeCents: z.number().int().min(0),
    }),
    'A chat customer confirmed an order: PIX orders reach the kitchen when paid, card and cash on delivery at once.',
  ),
  defineEvent(
    'chat.conversations_forgotten',
    'store',
    () => z.object({ conversations: z.number().int(), messages: z.number().int(), orderAddresses: z.number().int(), lastMessageBefore: z.string() }),
    'Chat conversations whose last message was before `lastMessageBefore` forgot the customer\'s number, profile name, context, every message text and where their orders went, keeping the orders\' ids, payment and fees (at start and hourly, a week after the last message).',
  ),
] as const;
