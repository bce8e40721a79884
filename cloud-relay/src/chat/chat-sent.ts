import { CHAT_REPLY_FAILED, type ChatChannel, type ChatReplyFailed } from '../../../appliance/contract/index.js';
import type { RelayDb } from '../db/database.js';
import type { DownstreamChannel } from '../downstream/downstream-service.js';
import type { SendFailure } from './inbound-message.js';

/** Tells the store a reply will not reach its customer, in the caller's transaction. */
export async function queueReplyFailed(trx: RelayDb, downstream: DownstreamChannel, storeId: string, failed: ChatReplyFailed): Promise<void> {
  await downstream.enqueue(trx, { storeId, type: CHAT_REPLY_FAILED, payload: { ...failed, code: failed.code.slice(0, 64), detail: failed.detail?.slice(0, 512) ?? null } });
}

/** Remembers a reply the platform accepted under its message id, for a failure it reports later. */
export async function recordAcceptedReply(
  executor: RelayDb,
  sent: { channel: ChatChannel; platformMessageId: string; storeId: string; replyId: string; contactId: string },
): Promise<void> {
  await executor
    .insertInto('relay.chat_sent')
    .values({ channel: sent.channel, platform_message_id: sent.platformMessageId, store_id: sent.storeId, reply_id: sent.replyId, contact_id: sent.contactId })
    .onConflict((oc) => oc.columns(['channel', 'platform_message_id']).doNothing())
    .execute();
}

/**
 * Failures the platform reported after accepting a reply (WhatsApp's `failed` statuses) reach
 * the store as `chat.reply_failed`, once per reply however often the status is delivered. Returns
 * the stores told. A status for a message this relay never sent is ignored.
 */
export async function reportSendFailures(trx: RelayDb, downstream: DownstreamChannel, failures: readonly SendFailure[]): Promise<string[]> {
  const storeIds: string[] = [];
  for (const failure of failures) {
    const sent = await trx
      .updateTable('relay.chat_sent')
      .set({ failed_at: new Date() })
      .where('channel', '=', failure.channel)
      .where('platform_message_id', '=', failure.platformMessageId)
      .where('failed_at', 'is', null)
      .returning(['store_id', 'reply_id', 'contact_id'])
      .executeTakeFirst();
    if (!sent) continue;
    await queueReplyFailed(trx, downstream, sent.store_id, { replyId: sent.reply_id, contactId: sent.contact_id, code: failure.code, detail: failure.detail });
    if (!storeIds.includes(sent.store_id)) storeIds.push(sent.store_id);
  }
  return storeIds;
}
