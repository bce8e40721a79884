import type { ChatChannel, ChatOutboundMessage } from '../../../appliance/contract/index.js';

/** Messenger and Instagram cap quick replies at 13, and their titles at 20 characters. */
const MAX_QUICK_REPLIES = 13;
const QUICK_REPLY_TITLE = 20;
/** Messenger takes texts of up to 2,000 characters, Instagram of up to 1,000 bytes (UTF-8). */
const TEXT_LIMIT = {
  MESSENGER: { max: 2000, size: (char: string) => char.length },
  INSTAGRAM: { max: 1000, size: (char: string) => Buffer.byteLength(char) },
} as const;

/** A file sent in a multipart Graph request (a media upload, a Messenger attachment). */
export interface GraphFile {
  bytes: Buffer;
  type: string;
  name: string;
}

export interface GraphRequest {
  /** Relative to the Graph base URL (which carries the version). */
  path: string;
  /** JSON; with `files`, multipart form fields (objects as JSON text, as Meta's examples send them). */
  body: Record<string, unknown>;
  files?: Record<string, GraphFile>;
}

/** What a QR_IMAGE reply needs besides the message: WhatsApp's uploaded media id, or the PNG for a Messenger attachment. */
export type ReplyImage = { whatsappMediaId: string } | { png: Buffer };

/** Thrown for a reply a channel cannot carry at all (Messenger and Instagram have no templates). */
export class UnsendableReply extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
  }
}

function whatsappMessage(message: ChatOutboundMessage, image: ReplyImage | undefined): Record<string, unknown> {
  switch (message.kind) {
    case 'QR_IMAGE':
      if (!image || !('whatsappMediaId' in image)) throw new Error('a WhatsApp image is uploaded before it is sent');
      return { type: 'image', image: { id: image.whatsappMediaId, ...(message.caption ? { caption: message.caption } : {}) } };
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

/**
 * A text cut into parts the platform takes, in order, each ending after the last space that fits so
 * no word is split; a word longer than a whole part is cut at a whole code point. The parts joined
 * give the text back exactly.
 */
export function splitText(text: string, max: number, size: (char: string) => number): string[] {
  const parts: string[] = [];
  let start = 0;
  let used = 0;
  let afterSpace = -1;
  let index = 0;
  for (const char of text) {
    const cost = size(char);
    if (used + cost > max) {
      const end = afterSpace > start ? afterSpace : index;
      parts.push(text.slice(start, end));
      start = end;
      // What was read past the cut opens the next part.
      used = [...text.slice(end, index)].reduce((sum, carried) => sum + size(carried), 0);
      afterSpace = -1;
    }
    used += cost;
    index += char.length;
    if (/\s/.test(char)) afterSpace = index;
  }
  parts.push(text.slice(start));
  return parts;
}

/**
 * LIST rows and BUTTONS become quick replies under the text: the closest Messenger and Instagram
 * have. A text over the platform's limit goes as several messages, the quick replies with the last.
 */
function messengerMessages(channel: keyof typeof TEXT_LIMIT, message: ChatOutboundMessage): Record<string, unknown>[] {
  if (message.kind === 'QR_IMAGE') throw new Error('a Messenger image goes as a multipart attachment');
  const { max, size } = TEXT_LIMIT[channel];
  const choices = (text: string, options: { id: string; title: string }[]) => {
    const parts = splitText(text, max, size).map((part) => ({ text: part }));
    const quickReplies = options.slice(0, MAX_QUICK_REPLIES).map((o) => ({ content_type: 'text', title: o.title.slice(0, QUICK_REPLY_TITLE), payload: o.id }));
    if (quickReplies.length > 0) Object.assign(parts[parts.length - 1], { quick_replies: quickReplies });
    return parts;
  };
  switch (message.kind) {
    case 'TEXT':
      return choices(message.text, []);
    case 'LIST':
      return choices(message.body, message.sections.flatMap((section) => section.rows));
    case 'BUTTONS':
      return choices(message.body, message.buttons);
    case 'TEMPLATE':
      throw new UnsendableReply('TEMPLATE_NOT_SUPPORTED', 'Messenger and Instagram have no message templates');
  }
}

/**
 * The Graph API calls that send one reply, in order: WhatsApp `POST /{phone-number-id}/messages`,
 * Messenger and Instagram `POST /{page-or-ig-id}/messages` with the account's token; one call but
 * for a Messenger or Instagram text over the platform's limit.
 */
export function graphRequests(channel: ChatChannel, platformAccountId: string, recipient: string, message: ChatOutboundMessage, image?: ReplyImage): GraphRequest[] {
  const path = `/${encodeURIComponent(platformAccountId)}/messages`;
  if (channel === 'WHATSAPP') {
    return [{ path, body: { messaging_product: 'whatsapp', recipient_type: 'individual', to: recipient, ...whatsappMessage(message, image) } }];
  }
  if (message.kind === 'QR_IMAGE') {
    // Instagram's Send API takes images by public URL only, which the relay does not host.
    if (channel === 'INSTAGRAM') throw new UnsendableReply('IMAGE_NOT_SUPPORTED', 'Instagram takes images by public URL only');
    if (!image || !('png' in image)) throw new Error('a Messenger image needs its PNG');
    // The Send API's attachment upload: the message names an image attachment, `filedata` carries it.
    return [
      {
        path,
        body: { recipient: { id: recipient }, messaging_type: 'RESPONSE', message: { attachment: { type: 'image', payload: { is_reusable: false } } } },
        files: { filedata: { bytes: image.png, type: 'image/png', name: 'pix-qrcode.png' } },
      },
    ];
  }
  // Outside the 24-hour window a tagged message (an order update, a person's reply within 7 days).
  const tagged = message.kind === 'TEXT' && message.tag ? { messaging_type: 'MESSAGE_TAG', tag: message.tag } : { messaging_type: 'RESPONSE' };
  return messengerMessages(channel, message).map((part) => ({ path, body: { recipient: { id: recipient }, ...tagged, message: part } }));
}

/** WhatsApp Cloud API media upload: `POST /{phone-number-id}/media`, multipart `messaging_product`, `type`, `file`; answers `{id}`. */
export function whatsappMediaUpload(phoneNumberId: string, png: Buffer): GraphRequest {
  return {
    path: `/${encodeURIComponent(phoneNumberId)}/media`,
    body: { messaging_product: 'whatsapp', type: 'image/png' },
    files: { file: { bytes: png, type: 'image/png', name: 'pix-qrcode.png' } },
  };
}
