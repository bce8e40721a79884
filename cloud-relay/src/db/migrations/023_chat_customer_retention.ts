import type { RelayMigration } from '../migrate.js';

/**
 * The hourly forgetting of chat customers (chat/chat-customer-retention.ts): a contact silent past
 * the retention loses its number or page-scoped id (NULL, so a customer writing again is a new
 * contact and the unique key still holds), and the partial indexes hold only the rows still naming
 * a customer, with the statements' own conditions word for word, so each run reads the few rows
 * that crossed the cutoff.
 */
export const chatCustomerRetentionMigration: RelayMigration = {
  id: 'relay/023_chat_customer_retention',
  sql: `
ALTER TABLE relay.chat_contacts ALTER COLUMN user_id DROP NOT NULL;
CREATE INDEX chat_contacts_known_idx ON relay.chat_contacts (last_message_at)
  WHERE user_id IS NOT NULL OR profile_name IS NOT NULL;
CREATE INDEX chat_messages_payload_idx ON relay.chat_messages (received_at) WHERE payload <> '{}'::jsonb;
CREATE INDEX downstream_chat_customer_idx ON relay.downstream_messages (created_at)
  WHERE type = 'chat.message_received' AND payload ? 'userId';
CREATE INDEX chat_jobs_message_idx ON relay.chat_jobs (created_at)
  WHERE payload ? 'message' AND (done_at IS NOT NULL OR failed_at IS NOT NULL);
CREATE INDEX events_chat_reply_idx ON relay.events (received_at)
  WHERE type = 'chat.reply_queued' AND payload ? 'message';
`,
};
