import { z } from 'zod';
import type { ChatChannel, ChatInboundContent } from '../../../appliance/contract/index.js';
import { clip, type InboundChatMessage } from './inbound-message.js';

// Within the contract's bounds: an id beyond them is no message of Meta's.
const messaging = z.object({
  sender: z.object({ id: z.string().min(1).max(64) }),
  recipient: z.object({ id: z.string() }),
  timestamp: z.number(),
  message: z
    .object({
      mid: z.string().min(1).max(256),
      text: z.string().optional(),
      is_echo: z.boolean().optional(),
      quick_reply: z.object({ payload: z.string() }).optional(),
      attachments: z.array(z.object({ type: z.string() })).optional(),
    })
    .optional(),
  // A tap on a button of a message the page sent (Messenger's postback carries its own mid).
  postback: z.object({ mid: z.string().min(1).max(256), title: z.string(), payload: z.string() }).optional(),
});

const webhook = z.object({ entry: z.array(z.object({ id: z.string(), messaging: z.array(z.unknown()).optional() })) });

function contentOf(m: z.infer<typeof messaging>): { messageId: string; content: ChatInboundContent } | null {
  if (m.postback) return { messageId: m.postback.mid, content: { kind: 'REPLY', replyId: clip(m.postback.payload, 256), title: clip(m.postback.title, 256) } };
  const msg = m.message;
  if (!msg || msg.is_echo) return null;
  if (msg.quick_reply) return { messageId: msg.mid, content: { kind: 'REPLY', replyId: clip(msg.quick_reply.payload, 256), title: clip(msg.text ?? '', 256) } };
  if (msg.text !== undefined) return { messageId: msg.mid, content: { kind: 'TEXT', text: clip(msg.text, 4096) } };
  return { messageId: msg.mid, content: { kind: 'UNSUPPORTED', platformType: clip(msg.attachments?.[0]?.type ?? 'unknown', 64) } };
}

/**
 * The customer messages of a Messenger (`object: "page"`) or Instagram (`object: "instagram"`)
 * webhook: `entry[].messaging[]`, addressed to the page or Instagram account of `entry[].id`.
 * Echoes of what the page itself sent, reads and deliveries are skipped. Messenger gives no profile
 * name in the webhook (it would take a Graph call per user), so `profileName` is null.
 */
export function parseMessengerWebhook(body: unknown, channel: Extract<ChatChannel, 'MESSENGER' | 'INSTAGRAM'>): InboundChatMessage[] {
  const parsed = webhook.safeParse(body);
  if (!parsed.success) return [];
  const messages: InboundChatMessage[] = [];
  for (const entry of parsed.data.entry) {
    for (const item of entry.messaging ?? []) {
      const m = messaging.safeParse(item);
      if (!m.success) continue;
      const content = contentOf(m.data);
      if (!content) continue;
      messages.push({
        channel,
        platformAccountId: entry.id,
        messageId: content.messageId,
        userId: m.data.sender.id,
        profileName: null,
        sentAt: new Date(m.data.timestamp).toISOString(),
        content: content.content,
      });
    }
  }
  return messages;
}
