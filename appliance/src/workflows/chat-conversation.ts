import { CHAT_MESSAGE_RECEIVED, CHAT_REPLY_FAILED, chatMessageReceivedSchema, chatReplyFailedSchema, type ChatInboundContent } from '../../contract/chat.js';
import { alreadyReceived, chatMenuOf, conversationFor, loadConversation, markReplyFailed, markWaiting, parseChatMessage, recordInbound } from '../chat/index.js';
import type { CommandTx } from '../kernel/journal/command-bus.js';
import type { ModuleContext } from '../kernel/module.js';
import type { DownstreamApplier, DownstreamMessage, DownstreamOutcome } from '../replication/index.js';
import { addLines, applyParsed, cartFromCatalog } from './chat-cart.js';
import { askConsent, greet, onConsent } from './chat-consent.js';
import { sendCategories, sendDeliveryFee, sendHours, sendOrderStatus } from './chat-info.js';
import { answerFee, answerLineNamed, answerPending, asksDeliveryFee, onAddress, onCancel, onReply, yesNo } from './chat-answers.js';
import { askNext } from './chat-steps.js';
import { ChatTurn } from './chat-turn.js';

type Content = ChatInboundContent;

/** A typed message: a person if asked for, the pending question's answer, else what the parser reads. */
function onText(turn: ChatTurn, text: string): void {
  const parsed = parseChatMessage(turn.menu, text);
  if (parsed.intent === 'HUMAN') {
    turn.text('CHAT_HANDED_OVER');
    return turn.handOver();
  }
  if (turn.context.pending?.kind === 'CONSENT') {
    const consent = yesNo(text);
    if (consent !== null) return onConsent(turn, consent, onText);
    // Asked once: a customer who writes something else is simply answered.
    Object.assign(turn.context, { pending: null, heldText: null });
  }
  // While the bot asks which line a bare correction is about, naming one of them answers it.
  if (answerLineNamed(turn, parsed.items.map((item) => item.productId))) return;
  // An address reads like an order of things the menu lacks ("Rua Teodoro Sampaio, 50"): while one
  // is asked for, only a message naming real products (to add or take back) is an order.
  const pending = turn.context.pending?.kind;
  const changesCart = parsed.items.length > 0 || parsed.removedProductIds.length > 0 || parsed.correctedQuantity !== null;
  const ordering = parsed.intent === 'ORDER' && (changesCart || (pending !== 'ADDRESS' && pending !== 'FEE_ADDRESS'));
  if (!ordering && answerPending(turn, text)) return;
  if (!ordering && asksDeliveryFee(turn, text)) return;
  switch (parsed.intent) {
    case 'ORDER': {
      const { cart, question } = applyParsed(turn.menu, turn.context.cart, parsed);
      turn.context.cart = cart;
      turn.context.pending = question;
      return askNext(turn);
    }
    case 'CANCEL':
      return onCancel(turn);
    case 'MENU':
      return sendCategories(turn);
    case 'STATUS':
      return sendOrderStatus(turn);
    case 'HOURS':
      return sendHours(turn);
    case 'GREETING':
      greet(turn);
      return turn.context.cart.length > 0 ? askNext(turn) : undefined;
    default:
      return turn.context.pending ? askNext(turn) : turn.text('CHAT_HELP');
  }
}

function answer(turn: ChatTurn, content: Content): void {
  if (turn.conversation.consent === null) return askConsent(turn, content.kind === 'TEXT' ? content.text : null);
  switch (content.kind) {
    case 'TEXT':
      return onText(turn, content.text);
    case 'REPLY':
      if (content.replyId.startsWith('consent:')) return onConsent(turn, content.replyId === 'consent:yes', onText);
      return onReply(turn, content.replyId);
    case 'LOCATION': {
      const address = { text: content.address ?? content.name ?? `${content.latitude}, ${content.longitude}`, latitude: content.latitude, longitude: content.longitude };
      const pending = turn.context.pending;
      if (pending?.kind === 'ADDRESS') return onAddress(turn, address);
      if (pending?.kind === 'FEE_ADDRESS') return answerFee(turn, address, pending.resume ?? null);
      return sendDeliveryFee(turn, address);
    }
    case 'CART': {
      const { lines, unknown } = cartFromCatalog(turn.menu, content);
      addLines(turn.context.cart, lines);
      turn.context.pending = unknown.length > 0 ? { kind: 'UNRESOLVED', words: unknown } : null;
      return askNext(turn);
    }
    case 'UNSUPPORTED':
      return turn.text('CHAT_UNSUPPORTED');
  }
}

/**
 * A customer's message as the relay delivers it: applied once per platform message id (a
 * redelivery changes nothing, HQ's after a backup restore included), kept in the thread, and
 * answered by the bot in the same transaction, unless a person has the conversation.
 */
function receive(ctx: ModuleContext, tx: CommandTx, message: DownstreamMessage): DownstreamOutcome {
  const parsed = chatMessageReceivedSchema.safeParse(message.payload);
  if (!parsed.success) return 'ignored';
  const inbound = parsed.data;
  if (alreadyReceived(tx.db, { platformMessageId: inbound.messageId, relayMessageId: message.id })) return 'applied';
  let conversation = conversationFor(tx, inbound);
  if (conversation.status === 'HANDED_OVER') {
    markWaiting(tx, conversation.id);
    conversation = loadConversation(tx.db, conversation.id);
  }
  recordInbound(tx, conversation, inbound, message.id);
  if (conversation.status === 'HANDED_OVER') return 'applied';
  const turn = new ChatTurn(tx, ctx, conversation, chatMenuOf(ctx).current());
  answer(turn, inbound.content);
  turn.save();
  return 'applied';
}

/** Chat messages and refused replies pushed by the relay (docs/chat.md, "Conversations"). */
export function createChatApplier(ctx: ModuleContext): DownstreamApplier {
  return {
    types: [CHAT_MESSAGE_RECEIVED, CHAT_REPLY_FAILED],
    apply(tx, message) {
      if (message.type === CHAT_MESSAGE_RECEIVED) return receive(ctx, tx, message);
      const failed = chatReplyFailedSchema.safeParse(message.payload);
      return failed.success && markReplyFailed(tx, failed.data.replyId, failed.data.code) ? 'applied' : 'ignored';
    },
  };
}
