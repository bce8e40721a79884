import type { ChatOutboundMessage } from '../../../contract/chat.js';
import type { Db } from '../../kernel/db/open.js';
import { vaultOf } from '../../kernel/pii/vault.js';
import type { MessageAuthor, ThreadMessage } from './context.js';
import { sealedChat } from './sealed.js';

interface MessageRow {
  id: string;
  direction: 'IN' | 'OUT';
  author: MessageAuthor;
  staff_id: string | null;
  body: string;
  failure_code: string | null;
  created_at: string;
}

/** What a queued message says, for the staff's thread. */
export function outboundText(message: ChatOutboundMessage): string {
  switch (message.kind) {
    case 'TEXT':
      return message.text;
    case 'LIST':
      return [message.body, ...message.sections.flatMap((s) => s.rows.map((r) => `• ${r.title}${r.description ? ` — ${r.description}` : ''}`))].join('\n');
    case 'BUTTONS':
      return [message.body, message.buttons.map((b) => `[${b.title}]`).join(' ')].join('\n');
    case 'TEMPLATE':
      return `${message.name}: ${message.parameters.join(' · ')}`;
    case 'QR_IMAGE':
      return `[Imagem do QR Code]${message.caption ? ` ${message.caption}` : ''}`;
  }
}

/**
 * Whether this customer message was already applied (a redelivery): it is in the thread, or it was
 * handled after the backup a restore brought back, which HQ sends again (the journal carried into
 * the restored database still records it; indexed by chat/003).
 */
export function alreadyReceived(db: Db, message: { platformMessageId: string; relayMessageId: string }): boolean {
  const inThread = db.prepare("SELECT 1 FROM chat_messages WHERE platform_message_id = ? AND direction = 'IN'").get(message.platformMessageId) !== undefined;
  return inThread || db.prepare("SELECT 1 FROM journal WHERE type = 'chat.customer_message_recorded' AND json_extract(payload, '$.relayMessageId') = ?").get(message.relayMessageId) !== undefined;
}

/** The conversation's last messages, oldest first. */
export function readThread(db: Db, conversationId: string, limit: number): ThreadMessage[] {
  const rows = db
    .prepare('SELECT * FROM (SELECT rowid AS position, * FROM chat_messages WHERE conversation_id = ? ORDER BY rowid DESC LIMIT ?) ORDER BY position')
    .all(conversationId, limit) as MessageRow[];
  const { keyring } = vaultOf(db);
  return rows.map((row) => {
    const body = JSON.parse(sealedChat.body.open(keyring, row.id, row.body)) as { text?: string; outbound?: ChatOutboundMessage };
    return {
      id: row.id,
      direction: row.direction,
      author: row.author,
      staffId: row.staff_id,
      text: body.outbound ? outboundText(body.outbound) : (body.text ?? ''),
      outbound: body.outbound ?? null,
      failureCode: row.failure_code,
      createdAt: row.created_at,
    };
  });
}
