import type { Db } from '../../kernel/db/open.js';
import type { CommandTx } from '../../kernel/journal/command-bus.js';
import { vaultOf } from '../../kernel/pii/vault.js';
import { emptyContext } from './context.js';
import { sealedChat } from './sealed.js';
import { readThread } from './thread.js';
import { listChatOrders } from './chat-orders.js';

/** The conversations a customer linked to their record by consenting, newest activity last. */
function conversationIdsOf(db: Db, customerId: string): string[] {
  return db.prepare('SELECT id FROM chat_conversations WHERE customer_id = ? ORDER BY created_at, id').pluck().all(customerId) as string[];
}

/**
 * What the chat holds about a customer who consented, for their data export (LGPD art. 18 II): the
 * number and profile name the platform gave, every message both ways, and where their chat orders went.
 */
export function chatDataOfCustomer(db: Db, customerId: string) {
  const { keyring } = vaultOf(db);
  return conversationIdsOf(db, customerId).map((id) => {
    const row = db.prepare('SELECT channel, user_id, profile_name, created_at FROM chat_conversations WHERE id = ?').get(id) as { channel: string; user_id: string; profile_name: string | null; created_at: string };
    return {
      channel: row.channel,
      userId: sealedChat.userId.open(keyring, id, row.user_id),
      profileName: sealedChat.profileName.open(keyring, id, row.profile_name),
      startedAt: row.created_at,
      messages: readThread(db, id, Number.MAX_SAFE_INTEGER).map((m) => ({ direction: m.direction, author: m.author, text: m.text, at: m.createdAt })),
      orders: listChatOrders(db, id, Number.MAX_SAFE_INTEGER).map((o) => ({ orderId: o.orderId, fulfilment: o.fulfilment, deliveryAddress: o.deliveryAddress })),
    };
  });
}

/**
 * Forgets what a conversation holds of its customer: the number (blank, so a customer writing
 * again gives it again), the profile name, the context (cart, address), every message text and
 * where its orders went. The rows stay, with the orders' ids, payment and fees; answers how many
 * message texts and order addresses were forgotten.
 */
export function forgetConversationPersonalData(tx: CommandTx, conversationId: string): { messages: number; orderAddresses: number } {
  const { keyring } = vaultOf(tx.db);
  tx.prepare("UPDATE chat_conversations SET user_id = '', profile_name = NULL, context = ?, personal_data_forgotten_at = ?, updated_at = ? WHERE id = ?").run(
    sealedChat.context.seal(keyring, conversationId, JSON.stringify(emptyContext())),
    tx.nowIso,
    tx.nowIso,
    conversationId,
  );
  const messages = tx.prepare('SELECT id FROM chat_messages WHERE conversation_id = ?').pluck().all(conversationId) as string[];
  const blank = tx.prepare('UPDATE chat_messages SET body = ? WHERE id = ?');
  for (const messageId of messages) blank.run(sealedChat.body.seal(keyring, messageId, '{}'), messageId);
  const orderAddresses = tx.prepare('UPDATE chat_orders SET delivery_address = NULL WHERE conversation_id = ? AND delivery_address IS NOT NULL').run(conversationId).changes;
  return { messages: messages.length, orderAddresses };
}

/**
 * A customer's erasure: each conversation they linked by consenting forgets its customer, and is
 * unlinked with its consent cleared, so a next chat asks again instead of attaching orders to the
 * erased record.
 */
export function forgetChatDataOfCustomer(tx: CommandTx, customerId: string): number {
  const ids = conversationIdsOf(tx.db, customerId);
  for (const id of ids) {
    forgetConversationPersonalData(tx, id);
    tx.prepare('UPDATE chat_conversations SET customer_id = NULL, consent = NULL WHERE id = ?').run(id);
  }
  return ids.length;
}

/** The same in a backup of the store, after the erasure committed: the values are written empty, as plain text. */
export function forgetChatDataInBackup(backup: Db, customerId: string): void {
  if (backup.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'chat_conversations'").get() === undefined) return;
  const ids = backup.prepare('SELECT id FROM chat_conversations WHERE customer_id = ?').pluck().all(customerId) as string[];
  for (const id of ids) {
    backup.prepare("UPDATE chat_messages SET body = '{}' WHERE conversation_id = ?").run(id);
    backup.prepare('UPDATE chat_orders SET delivery_address = NULL WHERE conversation_id = ?').run(id);
    backup
      .prepare("UPDATE chat_conversations SET user_id = '', profile_name = NULL, context = ?, customer_id = NULL, consent = NULL WHERE id = ?")
      .run(JSON.stringify(emptyContext()), id);
  }
}
