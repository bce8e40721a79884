import crypto from 'node:crypto';

/**
 * Webhook bodies exactly as Meta posts them (Cloud API v21 and Messenger Platform), for the
 * simulator's customer side. Each call makes one message with a fresh id; `sentAtMs` is the
 * simulator's clock.
 */

export interface WhatsAppSender {
  phoneNumberId: string;
  displayPhoneNumber: string;
  from: string;
  name: string;
}

export const newWamid = () => `wamid.${crypto.randomBytes(24).toString('base64url')}`;

export function whatsappWebhook(sender: WhatsAppSender, sentAtMs: number, message: Record<string, unknown>): { messageId: string; body: unknown } {
  const messageId = newWamid();
  const body = {
    object: 'whatsapp_business_account',
    entry: [
      {
        id: '102290129340398',
        changes: [
          {
            field: 'messages',
            value: {
              messaging_product: 'whatsapp',
              metadata: { display_phone_number: sender.displayPhoneNumber, phone_number_id: sender.phoneNumberId },
              contacts: [{ profile: { name: sender.name }, wa_id: sender.from }],
              messages: [{ from: sender.from, id: messageId, timestamp: String(Math.floor(sentAtMs / 1000)), ...message }],
            },
          },
        ],
      },
    ],
  };
  return { messageId, body };
}

/** The `message` part of each WhatsApp kind the relay reads. */
export const whatsappContent = {
  text: (text: string) => ({ type: 'text', text: { body: text } }),
  listReply: (id: string, title: string) => ({ type: 'interactive', interactive: { type: 'list_reply', list_reply: { id, title, description: '' } } }),
  buttonReply: (id: string, title: string) => ({ type: 'interactive', interactive: { type: 'button_reply', button_reply: { id, title } } }),
  location: (latitude: number, longitude: number, name: string, address: string) => ({ type: 'location', location: { latitude, longitude, name, address } }),
  order: (catalogId: string, items: { retailerId: string; quantity: number; price: number }[]) => ({
    type: 'order',
    order: { catalog_id: catalogId, text: '', product_items: items.map((i) => ({ product_retailer_id: i.retailerId, quantity: i.quantity, item_price: i.price, currency: 'BRL' })) },
  }),
};

/**
 * A status of a message the business sent: `delivered` (carries no customer message), or `failed`
 * with WhatsApp's error when `failure` is given (how Meta reports many refusals after accepting).
 */
export function whatsappStatusWebhook(
  phoneNumberId: string,
  recipient: string,
  sentAtMs: number,
  status: { messageId?: string; failure?: { code: number; title: string; details: string } } = {},
): unknown {
  const { messageId = newWamid(), failure } = status;
  const value = {
    id: messageId,
    status: failure ? 'failed' : 'delivered',
    timestamp: String(Math.floor(sentAtMs / 1000)),
    recipient_id: recipient,
    ...(failure ? { errors: [{ code: failure.code, title: failure.title, message: failure.title, error_data: { details: failure.details } }] } : {}),
  };
  return {
    object: 'whatsapp_business_account',
    entry: [{ id: '102290129340398', changes: [{ field: 'messages', value: { messaging_product: 'whatsapp', metadata: { display_phone_number: '5511999990000', phone_number_id: phoneNumberId }, statuses: [value] } }] }],
  };
}

/** Messenger (`page`) and Instagram (`instagram`) share the `entry[].messaging[]` shape. */
export function messagingWebhook(
  object: 'page' | 'instagram',
  accountId: string,
  senderId: string,
  sentAtMs: number,
  message: { text: string; quickReplyPayload?: string; isEcho?: boolean },
): { messageId: string; body: unknown } {
  const messageId = `m_${crypto.randomBytes(24).toString('base64url')}`;
  const echo = message.isEcho === true;
  const body = {
    object,
    entry: [
      {
        id: accountId,
        time: sentAtMs,
        messaging: [
          {
            sender: { id: echo ? accountId : senderId },
            recipient: { id: echo ? senderId : accountId },
            timestamp: sentAtMs,
            message: {
              mid: messageId,
              text: message.text,
              ...(message.quickReplyPayload ? { quick_reply: { payload: message.quickReplyPayload } } : {}),
              ...(echo ? { is_echo: true } : {}),
            },
          },
        ],
      },
    ],
  };
  return { messageId, body };
}
