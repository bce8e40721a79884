import type { ApplianceModule } from '../kernel/module.js';
import { ChatMenuCache, type ChatMenuPortFactory } from './menu-port.js';
import { registerChatRoutes } from './routes.js';

export type { ChatMenuPort, ChatMenuPortFactory } from './menu-port.js';
export type { ChatMenu, ChatMenuProduct } from './parser/menu.js';
export { MenuIndex } from './parser/menu-index.js';
export { CHAT_INTENTS, type ChatIntent } from './parser/intent.js';
export { parseChatMessage, type ParsedItem, type ParsedMessage } from './parser/parse.js';

/**
 * Ordering by chat (docs/chat.md): the menu-aware pt-BR order parser. The menu comes through the
 * port given here (the catalog, by a workflow), so the module never reads another module's tables.
 */
export function createChatModule(options: { menu: ChatMenuPortFactory }): ApplianceModule {
  return {
    name: 'chat',
    register(ctx) {
      registerChatRoutes(ctx, new ChatMenuCache(options.menu(ctx)));
    },
  };
}
