import type { Db } from '../../kernel/db/open.js';
import type { CommandTx } from '../../kernel/journal/command-bus.js';
import type { ChatPaymentMethod, Fulfilment } from './context.js';

export interface ChatOrder {
  orderId: string;
  conversationId: string;
  fulfilment: Fulfilment;
  paymentMethod: ChatPaymentMethod;
  changeForCents: number | null;
  deliveryFeeCents: number;
  createdAt: string;
}

interface ChatOrderRow {
  order_id: string;
  conversation_id: string;
  fulfilment: Fulfilment;
  payment_method: ChatPaymentMethod;
  change_for_cents: number | null;
  delivery_fee_cents: number;
  created_at: string;
}

const toChatOrder = (row: ChatOrderRow): ChatOrder => ({
  orderId: row.order_id,
  conversationId: row.conversation_id,
  fulfilment: row.fulfilment,
  paymentMethod: row.payment_method,
  changeForCents: row.change_for_cents,
  deliveryFeeCents: row.delivery_fee_cents,
  createdAt: row.created_at,
});

/** A store order the conversation placed: how it is handed over and paid; journaled as `chat.order_placed`. */
export function recordChatOrder(tx: CommandTx, order: Omit<ChatOrder, 'createdAt'>): ChatOrder {
  tx.prepare('INSERT INTO chat_orders (order_id, conversation_id, fulfilment, payment_method, change_for_cents, delivery_fee_cents, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
    .run(order.orderId, order.conversationId, order.fulfilment, order.paymentMethod, order.changeForCents, order.deliveryFeeCents, tx.nowIso);
  tx.emit({
    type: 'chat.order_placed',
    aggregateType: 'chat_conversation',
    aggregateId: order.conversationId,
    payload: { conversationId: order.conversationId, orderId: order.orderId, fulfilment: order.fulfilment, paymentMethod: order.paymentMethod, deliveryFeeCents: order.deliveryFeeCents },
  });
  return { ...order, createdAt: tx.nowIso };
}

export function findChatOrder(db: Db, orderId: string): ChatOrder | null {
  const row = db.prepare('SELECT * FROM chat_orders WHERE order_id = ?').get(orderId) as ChatOrderRow | undefined;
  return row ? toChatOrder(row) : null;
}

/** The conversation's latest order ("cadê meu pedido?"). */
export function latestChatOrder(db: Db, conversationId: string): ChatOrder | null {
  const row = db.prepare('SELECT * FROM chat_orders WHERE conversation_id = ? ORDER BY created_at DESC, rowid DESC LIMIT 1').get(conversationId) as ChatOrderRow | undefined;
  return row ? toChatOrder(row) : null;
}
