import type { InboundChatMessage } from './inbound-message.js';
import { parseMessengerWebhook } from './messenger-webhook.js';
import { parseWhatsAppWebhook } from './whatsapp-webhook.js';

/** The customer messages of any Meta delivery, by its `object`; other objects carry none for us. */
export function parseMetaWebhook(body: unknown): InboundChatMessage[] {
  const object = (body as { object?: unknown } | null)?.object;
  if (object === 'whatsapp_business_account') return parseWhatsAppWebhook(body);
  if (object === 'page') return parseMessengerWebhook(body, 'MESSENGER');
  if (object === 'instagram') return parseMessengerWebhook(body, 'INSTAGRAM');
  return [];
}
