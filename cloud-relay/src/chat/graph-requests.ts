import type { ChatChannel, ChatOutboundMessage } from '../../../appliance/contract/index.js';

/** Messenger and Instagram cap quick replies at 13, and their titles at 20 characters. */
const MAX_QUICK_REPLIES = 13;
const QUICK_REPLY_TITLE = 20;

export interface GraphRequest {
  /** Relative to the Graph base URL (which carries the version). */
  path: string;
  body: Record<string, unknown>;
}

/** Thrown for a reply a channel cannot carry at all (Messenger and Instagram have no templates). */
export class UnsendableReply extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
  }
}

function whatsappMessage(message: ChatOutboundMessage): Record<string, unknown> {
  switch (message.kind) {
    case 'TEXT':
      return { type: 'text', text: { body: message.text, preview_url: false } };
    case 'LIST':
      return {
        type: 'interactive',
        interactive: {
          type: 'list',
          body: { text: message.body },
          action: {
            button: message.button,
            sections: message.sections.map((section) => ({
              title: section.title,
              rows: section.rows.map((row) => ({ id: row.id, title: row.title, ...(row.description ? { description: row.description } : {}) })),
            })),
          },
        },
      };
    case 'BUTTONS':
      return {
        type: 'interactive',
        interactive: { type: 'button', body: { text: message.body }, action: { buttons: message.buttons.map((b) => ({ type: 'reply', reply: { id: b.id, title: b.title } })) } },
      };
    case 'TEMPLATE':
      return {
        type: 'template',
        template: {
          name: message.name,
          language: { code: message.language },
          ...(message.parameters.length > 0 ? { components: [{ type: 'body', parameters: message.parameters.map((text) => ({ type: 'text', text })) }] } : {}),
        },
      };
  }
}

/** LIST rows and BUTTONS become quick replies under the text: the closest Messenger and Instagram have. */
function messengerMessage(message: ChatOutboundMessage): Record<string, unknown> {
  const choices = (text: string, options: { id: string; title: string }[]) => ({
    text,
    quick_replies: options.slice(0, MAX_QUICK_REPLIES).map((o) => ({ content_type: 'text', title: o.title.slice(0, QUICK_REPLY_TITLE), payload: o.id })),
  });
  switch (message.kind) {
    case 'TEXT':
      return { text: message.text };
    case 'LIST':
      return choices(message.body, message.sections.flatMap((section) => section.rows));
    case 'BUTTONS':
      return choices(message.body, message.buttons);
    case 'TEMPLATE':
      throw new UnsendableReply('TEMPLATE_NOT_SUPPORTED', 'Messenger and Instagram have no message templates');
  }
}

/**
 * The Graph API call that sends one reply: WhatsApp `POST /{phone-number-id}/messages`, Messenger
 * and Instagram `POST /{page-or-ig-id}/messages` with the account's token.
 */
export function graphRequest(channel: ChatChannel, platformAccountId: string, recipient: string, message: ChatOutboundMessage): GraphRequest {
  const path = `/${encodeURIComponent(platformAccountId)}/messages`;
  if (channel === 'WHATSAPP') {
    return { path, body: { messaging_product: 'whatsapp', recipient_type: 'individual', to: recipient, ...whatsappMessage(message) } };
  }
  return { path, body: { recipient: { id: recipient }, messaging_type: 'RESPONSE', message: messengerMessage(message) } };
}
