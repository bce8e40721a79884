import { z } from 'zod';
import { EVENTS } from '../../../appliance/contract/index.js';
import type { RelayDb } from '../db/database.js';
import type { JournalEvent } from '../ingest/event-schema.js';
import { enqueueJob } from '../marketplaces/job-queue.js';

export const REPLY_QUEUED_EVENT = 'chat.reply_queued';

const replyQueued = EVENTS[REPLY_QUEUED_EVENT].schema;
const contactIdSchema = z.uuid();

/** A contact's replies are sent one at a time, in the order the store queued them. */
export const contactSequenceKey = (contactId: string) => `chat-contact:${contactId}`;

/**
 * Turns the store's `chat.reply_queued` events into send jobs inside the ingest transaction: the
 * journal arrives exactly once and in order, and each reply has one job (keyed by its `replyId`),
 * so a reply is sent once whatever the store's retries. A reply to a contact that is not one of
 * this store's accounts' contacts queues nothing.
 */
export async function queueChatReplies(trx: RelayDb, storeId: string, events: readonly JournalEvent[]): Promise<number> {
  let queued = 0;
  for (const event of events) {
    if (event.type !== REPLY_QUEUED_EVENT) continue;
    const reply = replyQueued.safeParse(event.payload);
    if (!reply.success || !contactIdSchema.safeParse(reply.data.contactId).success) continue;
    const contact = await trx
      .selectFrom('relay.chat_contacts as c')
      .innerJoin('relay.chat_accounts as a', 'a.id', 'c.account_id')
      .select(['a.id as account_id'])
      .where('c.id', '=', reply.data.contactId)
      .where('a.store_id', '=', storeId)
      .executeTakeFirst();
    if (!contact) continue;
    const added = await enqueueJob(
      trx,
      {
        kind: 'CHAT_REPLY',
        connectionId: contact.account_id,
        dedupeKey: `chat-reply:${storeId}:${reply.data.replyId}`,
        sequenceKey: contactSequenceKey(reply.data.contactId),
        payload: { replyId: reply.data.replyId, contactId: reply.data.contactId, message: reply.data.message },
      },
      'relay.chat_jobs',
    );
    if (added) queued += 1;
  }
  return queued;
}
