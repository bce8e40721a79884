import type { ChatChannel, ChatInboundContent } from '../../../appliance/contract/index.js';

/** One customer message as a webhook carried it, before it is routed to its store. */
export interface InboundChatMessage {
  channel: ChatChannel;
  /** The phone-number id, page id or Instagram account id the message was sent to. */
  platformAccountId: string;
  messageId: string;
  userId: string;
  profileName: string | null;
  /** UTC ISO. */
  sentAt: string;
  content: ChatInboundContent;
}

/** Half of a surrogate pair with no other half: no character, and Postgres' jsonb refuses it. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * A text the platform sent, as the relay stores it. The contract caps texts and titles in UTF-16
 * units; platforms allow as much or less, so the cut only guards, and never splits an emoji. A lone
 * surrogate becomes U+FFFD: stored as it is, it would fail the whole delivery, and every redelivery.
 */
export function clip(text: string, max: number): string {
  const whole = text.replace(LONE_SURROGATE, '\ufffd');
  if (whole.length <= max) return whole;
  const cut = whole.slice(0, max);
  const last = cut.charCodeAt(max - 1);
  return last >= 0xd800 && last <= 0xdbff ? cut.slice(0, -1) : cut;
}

/** A reply the platform accepted and reported later as not delivered (a WhatsApp `failed` status). */
export interface SendFailure {
  channel: ChatChannel;
  platformMessageId: string;
  code: string;
  detail: string | null;
}

/** What one Meta delivery carries for the relay. */
export interface MetaDelivery {
  messages: InboundChatMessage[];
  failures: SendFailure[];
}
