import type { ApplianceModule } from '../kernel/module.js';
import { startHourlyRetention } from '../kernel/pii/hourly-retention.js';
import { registerConversationRoutes } from './conversation-routes.js';
import { conversationsPastRetention, forgetConversationsPastRetention } from './conversation/retention.js';
import { sealedChat } from './conversation/sealed.js';
import { ChatMenuCache, type ChatMenuPortFactory } from './menu-port.js';
import { chatMessages } from './messages.pt-BR.js';
import { chatMigrations } from './migrations.js';
import { registerChatRoutes } from './routes.js';

export type { ChatMenuPort, ChatMenuPortFactory } from './menu-port.js';
export type { ChatMenu, ChatMenuProduct } from './parser/menu.js';
export { MenuIndex } from './parser/menu-index.js';
export { CHAT_INTENTS, type ChatIntent } from './parser/intent.js';
export { fold as foldText } from './parser/normalise.js';
export { parseChatMessage, type ParsedItem, type ParsedMessage } from './parser/parse.js';
export { isOrderableQuantity, orderableQuantityOf } from './parser/quantities.js';
export {
  CHAT_PAYMENT_METHODS,
  emptyContext,
  FULFILMENTS,
  type CartLine,
  type ChatPaymentMethod,
  type Conversation,
  type ConversationContext,
  type DeliveryAddress,
  type Fulfilment,
  type PendingQuestion,
} from './conversation/context.js';
export {
  conversationFor,
  getConversation,
  handOver,
  loadConversation,
  markReplyFailed,
  markWaiting,
  queueReply,
  recordInbound,
  saveContext,
  setConsent,
} from './conversation/conversations.js';
export { alreadyReceived } from './conversation/thread.js';
export { CONVERSATION_RETENTION_DAYS } from './conversation/retention.js';
export { chatDataOfCustomer, forgetChatDataInBackup, forgetChatDataOfCustomer } from './conversation/customer-data.js';
export { findChatOrder, latestChatOrder, listChatOrders, recordChatOrder, type ChatOrder } from './conversation/chat-orders.js';
export { insideServiceWindow, queueStatusNotice, STATUS_TEMPLATES, type StatusTemplate } from './conversation/window.js';

/** A chat menu compiled once per catalog change, shared by the parse route and the conversation. */
const menus = new WeakMap<object, ChatMenuCache>();
export const chatMenuOf = (ctx: object): ChatMenuCache => {
  const menu = menus.get(ctx);
  if (!menu) throw new Error('chat module not registered');
  return menu;
};
export type { ChatMenuCache };

/**
 * Ordering by chat (docs/chat.md): the menu-aware pt-BR order parser and the conversations with
 * customers (state, thread, staff routes). The menu comes through the port given here (the
 * catalog, by a workflow), so the module never reads another module's tables; what the bot says
 * is decided in workflows/chat-*.ts.
 */
export function createChatModule(options: { menu: ChatMenuPortFactory }): ApplianceModule {
  let retention: NodeJS.Timeout | undefined;
  return {
    name: 'chat',
    migrations: chatMigrations,
    messages: { 'pt-BR': chatMessages },
    register(ctx) {
      for (const column of Object.values(sealedChat)) ctx.pii.register(column);
      const menu = new ChatMenuCache(options.menu(ctx));
      menus.set(ctx, menu);
      registerChatRoutes(ctx, menu);
      registerConversationRoutes(ctx);
    },
    start: async (ctx) => {
      retention = startHourlyRetention(ctx, { command: 'chat.forget_conversations', module: 'chat', isDue: conversationsPastRetention, forget: forgetConversationsPastRetention });
    },
    stop: async () => {
      clearInterval(retention);
    },
  };
}
