import { prepareCached } from '../../kernel/db/statements.js';
import type { Db } from '../../kernel/db/open.js';
import type { CommandTx } from '../../kernel/journal/command-bus.js';
import { vaultOf } from '../../kernel/pii/vault.js';
import type { ChatPaymentMethod, DeliveryAddress, Fulfilment } from './context.js';
import { sealedChat } from './sealed.js';

export interface ChatOrder {
  orderId: string;
  conversationId: string;
  fulfilment: Fulfilment;
  paymentMethod: ChatPaymentMethod;
  changeForCents: number | null;
  deliveryFeeCents: number;
  /** Where the courier takes it, as the customer wrote it or shared it (null for pickup). */
  deliveryAddress: DeliveryAddress | null;
  createdAt: string;
}

interface ChatOrderRow {
  order_id: string;
  conversation_id: string;
  fulfilment: Fulfilment;
  payment_method: ChatPaymentMethod;
  change_for_cents: number | null;
  delivery_fee_cents: number;
  delivery_address: string | null;
  created_at: string;
}

const toChatOrder = (db: Db, row: ChatOrderRow): ChatOrder => ({
  orderId: row.order_id,
  conversationId: row.conversation_id,
  fulfilment: row.fulfilment,
  paymentMethod: row.payment_method,
  changeForCents: row.change_for_cents,
  deliveryFeeCents: row.delivery_fee_cents,
  deliveryAddress: row.delivery_address ? (JSON.parse(sealedChat.deliveryAddress.open(vaultOf(db).keyring, row.order_id, row.delivery_address)) as DeliveryAddress) : null,
  createdAt: row.created_at,
});

/** A store order the conversation placed: how it is handed over and paid; journaled as `chat.order_placed`. */
export function recordChatOrder(tx: CommandTx, order: Omit<ChatOrder, 'createdAt'>): ChatOrder {
  const address = order.deliveryAddress ? sealedChat.deliveryAddress.seal(vaultOf(tx.db).keyring, order.orderId, JSON.stringify(order.deliveryAddress)) : null;
  tx.prepare('INSERT INTO chat_orders (order_id, conversation_id, fulfilment, payment_method, change_for_cents, delivery_fee_cents, delivery_address, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
    .run(order.orderId, order.conversationId, order.fulfilment, order.paymentMethod, order.changeForCents, order.deliveryFeeCents, address, tx.nowIso);
  tx.emit({
    type: 'chat.order_placed',
    aggregateType: 'chat_conversation',
    aggregateId: order.conversationId,
    payload: { conversationId: order.conversationId, orderId: order.orderId, fulfilment: order.fulfilment, paymentMethod: order.paymentMethod, deliveryFeeCents: order.deliveryFeeCents },
  });
  return { ...order, createdAt: tx.nowIso };
}

export function findChatOrder(db: Db, orderId: string): ChatOrder | null {
  const row = prepareCached(db, 'SELECT * FROM chat_orders WHERE order_id = ?').get(orderId) as ChatOrderRow | undefined;
  return row ? toChatOrder(db, row) : null;
}

/** The conversation's latest order ("cadê meu pedido?"). */
export function latestChatOrder(db: Db, conversationId: string): ChatOrder | null {
  return listChatOrders(db, conversationId, 1)[0] ?? null;
}

/** The conversation's orders, latest first: how each is handed over and paid, and where it goes. */
export function listChatOrders(db: Db, conversationId: string, limit: number): ChatOrder[] {
  const rows = prepareCached(db, 'SELECT * FROM chat_orders WHERE conversation_id = ? ORDER BY created_at DESC, rowid DESC LIMIT ?').all(conversationId, limit) as ChatOrderRow[];
  return rows.map((row) => toChatOrder(db, row));
}
