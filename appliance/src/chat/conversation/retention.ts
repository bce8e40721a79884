import type { Db } from '../../kernel/db/open.js';
import type { CommandTx } from '../../kernel/journal/command-bus.js';
import { forgetConversationPersonalData } from './customer-data.js';

/**
 * How long a conversation keeps the customer's number, profile name, context, message texts and
 * where its orders went after its last message: the same week the relay keeps a chat contact, long
 * enough for the delivery and a complaint about it (WhatsApp's 24-hour window and Messenger's 7-day
 * HUMAN_AGENT tag are closed by then, so no reply can still need them).
 */
export const CONVERSATION_RETENTION_DAYS = 7;

const KEPT_AND_SILENT_BEFORE = 'personal_data_forgotten_at IS NULL AND last_message_at < ?';

const cutoffOf = (now: Date) => new Date(now.getTime() - CONVERSATION_RETENTION_DAYS * 86_400_000).toISOString();

/** Whether a conversation silent since before the retention cutoff still holds its customer (read before taking the writer). */
export function conversationsPastRetention(db: Db, now: Date): boolean {
  return db.prepare(`SELECT 1 FROM chat_conversations WHERE ${KEPT_AND_SILENT_BEFORE} LIMIT 1`).get(cutoffOf(now)) !== undefined;
}

/**
 * Forgets the customer of every conversation silent since before the retention cutoff, keeping the
 * rows (the relay's contact id, the consent given, the orders' ids, payment and fees); journals the
 * counts only. A customer writing again gives the number and name again.
 */
export function forgetConversationsPastRetention(tx: CommandTx): number {
  const lastMessageBefore = cutoffOf(tx.now);
  const ids = tx.prepare(`SELECT id FROM chat_conversations WHERE ${KEPT_AND_SILENT_BEFORE}`).pluck().all(lastMessageBefore) as string[];
  let messages = 0;
  let orderAddresses = 0;
  for (const id of ids) {
    const forgotten = forgetConversationPersonalData(tx, id);
    messages += forgotten.messages;
    orderAddresses += forgotten.orderAddresses;
  }
  if (ids.length > 0) {
    tx.emit({ type: 'chat.conversations_forgotten', aggregateType: 'store', aggregateId: 'chat', payload: { conversations: ids.length, messages, orderAddresses, lastMessageBefore } });
  }
  return ids.length;
}
