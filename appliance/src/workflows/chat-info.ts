import { listSellableProducts, type SaleProduct } from '../catalog/index.js';
import { latestChatOrder, type DeliveryAddress } from '../chat/index.js';
import { formatBrl } from '../kernel/money.js';
import { getOrder } from '../orders/index.js';
import { loadActivePricingRules, priceLines, type PricingRule } from '../pricing/index.js';
import { quoteChatDelivery } from './chat-delivery-fee.js';
import type { ChatTurn } from './chat-turn.js';
import { readStoreProfile } from './store-profile.js';

/** The menu's categories that have something to order by chat, as an interactive list. */
export function sendCategories(turn: ChatTurn): void {
  const orderable = new Set(turn.menu.products.keys());
  const categories = new Map<string, string>();
  for (const product of listSellableProducts(turn.tx.db)) if (orderable.has(product.id)) categories.set(product.categoryId, product.categoryName);
  if (categories.size === 0) return turn.text('CHAT_MENU_EMPTY');
  turn.list(turn.t('CHAT_MENU_BODY'), turn.t('CHAT_MENU_BUTTON'), [...categories].map(([id, name]) => ({ id: `cat:${id}`, title: name })));
}

type ChatSaleChannel = 'DELIVERY' | 'TAKEOUT';

/** The channels a chat order of this product may be sold on: the one the customer chose, else both the product is on. */
function menuChannels(turn: ChatTurn, product: SaleProduct): ChatSaleChannel[] {
  const { fulfilment } = turn.context;
  if (fulfilment) return [fulfilment === 'DELIVERY' ? 'DELIVERY' : 'TAKEOUT'];
  return (['DELIVERY', 'TAKEOUT'] as const).filter((channel) => (product.channels as readonly string[]).includes(channel));
}

/** One unit on `channel`, priced now by the store's rules as the chat order's line will be (the delivery markup, a happy hour). */
function unitPriceOn(turn: ChatTurn, product: SaleProduct, channel: ChatSaleChannel, rules: readonly PricingRule[]): number {
  const line = { key: product.id, productId: product.id, categoryId: product.categoryId, ancestorCategoryIds: product.ancestorCategoryIds, quantity: 1, unit: 'UNIT' as const, listUnitPriceCents: product.priceCents };
  return priceLines([line], { channel, at: turn.tx.now, timeZone: turn.ctx.config.timeZone }, rules)[0].totalCents;
}

/**
 * The price the chat will charge for one unit: one figure when it is the same however the order
 * is fulfilled, else the delivery and pickup prices side by side (the customer chooses later).
 */
function menuPriceText(turn: ChatTurn, product: SaleProduct, rules: readonly PricingRule[]): string {
  const prices = menuChannels(turn, product).map((channel) => ({ channel, cents: unitPriceOn(turn, product, channel, rules) }));
  if (prices.every((p) => p.cents === prices[0].cents)) return formatBrl(prices[0]?.cents ?? product.priceCents);
  return prices.map((p) => turn.t(p.channel === 'DELIVERY' ? 'CHAT_MENU_PRICE_DELIVERY' : 'CHAT_MENU_PRICE_PICKUP', { price: formatBrl(p.cents) })).join(' · ');
}

/** One category's products with the prices the chat charges for them; choosing one puts it in the cart. */
export function sendCategoryProducts(turn: ChatTurn, categoryId: string): void {
  const products = listSellableProducts(turn.tx.db).filter((p) => p.categoryId === categoryId && turn.menu.products.has(p.id));
  if (products.length === 0) return sendCategories(turn);
  const rules = loadActivePricingRules(turn.tx.db);
  turn.list(
    turn.t('CHAT_MENU_PRODUCTS_BODY', { category: products[0].categoryName }),
    turn.t('CHAT_MENU_PRODUCTS_BUTTON'),
    products.map((p) => ({ id: `add:${p.id}`, title: p.name, description: `${menuPriceText(turn, p, rules)}${p.description ? ` · ${p.description}` : ''}` })),
  );
}

/** The store's name, address and opening hours, from its profile. */
export function sendHours(turn: ChatTurn): void {
  const profile = readStoreProfile(turn.tx.db, turn.ctx.config);
  const a = profile.address;
  const address = a ? `${a.street}, ${a.number}${a.complement ? ` ${a.complement}` : ''} - ${a.district}, ${a.city}/${a.uf}` : turn.t('CHAT_HOURS_UNKNOWN');
  turn.text('CHAT_HOURS', { store: profile.name, address, hours: profile.openingHours ?? turn.t('CHAT_HOURS_UNKNOWN') });
}

/** Where the customer's latest order is ("cadê meu pedido?"). */
export function sendOrderStatus(turn: ChatTurn): void {
  const placed = latestChatOrder(turn.tx.db, turn.conversation.id);
  const order = placed ? getOrder(turn.tx.db, placed.orderId) : null;
  if (!order) return turn.text('CHAT_STATUS_NONE');
  turn.text('CHAT_STATUS', { number: order.number, status: turn.t(`CHAT_STATUS_${order.status}`) });
}

/** The delivery fee for an address or a shared location, from the delivery zones. */
export function sendDeliveryFee(turn: ChatTurn, address: DeliveryAddress): void {
  const quote = quoteChatDelivery(turn.tx.db, address);
  if (!quote) return turn.text('CHAT_FEE_OUT_OF_AREA');
  turn.text('CHAT_FEE', { zone: quote.zoneName, fee: formatBrl(quote.feeCents), minutes: quote.estimateMinutes });
}
