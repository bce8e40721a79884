import { z } from 'zod';
import type { ChatInboundContent } from '../../../appliance/contract/index.js';
import { clip, type MetaDelivery } from './inbound-message.js';

const reply = z.object({ id: z.string(), title: z.string() });

// Within the contract's bounds: a message id or sender beyond them is no message of Meta's.
const message = z.object({
  from: z.string().min(1).max(64),
  id: z.string().min(1).max(256),
  timestamp: z.string(),
  type: z.string(),
  text: z.object({ body: z.string() }).optional(),
  interactive: z.object({ type: z.string(), list_reply: reply.optional(), button_reply: reply.optional() }).optional(),
  // A quick-reply button of a template the store sent.
  button: z.object({ payload: z.string(), text: z.string() }).optional(),
  location: z.object({ latitude: z.number(), longitude: z.number(), name: z.string().optional(), address: z.string().optional() }).optional(),
  order: z
    .object({ product_items: z.array(z.object({ product_retailer_id: z.string(), quantity: z.coerce.number(), item_price: z.coerce.number() })) })
    .optional(),
});

const change = z.object({
  field: z.string(),
  value: z.object({
    metadata: z.object({ phone_number_id: z.string() }),
    contacts: z.array(z.object({ wa_id: z.string(), profile: z.object({ name: z.string() }).optional() })).optional(),
    messages: z.array(z.unknown()).optional(),
    statuses: z.array(z.unknown()).optional(),
  }),
});

const failedStatus = z.object({
  id: z.string(),
  status: z.literal('failed'),
  errors: z.array(z.object({ code: z.coerce.number(), title: z.string().optional(), message: z.string().optional(), error_data: z.object({ details: z.string() }).optional() })).min(1),
});

const webhook = z.object({ entry: z.array(z.object({ changes: z.array(z.unknown()) })) });

/** Reais with up to two decimals (the catalog's price) to integer centavos without float drift. */
const toCents = (price: number) => Math.round(Number(price.toFixed(2)) * 100);

function contentOf(m: z.infer<typeof message>): ChatInboundContent {
  if (m.type === 'text' && m.text) return { kind: 'TEXT', text: clip(m.text.body, 4096) };
  const picked = m.interactive?.list_reply ?? m.interactive?.button_reply;
  if (m.type === 'interactive' && picked) return { kind: 'REPLY', replyId: clip(picked.id, 256), title: clip(picked.title, 256) };
  if (m.type === 'button' && m.button) return { kind: 'REPLY', replyId: clip(m.button.payload, 256), title: clip(m.button.text, 256) };
  if (m.type === 'location' && m.location) {
    const { latitude, longitude, name, address } = m.location;
    return { kind: 'LOCATION', latitude, longitude, name: name ?? null, address: address ?? null };
  }
  if (m.type === 'order' && m.order) {
    const items = m.order.product_items
      .filter((item) => Number.isInteger(item.quantity) && item.quantity > 0)
      .map((item) => ({ retailerId: item.product_retailer_id, quantity: item.quantity, unitPriceCents: toCents(item.item_price) }));
    return { kind: 'CART', items };
  }
  return { kind: 'UNSUPPORTED', platformType: clip(m.type, 64) };
}

/**
 * The customer messages of a WhatsApp Cloud API webhook (`object: "whatsapp_business_account"`):
 * `entry[].changes[].value.messages[]`, each with the number it was sent to and the sender's
 * profile name; and the `failed` delivery statuses (`value.statuses`) of replies WhatsApp accepted
 * and could not deliver (131047 outside the window is often reported so). Other statuses (sent,
 * delivered, read) and anything of a shape this does not know are skipped.
 */
export function parseWhatsAppWebhook(body: unknown): MetaDelivery {
  const delivery: MetaDelivery = { messages: [], failures: [] };
  const parsed = webhook.safeParse(body);
  if (!parsed.success) return delivery;
  const { messages, failures } = delivery;
  for (const rawChange of parsed.data.entry.flatMap((entry) => entry.changes)) {
    const changed = change.safeParse(rawChange);
    if (!changed.success || changed.data.field !== 'messages') continue;
    const { metadata, contacts = [], messages: raw = [], statuses = [] } = changed.data.value;
    for (const item of statuses) {
      const failed = failedStatus.safeParse(item);
      if (!failed.success) continue;
      const [error] = failed.data.errors;
      const detail = error.error_data?.details ?? error.message ?? error.title ?? null;
      failures.push({ channel: 'WHATSAPP', platformMessageId: failed.data.id, code: String(error.code), detail: detail ? clip(detail, 512) : null });
    }
    for (const item of raw) {
      const m = message.safeParse(item);
      if (!m.success) continue;
      const sentSeconds = Number(m.data.timestamp);
      messages.push({
        channel: 'WHATSAPP',
        platformAccountId: metadata.phone_number_id,
        messageId: m.data.id,
        userId: m.data.from,
        profileName: clip(contacts.find((c) => c.wa_id === m.data.from)?.profile?.name ?? '', 256) || null,
        sentAt: new Date(Number.isFinite(sentSeconds) ? sentSeconds * 1000 : Date.now()).toISOString(),
        content: contentOf(m.data),
      });
    }
  }
  return delivery;
}
