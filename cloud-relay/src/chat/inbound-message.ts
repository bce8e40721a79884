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

/** The contract caps texts and titles; platforms allow as much or less, so this only guards. */
export const clip = (text: string, max: number) => (text.length > max ? text.slice(0, max) : text);

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
