import { z } from 'zod';
import { CHAT_INTENTS } from './parser/intent.js';

/** What POST /chat/parse answers (the envelope's `data`), for the OpenAPI document and the typed client. */
export const parsedMessageAnswer = z.object({
  intent: z.enum(CHAT_INTENTS),
  items: z.array(z.object({ productId: z.string(), quantity: z.number().int().min(1), optionIds: z.array(z.string()), notes: z.string().nullable() })),
  removedProductIds: z.array(z.string()),
  /** A correction naming no product ("na verdade são 2"): the new quantity of the line added last; null otherwise. */
  correctedQuantity: z.number().int().min(1).nullable(),
  unresolved: z.array(z.string()),
});

const conversationFields = {
  id: z.string(),
  channel: z.enum(['WHATSAPP', 'INSTAGRAM', 'MESSENGER']),
  /** The platform's profile name, as the customer set it. */
  profileName: z.string().nullable(),
  /** The WhatsApp number (digits); null on Instagram and Messenger, whose ids are not for people to read. */
  phone: z.string().nullable(),
  customerId: z.string().nullable(),
  consent: z.enum(['ASKED', 'GRANTED', 'DENIED']).nullable(),
  status: z.enum(['BOT', 'HANDED_OVER']),
  waitingSince: z.string().nullable(),
  lastInboundAt: z.string(),
  /** Whether a free-form reply may still be sent (24 hours since the customer's last message). */
  insideWindow: z.boolean(),
  /** Whether staff may still reply: inside the window, or on Messenger/Instagram within 7 days (HUMAN_AGENT tag). */
  staffMayReply: z.boolean(),
  updatedAt: z.string(),
};

/** GET /chat/conversations: waiting for a person first. */
export const conversationListAnswer = z.array(z.object({ ...conversationFields, lastMessage: z.string().nullable() }));

/** One conversation with its thread, oldest message first. */
export const conversationAnswer = z.object({
  ...conversationFields,
  messages: z.array(z.object({
    id: z.string(),
    direction: z.enum(['IN', 'OUT']),
    author: z.enum(['CUSTOMER', 'BOT', 'STAFF']),
    staffId: z.string().nullable(),
    text: z.string(),
    failureCode: z.string().nullable(),
    createdAt: z.string(),
  })),
  /** The last orders the conversation placed, latest first: where the courier goes and what to collect. */
  orders: z.array(z.object({
    orderId: z.string(),
    fulfilment: z.enum(['DELIVERY', 'PICKUP']),
    paymentMethod: z.enum(['PIX', 'CARD', 'CASH']),
    changeForCents: z.number().int().nullable(),
    deliveryFeeCents: z.number().int(),
    deliveryAddress: z.object({ text: z.string(), latitude: z.number().nullable(), longitude: z.number().nullable() }).nullable(),
    createdAt: z.string(),
  })),
});
