import { z } from 'zod';

/**
 * What the Graph API accepts from a business, with WhatsApp's documented limits: text body ≤ 4,096;
 * interactive body ≤ 1,024; list button ≤ 20, ≤ 10 sections and ≤ 10 rows in all, row titles ≤ 24,
 * descriptions ≤ 72, section titles ≤ 24; reply buttons 1–3 with titles ≤ 20. Messenger and
 * Instagram: text ≤ 2,000 and ≤ 13 quick replies with titles ≤ 20.
 */
const whatsappText = z.object({ type: z.literal('text'), text: z.object({ body: z.string().min(1).max(4096), preview_url: z.boolean().optional() }) });

const whatsappList = z.object({
  type: z.literal('interactive'),
  interactive: z.object({
    type: z.literal('list'),
    body: z.object({ text: z.string().min(1).max(1024) }),
    action: z.object({
      button: z.string().min(1).max(20),
      sections: z
        .array(z.object({ title: z.string().max(24).optional(), rows: z.array(z.object({ id: z.string().min(1).max(200), title: z.string().min(1).max(24), description: z.string().max(72).optional() })).min(1) }))
        .min(1)
        .max(10)
        .refine((sections) => sections.reduce((n, s) => n + s.rows.length, 0) <= 10, 'a list has at most 10 rows in all'),
    }),
  }),
});

const whatsappButtons = z.object({
  type: z.literal('interactive'),
  interactive: z.object({
    type: z.literal('button'),
    body: z.object({ text: z.string().min(1).max(1024) }),
    action: z.object({ buttons: z.array(z.object({ type: z.literal('reply'), reply: z.object({ id: z.string().min(1).max(256), title: z.string().min(1).max(20) }) })).min(1).max(3) }),
  }),
});

const whatsappTemplate = z.object({
  type: z.literal('template'),
  template: z.object({ name: z.string().min(1).max(512), language: z.object({ code: z.string().min(2) }), components: z.array(z.unknown()).optional() }),
});

/** An image by uploaded media id or by link (exactly one), caption ≤ 1,024. */
const whatsappImage = z.object({
  type: z.literal('image'),
  image: z
    .object({ id: z.string().min(1).optional(), link: z.url().optional(), caption: z.string().max(1024).optional() })
    .refine((image) => (image.id === undefined) !== (image.link === undefined), 'an image has an id or a link'),
});

const whatsappEnvelope = z.object({ messaging_product: z.literal('whatsapp'), recipient_type: z.literal('individual').optional(), to: z.string().regex(/^\d{8,15}$/) });

export const whatsappSend = z.union([
  whatsappEnvelope.and(whatsappText),
  whatsappEnvelope.and(whatsappList),
  whatsappEnvelope.and(whatsappButtons),
  whatsappEnvelope.and(whatsappTemplate),
  whatsappEnvelope.and(whatsappImage),
]);

/** WhatsApp media upload fields (the file is checked apart): images are JPEG or PNG up to 5 MB. */
export const whatsappMediaFields = z.object({ messaging_product: z.literal('whatsapp'), type: z.enum(['image/png', 'image/jpeg']) });
export const WHATSAPP_IMAGE_MAX_BYTES = 5 * 1024 * 1024;
/** Messenger attachments are up to 25 MB. */
export const MESSENGER_ATTACHMENT_MAX_BYTES = 25 * 1024 * 1024;

export const MESSAGE_TAGS = ['CONFIRMED_EVENT_UPDATE', 'POST_PURCHASE_UPDATE', 'ACCOUNT_UPDATE', 'HUMAN_AGENT'] as const;

export const messengerSend = z.object({
  recipient: z.object({ id: z.string().min(1) }),
  messaging_type: z.enum(['RESPONSE', 'UPDATE', 'MESSAGE_TAG']),
  tag: z.enum(MESSAGE_TAGS).optional(),
  message: z.union([
    z.object({
      text: z.string().min(1).max(2000),
      quick_replies: z.array(z.object({ content_type: z.literal('text'), title: z.string().min(1).max(20), payload: z.string().min(1).max(1000) })).max(13).optional(),
    }),
    // An attachment uploaded with the send (multipart `filedata`), or named by URL.
    z.object({ attachment: z.object({ type: z.enum(['image', 'audio', 'video', 'file']), payload: z.object({ is_reusable: z.boolean().optional(), url: z.url().optional() }) }) }).strict(),
  ]),
});

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const JPEG_SIGNATURE = Buffer.from([0xff, 0xd8, 0xff]);

/** The image type the bytes really are (by their signature), or null. */
export function imageTypeOf(bytes: Buffer): 'image/png' | 'image/jpeg' | null {
  if (bytes.subarray(0, 8).equals(PNG_SIGNATURE)) return 'image/png';
  if (bytes.subarray(0, 3).equals(JPEG_SIGNATURE)) return 'image/jpeg';
  return null;
}

const fbtraceId = () => `A${Math.random().toString(36).slice(2, 12)}`;

/** Meta's error body: `{error: {message, type, code, error_data, fbtrace_id}}`. */
export function graphError(code: number, message: string, details?: string, errorSubcode?: number) {
  return {
    error: {
      message,
      type: 'OAuthException',
      code,
      ...(errorSubcode ? { error_subcode: errorSubcode } : {}),
      ...(details ? { error_data: { messaging_product: 'whatsapp', details } } : {}),
      fbtrace_id: fbtraceId(),
    },
  };
}

export const GRAPH_ERRORS = {
  invalidToken: () => graphError(190, 'Invalid OAuth access token - Cannot parse access token'),
  invalidParameter: (details: string) => graphError(131009, '(#131009) Parameter value is not valid', details),
  reEngagement: () => graphError(131047, 'Re-engagement message', 'Message failed to send because more than 24 hours have passed since the customer last replied to this number.'),
  messengerInvalidParameter: (details: string) => graphError(100, '(#100) Invalid parameter', details),
  mediaNotFound: () => graphError(131053, 'Media upload error', 'The media id is unknown to this phone number.'),
  messengerOutsideWindow: () => graphError(10, '(#10) This message is sent outside of allowed window.', undefined, 2018278),
  temporary: () => graphError(2, 'Service temporarily unavailable'),
};
