import crypto from 'node:crypto';
import { sql } from 'kysely';
import { CHAT_MESSAGE_RECEIVED, type ChatMessageReceived } from '../../../appliance/contract/index.js';
import type { RelayDb } from '../db/database.js';
import type { DownstreamChannel } from '../downstream/downstream-service.js';
import type { InboundChatMessage } from './inbound-message.js';

export interface InboundOutcome {
  /** Stores that got a new message (to wake their long polls once committed). */
  storeIds: string[];
  fresh: number;
  duplicates: number;
  /** Sent to a number, page or account no store has: stored nowhere. */
  unrouted: InboundChatMessage[];
}

/**
 * Routes a webhook's messages to their stores, in the caller's transaction: each message is stored
 * once by its platform id (Meta delivers at least once, and retries whatever was not answered 200),
 * its sender becomes (or stays) one contact of the account, and a new message is queued downstream
 * as `chat.message_received`. The insert claims the message id first, so two nodes handling the same
 * delivery at once queue it once.
 */
export async function routeInboundMessages(trx: RelayDb, downstream: DownstreamChannel, messages: readonly InboundChatMessage[]): Promise<InboundOutcome> {
  const outcome: InboundOutcome = { storeIds: [], fresh: 0, duplicates: 0, unrouted: [] };
  for (const message of messages) {
    const account = await trx
      .selectFrom('relay.chat_accounts')
      .select(['id', 'store_id'])
      .where('channel', '=', message.channel)
      .where('platform_account_id', '=', message.platformAccountId)
      .executeTakeFirst();
    if (!account) {
      outcome.unrouted.push(message);
      continue;
    }
    const contact = await trx
      .insertInto('relay.chat_contacts')
      .values({ id: crypto.randomUUID(), account_id: account.id, user_id: message.userId, profile_name: message.profileName, last_message_at: new Date(message.sentAt) })
      .onConflict((oc) =>
        oc.columns(['account_id', 'user_id']).doUpdateSet({
          profile_name: sql`COALESCE(excluded.profile_name, relay.chat_contacts.profile_name)`,
          last_message_at: sql`GREATEST(excluded.last_message_at, relay.chat_contacts.last_message_at)`,
        }),
      )
      .returning('id')
      .executeTakeFirstOrThrow();
    const received: ChatMessageReceived = {
      messageId: message.messageId,
      channel: message.channel,
      contactId: contact.id,
      userId: message.userId,
      profileName: message.profileName,
      sentAt: message.sentAt,
      content: message.content,
    };
    const claimed = await trx
      .insertInto('relay.chat_messages')
      .values({ channel: message.channel, message_id: message.messageId, contact_id: contact.id, sent_at: new Date(message.sentAt), payload: JSON.stringify(received) })
      .onConflict((oc) => oc.columns(['channel', 'message_id']).doNothing())
      .returning('message_id')
      .executeTakeFirst();
    if (!claimed) {
      outcome.duplicates += 1;
      continue;
    }
    const queued = await downstream.enqueue(trx, { storeId: account.store_id, type: CHAT_MESSAGE_RECEIVED, payload: received });
    await trx
      .updateTable('relay.chat_messages')
      .set({ downstream_cursor: queued.cursor })
      .where('channel', '=', message.channel)
      .where('message_id', '=', message.messageId)
      .execute();
    outcome.fresh += 1;
    if (!outcome.storeIds.includes(account.store_id)) outcome.storeIds.push(account.store_id);
  }
  return outcome;
}
