import { listSellableProducts, type SaleProduct } from '../catalog/index.js';
import type { ChatMenu, ChatMenuPort, ChatMenuProduct } from '../chat/index.js';
import type { ModuleContext } from '../kernel/module.js';

/** The channels a chat order is delivered or picked up on: what the chat menu offers. */
const CHAT_CHANNELS = new Set(['DELIVERY', 'TAKEOUT']);

/** What a chat customer can order: sellable now, on delivery or takeout, and counted in units. */
export function chatMenuOf(products: readonly SaleProduct[]): ChatMenu {
  return {
    products: products
      .filter((p) => p.unit === 'UNIT' && p.channels.some((c) => CHAT_CHANNELS.has(c)))
      .map(
        (p): ChatMenuProduct => ({
          id: p.id,
          sku: p.sku,
          name: p.name,
          aliases: p.aliases,
          type: p.type,
          maxFractions: p.composite?.maxFractions ?? null,
          optionGroups: p.optionGroups.map((g) => ({ ...g, options: g.options.map((o) => ({ id: o.id, name: o.name, productId: o.productId })) })),
        }),
      ),
  };
}

/** The chat module's menu: the live catalog, re-read after any catalog event (prices, aliases, availability). */
export function catalogChatMenu(ctx: ModuleContext): ChatMenuPort {
  return {
    read: () => chatMenuOf(listSellableProducts(ctx.db)),
    onChange(listener) {
      // In the catalog change's own transaction: with group-fsync the batches after it (a chat
      // message parsed in its command) run before the change is acknowledged, and must parse
      // against the new menu. Again once committed, in case the menu was rebuilt from a batch whose
      // COMMIT then failed.
      ctx.commands.react('catalog.*', () => listener());
      ctx.events.subscribe('chat-menu', 'catalog.*', listener);
    },
  };
}
