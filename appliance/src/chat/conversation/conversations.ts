import type { ChatChannel, ChatInboundContent, ChatMessageReceived, ChatOutboundMessage } from '../../../contract/chat.js';
import { notFound } from '../../kernel/errors.js';
import type { Db } from '../../kernel/db/open.js';
import { newId } from '../../kernel/ids.js';
import type { CommandTx } from '../../kernel/journal/command-bus.js';
import type { PiiKeyring } from '../../kernel/pii/keyring.js';
import { vaultOf } from '../../kernel/pii/vault.js';
import { emptyContext, type ConsentState, type Conversation, type ConversationContext, type ConversationStatus, type MessageAuthor } from './context.js';
import { sealedChat } from './sealed.js';

const AGGREGATE = 'chat_conversation';

interface ConversationRow {
  id: string;
  channel: ChatChannel;
  contact_id: string;
  user_id: string;
  profile_name: string | null;
  customer_id: string | null;
  consent: ConsentState;
  status: ConversationStatus;
  waiting_since: string | null;
  context: string;
  last_inbound_at: string;
  created_at: string;
  updated_at: string;
}

function toConversation(row: ConversationRow, keyring: PiiKeyring): Conversation {
  return {
    id: row.id,
    channel: row.channel,
    contactId: row.contact_id,
    userId: sealedChat.userId.open(keyring, row.id, row.user_id),
    profileName: sealedChat.profileName.open(keyring, row.id, row.profile_name),
    customerId: row.customer_id,
    consent: row.consent,
    status: row.status,
    waitingSince: row.waiting_since,
    context: { ...emptyContext(), ...(JSON.parse(sealedChat.context.open(keyring, row.id, row.context)) as Partial<ConversationContext>) },
    lastInboundAt: row.last_inbound_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function getConversation(db: Db, id: string): Conversation | null {
  const row = db.prepare('SELECT * FROM chat_conversations WHERE id = ?').get(id) as ConversationRow | undefined;
  return row ? toConversation(row, vaultOf(db).keyring) : null;
}

export function loadConversation(db: Db, id: string): Conversation {
  const conversation = getConversation(db, id);
  if (!conversation) throw notFound('CHAT_CONVERSATION_NOT_FOUND', { conversationId: id });
  return conversation;
}

/** Every conversation, those waiting for a person first (longest wait first), then the latest. */
export function listConversations(db: Db, limit: number): Conversation[] {
  const rows = db
    .prepare(`SELECT * FROM chat_conversations ORDER BY status = 'HANDED_OVER' DESC, CASE WHEN status = 'HANDED_OVER' THEN waiting_since END ASC, updated_at DESC LIMIT ?`)
    .all(limit) as ConversationRow[];
  const { keyring } = vaultOf(db);
  return rows.map((row) => toConversation(row, keyring));
}

function emitUpdated(tx: CommandTx, conversation: Conversation, reason: 'MESSAGE' | 'HANDED_OVER' | 'STAFF_REPLY' | 'RELEASED'): void {
  tx.emit({
    type: 'chat.conversation_updated',
    aggregateType: AGGREGATE,
    aggregateId: conversation.id,
    payload: { conversationId: conversation.id, channel: conversation.channel, status: conversation.status, waitingSince: conversation.waitingSince, reason },
  });
}

/** The contact's conversation, made on its first message; the 24-hour window restarts at each message. */
export function conversationFor(tx: CommandTx, message: ChatMessageReceived): Conversation {
  const { keyring } = vaultOf(tx.db);
  const existing = tx.prepare("SELECT id, last_inbound_at, user_id = '' AS erased FROM chat_conversations WHERE contact_id = ?").get(message.contactId) as { id: string; last_inbound_at: string; erased: 0 | 1 } | undefined;
  if (existing) {
    const lastInboundAt = message.sentAt > existing.last_inbound_at ? message.sentAt : existing.last_inbound_at;
    // An erasure or the retention blanked the number; a customer who writes again gives it again,
    // and a new order's courier and customer record need it: the conversation holds data again.
    const userId = existing.erased ? sealedChat.userId.seal(keyring, existing.id, message.userId) : null;
    tx.prepare('UPDATE chat_conversations SET last_inbound_at = ?, profile_name = coalesce(?, profile_name), user_id = coalesce(?, user_id), personal_data_forgotten_at = NULL, updated_at = ? WHERE id = ?')
      .run(lastInboundAt, sealedChat.profileName.seal(keyring, existing.id, message.profileName), userId, tx.nowIso, existing.id);
    return loadConversation(tx.db, existing.id);
  }
  const id = newId();
  tx.prepare(
    `INSERT INTO chat_conversations (id, channel, contact_id, user_id, profile_name, status, context, last_inbound_at, last_message_at, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, 'BOT', ?, ?, ?, ?, ?)`,
  ).run(
    id, message.channel, message.contactId,
    sealedChat.userId.seal(keyring, id, message.userId),
    sealedChat.profileName.seal(keyring, id, message.profileName),
    sealedChat.context.seal(keyring, id, JSON.stringify(emptyContext())),
    message.sentAt, tx.nowIso, tx.nowIso, tx.nowIso,
  );
  return loadConversation(tx.db, id);
}

/** What a customer's message reads as in the thread. */
export function inboundText(content: ChatInboundContent): string {
  switch (content.kind) {
    case 'TEXT':
      return content.text;
    case 'REPLY':
      return content.title;
    case 'LOCATION':
      return [content.name, content.address, `${content.latitude}, ${content.longitude}`].filter(Boolean).join(' · ');
    case 'CART':
      return content.items.map((item) => `${item.quantity}x ${item.retailerId}`).join(', ');
    case 'UNSUPPORTED':
      return `[${content.platformType}]`;
  }
}

/**
 * Keeps the customer's message once: false when this platform message id was already applied.
 * `relayMessageId` names the relay's delivery of it in the journal (see `alreadyReceived`).
 */
export function recordInbound(tx: CommandTx, conversation: Conversation, message: ChatMessageReceived, relayMessageId: string): boolean {
  const id = newId();
  const body = sealedChat.body.seal(vaultOf(tx.db).keyring, id, JSON.stringify({ text: inboundText(message.content) }));
  const inserted = tx
    .prepare(`INSERT INTO chat_messages (id, conversation_id, direction, platform_message_id, author, body, created_at) VALUES (?, ?, 'IN', ?, 'CUSTOMER', ?, ?) ON CONFLICT (platform_message_id) DO NOTHING`)
    .run(id, conversation.id, message.messageId, body, tx.nowIso).changes;
  if (inserted === 1) {
    keepUntilAWeekAfter(tx, conversation.id);
    tx.emit({ type: 'chat.customer_message_recorded', aggregateType: AGGREGATE, aggregateId: conversation.id, payload: { conversationId: conversation.id, relayMessageId } });
    emitUpdated(tx, conversation, 'MESSAGE');
  }
  return inserted === 1;
}

/**
 * A message both ways restarts the week the conversation keeps the customer's data (retention.ts),
 * and makes a conversation whose data was forgotten hold some again.
 */
function keepUntilAWeekAfter(tx: CommandTx, conversationId: string): void {
  tx.prepare('UPDATE chat_conversations SET last_message_at = ?, personal_data_forgotten_at = NULL WHERE id = ?').run(tx.nowIso, conversationId);
}

/** Queues one reply: kept in the thread and journaled as `chat.reply_queued`, which the relay sends. */
export function queueReply(tx: CommandTx, conversation: Conversation, message: ChatOutboundMessage, author: Exclude<MessageAuthor, 'CUSTOMER'>, staffId: string | null = null): string {
  const replyId = newId();
  const body = sealedChat.body.seal(vaultOf(tx.db).keyring, replyId, JSON.stringify({ outbound: message }));
  tx.prepare(`INSERT INTO chat_messages (id, conversation_id, direction, platform_message_id, author, staff_id, body, created_at) VALUES (?, ?, 'OUT', ?, ?, ?, ?, ?)`)
    .run(replyId, conversation.id, replyId, author, staffId, body, tx.nowIso);
  keepUntilAWeekAfter(tx, conversation.id);
  tx.emit({
    type: 'chat.reply_queued',
    aggregateType: AGGREGATE,
    aggregateId: conversation.id,
    payload: { replyId, conversationId: conversation.id, contactId: conversation.contactId, channel: conversation.channel, message },
  });
  return replyId;
}

export function saveContext(tx: CommandTx, conversationId: string, context: ConversationContext): void {
  tx.prepare('UPDATE chat_conversations SET context = ?, updated_at = ? WHERE id = ?')
    .run(sealedChat.context.seal(vaultOf(tx.db).keyring, conversationId, JSON.stringify(context)), tx.nowIso, conversationId);
}

/** A person takes over: the bot stays quiet until staff release the conversation. */
export function handOver(tx: CommandTx, conversationId: string): Conversation {
  tx.prepare("UPDATE chat_conversations SET status = 'HANDED_OVER', waiting_since = coalesce(waiting_since, ?), updated_at = ? WHERE id = ?").run(tx.nowIso, tx.nowIso, conversationId);
  const conversation = loadConversation(tx.db, conversationId);
  emitUpdated(tx, conversation, 'HANDED_OVER');
  return conversation;
}

/** A staff member answered: the customer no longer waits, the conversation stays with people. */
export function markAnsweredByStaff(tx: CommandTx, conversationId: string): Conversation {
  tx.prepare('UPDATE chat_conversations SET waiting_since = NULL, updated_at = ? WHERE id = ?').run(tx.nowIso, conversationId);
  const conversation = loadConversation(tx.db, conversationId);
  emitUpdated(tx, conversation, 'STAFF_REPLY');
  return conversation;
}

/** Back to the bot, with a fresh context (whatever was pending was settled by the person). */
export function releaseToBot(tx: CommandTx, conversationId: string): Conversation {
  tx.prepare("UPDATE chat_conversations SET status = 'BOT', waiting_since = NULL, updated_at = ? WHERE id = ?").run(tx.nowIso, conversationId);
  saveContext(tx, conversationId, emptyContext());
  const conversation = loadConversation(tx.db, conversationId);
  emitUpdated(tx, conversation, 'RELEASED');
  return conversation;
}

/** A handed-over conversation whose customer writes again waits for a person again. */
export function markWaiting(tx: CommandTx, conversationId: string): void {
  tx.prepare('UPDATE chat_conversations SET waiting_since = coalesce(waiting_since, ?) WHERE id = ?').run(tx.nowIso, conversationId);
}

export function setConsent(tx: CommandTx, conversationId: string, consent: Exclude<ConsentState, null>, customerId: string | null): void {
  tx.prepare('UPDATE chat_conversations SET consent = ?, customer_id = coalesce(?, customer_id), updated_at = ? WHERE id = ?').run(consent, customerId, tx.nowIso, conversationId);
  if (consent !== 'ASKED') {
    tx.emit({ type: 'chat.consent_recorded', aggregateType: AGGREGATE, aggregateId: conversationId, payload: { conversationId, customerId, granted: consent === 'GRANTED' } });
  }
}

/** The platform refused a queued reply: kept on the message, for staff to see. */
export function markReplyFailed(tx: CommandTx, replyId: string, code: string): boolean {
  return tx.prepare("UPDATE chat_messages SET failure_code = ? WHERE id = ? AND direction = 'OUT'").run(code, replyId).changes === 1;
}
