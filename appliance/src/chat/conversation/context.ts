import type { ChatChannel, ChatOutboundMessage } from '../../../contract/chat.js';

/** One line of the cart a chat customer is building, as the parser read it. */
export interface CartLine {
  productId: string;
  quantity: number;
  optionIds: string[];
  notes: string | null;
  /**
   * Which of the customer's messages added or last corrected the line, counted up per cart: a
   * correction naming no product ("na verdade são 2") is about the latest. Absent in carts saved before.
   */
  addedIn?: number;
}

export const FULFILMENTS = ['DELIVERY', 'PICKUP'] as const;
export type Fulfilment = (typeof FULFILMENTS)[number];
export const CHAT_PAYMENT_METHODS = ['PIX', 'CARD', 'CASH'] as const;
export type ChatPaymentMethod = (typeof CHAT_PAYMENT_METHODS)[number];

/** The one question the bot waits an answer to; each has the reply ids its buttons or rows carry. */
export type PendingQuestion =
  | { kind: 'CONSENT' }
  | { kind: 'UNRESOLVED'; words: string[] }
  /** `later`: the message's other unclear words, asked about once this one is picked (absent in older contexts). */
  | { kind: 'PICK_PRODUCT'; word: string; productIds: string[]; later?: string[] }
  | { kind: 'OPTION'; line: number; groupId: string }
  /** "na verdade são 2" after a message that added several lines: which of `lines` (cart positions) becomes `quantity`. */
  | { kind: 'PICK_LINE'; quantity: number; lines: number[] }
  | { kind: 'FULFILMENT' }
  | { kind: 'ADDRESS' }
  | { kind: 'PAYMENT' }
  | { kind: 'CHANGE' }
  /** `totalCents`: what the summary quoted; the order is placed only at that total. */
  | { kind: 'CONFIRM'; totalCents: number }
  /**
   * `resume`: the question the fee question came in front of, asked again once the fee is
   * answered; absent in contexts saved before it was kept.
   */
  | { kind: 'FEE_ADDRESS'; resume?: PendingQuestion | null };

export interface DeliveryAddress {
  text: string;
  latitude: number | null;
  longitude: number | null;
}

/** What the conversation remembers between messages (and restarts): sealed, it holds the address. */
export interface ConversationContext {
  cart: CartLine[];
  pending: PendingQuestion | null;
  /** The first message, kept while the consent question is answered, then read. */
  heldText: string | null;
  fulfilment: Fulfilment | null;
  address: DeliveryAddress | null;
  deliveryFeeCents: number | null;
  payment: ChatPaymentMethod | null;
  changeForCents: number | null;
}

export const emptyContext = (): ConversationContext => ({
  cart: [],
  pending: null,
  heldText: null,
  fulfilment: null,
  address: null,
  deliveryFeeCents: null,
  payment: null,
  changeForCents: null,
});

export const CONVERSATION_STATUSES = ['BOT', 'HANDED_OVER'] as const;
export type ConversationStatus = (typeof CONVERSATION_STATUSES)[number];
export type ConsentState = 'ASKED' | 'GRANTED' | 'DENIED' | null;

export interface Conversation {
  id: string;
  channel: ChatChannel;
  contactId: string;
  userId: string;
  profileName: string | null;
  customerId: string | null;
  consent: ConsentState;
  status: ConversationStatus;
  waitingSince: string | null;
  context: ConversationContext;
  lastInboundAt: string;
  createdAt: string;
  updatedAt: string;
}

export type MessageAuthor = 'CUSTOMER' | 'BOT' | 'STAFF';

/** One message of the thread: what the customer sent (its content) or what the store queued. */
export interface ThreadMessage {
  id: string;
  direction: 'IN' | 'OUT';
  author: MessageAuthor;
  staffId: string | null;
  /** The customer's words (a TEXT, a chosen reply's title, a shared location) or the store's message. */
  text: string;
  outbound: ChatOutboundMessage | null;
  failureCode: string | null;
  createdAt: string;
}
