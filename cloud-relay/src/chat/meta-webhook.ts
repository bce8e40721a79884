import type { MetaDelivery } from './inbound-message.js';
import { parseMessengerWebhook } from './messenger-webhook.js';
import { parseWhatsAppWebhook } from './whatsapp-webhook.js';

/** The customer messages (and WhatsApp's send failures) of any Meta delivery, by its `object`; other objects carry nothing for us. */
export function parseMetaWebhook(body: unknown): MetaDelivery {
  const object = (body as { object?: unknown } | null)?.object;
  if (object === 'whatsapp_business_account') return parseWhatsAppWebhook(body);
  if (object === 'page') return { messages: parseMessengerWebhook(body, 'MESSENGER'), failures: [] };
  if (object === 'instagram') return { messages: parseMessengerWebhook(body, 'INSTAGRAM'), failures: [] };
  return { messages: [], failures: [] };
}
