import { z } from 'zod';
import { lazySchema } from './lazy-schema.js';

/**
 * What crosses the wire between the relay's chat channels (WhatsApp, Instagram, Messenger) and the
 * store's conversation: the relay speaks each platform's Graph API, the store decides what to say.
 * Inbound messages come down as the downstream message `chat.message_received`; replies go up as
 * the journal event `chat.reply_queued` (events/chat.ts), which the relay sends to the platform.
 */

export const CHAT_MESSAGE_RECEIVED = 'chat.message_received';
export const CHAT_REPLY_FAILED = 'chat.reply_failed';

export const chatChannel = lazySchema(() => z.enum(['WHATSAPP', 'INSTAGRAM', 'MESSENGER']));
export type ChatChannel = z.infer<typeof chatChannel>;

/** What the customer sent, reduced to what a conversation can act on. */
export const chatInboundContent = lazySchema(() => z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('TEXT'), text: z.string().max(4096) }),
  // A row of an interactive list, a reply button, or a Messenger/Instagram quick reply.
  z.object({ kind: z.literal('REPLY'), replyId: z.string().max(256), title: z.string().max(256) }),
  z.object({
    kind: z.literal('LOCATION'),
    latitude: z.number(),
    longitude: z.number(),
    name: z.string().nullable(),
    address: z.string().nullable(),
  }),
  // A WhatsApp catalog `order`: the store's SKUs as the catalog's retailer ids.
  z.object({
    kind: z.literal('CART'),
    items: z.array(z.object({ retailerId: z.string(), quantity: z.number().int().positive(), unitPriceCents: z.number().int() })),
  }),
  // Images, audio, stickers: the store answers that it reads text only.
  z.object({ kind: z.literal('UNSUPPORTED'), platformType: z.string() }),
]));
export type ChatInboundContent = z.infer<typeof chatInboundContent>;

/** Downstream `chat.message_received`: one customer message, delivered once per `messageId`. */
export const chatMessageReceivedSchema = lazySchema(() => z.object({
  /** The platform's message id (`wamid…`, `mid…`): the dedupe key at the relay and at the store. */
  messageId: z.string().min(1).max(256),
  channel: chatChannel,
  /** The relay's stable id of one customer on one store account: what replies address. */
  contactId: z.string().min(1).max(64),
  /** WhatsApp's `wa_id` (the phone, digits only) or the page-scoped id: personal data, sealed at the store. */
  userId: z.string().min(1).max(64),
  profileName: z.string().max(256).nullable(),
  /** When the customer sent it (the platform's timestamp, UTC ISO): the 24-hour window runs from the last one. */
  sentAt: z.string(),
  content: chatInboundContent,
}));
export type ChatMessageReceived = z.infer<typeof chatMessageReceivedSchema>;

/**
 * What the store asks the relay to send. Limits are WhatsApp's (the strictest of the three);
 * Messenger and Instagram get LIST and BUTTONS as quick replies (titles ≤ 20 characters).
 */
export const chatOutboundMessage = lazySchema(() => z.discriminatedUnion('kind', [
  // `tag`: a Messenger/Instagram message outside the 24-hour window under a message tag (an order
  // update on Messenger, POST_PURCHASE_UPDATE; a person's reply within 7 days, HUMAN_AGENT).
  z.object({ kind: z.literal('TEXT'), text: z.string().min(1).max(4096), tag: z.enum(['POST_PURCHASE_UPDATE', 'HUMAN_AGENT']).optional() }),
  z.object({
    kind: z.literal('LIST'),
    body: z.string().min(1).max(1024),
    button: z.string().min(1).max(20),
    sections: z.array(z.object({
      title: z.string().max(24),
      rows: z.array(z.object({ id: z.string().min(1).max(200), title: z.string().min(1).max(24), description: z.string().max(72).nullable() })).min(1),
    })).min(1).max(10),
  }),
  z.object({
    kind: z.literal('BUTTONS'),
    body: z.string().min(1).max(1024),
    buttons: z.array(z.object({ id: z.string().min(1).max(256), title: z.string().min(1).max(20) })).min(1).max(3),
  }),
  // Outside the 24-hour customer-service window WhatsApp accepts only an approved template.
  z.object({ kind: z.literal('TEMPLATE'), name: z.string().min(1).max(512), language: z.string().min(2).max(10), parameters: z.array(z.string().max(1024)) }),
  // A QR code as an image (the PIX charge's): the store names what it encodes, the relay draws the
  // PNG, so the journal carries a few hundred characters instead of the picture. WhatsApp shows the
  // caption under it (≤ 1,024); Messenger has no caption; Instagram takes images by public URL only.
  z.object({ kind: z.literal('QR_IMAGE'), data: z.string().min(1).max(2000), caption: z.string().max(1024).nullable() }),
]));
export type ChatOutboundMessage = z.infer<typeof chatOutboundMessage>;

/** Downstream `chat.reply_failed`: the platform refused a queued reply (`code`: the platform's error). */
export const chatReplyFailedSchema = lazySchema(() => z.object({
  replyId: z.string(),
  contactId: z.string(),
  code: z.string().max(64),
  detail: z.string().max(512).nullable(),
}));
export type ChatReplyFailed = z.infer<typeof chatReplyFailedSchema>;
