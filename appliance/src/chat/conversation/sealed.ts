import { SealedColumn } from '../../kernel/pii/sealed-column.js';

/**
 * What a chat conversation keeps of the customer, sealed under the store's personal-data key and
 * bound to its row: the platform id (a WhatsApp phone), the profile name, the context (it holds the
 * delivery address), every message text and where each order is delivered.
 */
export const sealedChat = {
  userId: new SealedColumn({ table: 'chat_conversations', column: 'user_id' }),
  profileName: new SealedColumn({ table: 'chat_conversations', column: 'profile_name' }),
  context: new SealedColumn({ table: 'chat_conversations', column: 'context' }),
  body: new SealedColumn({ table: 'chat_messages', column: 'body' }),
  deliveryAddress: new SealedColumn({ table: 'chat_orders', column: 'delivery_address', rowKey: 'order_id' }),
};
