import { sql } from 'kysely';
import { CHAT_MESSAGE_RECEIVED } from '../../../appliance/contract/index.js';
import type { RelayDb } from '../db/database.js';
import { CUSTOMER_DATA_RETENTION_DAYS } from '../marketplaces/customer-data-retention.js';
import { REPLY_QUEUED_EVENT } from './chat-replies.js';

export interface ForgottenChatCustomers {
  /** Contacts silent past the retention: their number (or page-scoped id) and profile name. */
  contacts: number;
  /** Inbound messages as stored for dedupe: the message id stays, what it said and who said it goes. */
  messages: number;
  /** `chat.message_received` queued to the stores: a store still behind ignores what is left. */
  downstreamMessages: number;
  /** Finished reply jobs: the text sent (an order summary names the customer and the address). */
  replyJobs: number;
  /** The stores' `chat.reply_queued` events as ingested: the same texts. */
  replyEvents: number;
}

/**
 * Forgets the chat customers the relay heard from before the retention cutoff, in one transaction:
 * the same 7 days the store and the relay keep a marketplace customer (a delivery and a complaint
 * about it; WhatsApp's 24-hour window and Messenger's 7-day HUMAN_AGENT tag are closed by then, so
 * no reply can still need the number). The rows stay — message ids keep a late redelivery a
 * duplicate, reply ids keep a late failure status matched — and what names the customer goes. A
 * customer writing again afterwards is a new contact. Safe to run again: forgotten rows are not touched.
 * The conditions are those of the partial indexes of migration 023.
 */
export async function forgetChatCustomers(db: RelayDb, now = new Date()): Promise<ForgottenChatCustomers> {
  const cutoff = new Date(now.getTime() - CUSTOMER_DATA_RETENTION_DAYS * 86_400_000);
  return db.transaction().execute(async (trx) => {
    const contacts = await sql`
      UPDATE relay.chat_contacts SET user_id = NULL, profile_name = NULL
      WHERE last_message_at < ${cutoff} AND (user_id IS NOT NULL OR profile_name IS NOT NULL)`.execute(trx);
    const messages = await sql`
      UPDATE relay.chat_messages SET payload = '{}'::jsonb
      WHERE received_at < ${cutoff} AND payload <> '{}'::jsonb`.execute(trx);
    const downstream = await sql`
      UPDATE relay.downstream_messages SET payload = payload - 'userId' - 'profileName' - 'content'
      WHERE type = ${sql.lit(CHAT_MESSAGE_RECEIVED)} AND created_at < ${cutoff} AND payload ? 'userId'`.execute(trx);
    const jobs = await sql`
      UPDATE relay.chat_jobs SET payload = payload - 'message'
      WHERE created_at < ${cutoff} AND payload ? 'message' AND (done_at IS NOT NULL OR failed_at IS NOT NULL)`.execute(trx);
    const events = await sql`
      UPDATE relay.events SET payload = payload - 'message'
      WHERE received_at < ${cutoff} AND type = ${sql.lit(REPLY_QUEUED_EVENT)} AND payload ? 'message'`.execute(trx);
    const count = (result: { numAffectedRows?: bigint }) => Number(result.numAffectedRows ?? 0);
    return { contacts: count(contacts), messages: count(messages), downstreamMessages: count(downstream), replyJobs: count(jobs), replyEvents: count(events) };
  });
}
