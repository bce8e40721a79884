import type { RelayMigration } from '../migrate.js';

/**
 * Chat channels (WhatsApp Cloud API, Messenger, Instagram): one account per store and channel with
 * its access token sealed, one contact per customer of an account (the stable `contactId` replies
 * address), every inbound message stored once by its platform id, the reply jobs the relay nodes
 * share (same queue mechanics as the marketplace jobs) and the replies the platform accepted.
 */
export const chatChannelsMigration: RelayMigration = {
  id: 'relay/008_chat_channels',
  sql: `
CREATE TABLE relay.chat_accounts (
  id uuid PRIMARY KEY,
  store_id uuid NOT NULL REFERENCES relay.stores (id),
  channel text NOT NULL CHECK (channel IN ('WHATSAPP', 'INSTAGRAM', 'MESSENGER')),
  platform_account_id text NOT NULL,
  access_token_sealed text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (store_id, channel),
  UNIQUE (channel, platform_account_id)
);

CREATE TABLE relay.chat_contacts (
  id uuid PRIMARY KEY,
  account_id uuid NOT NULL REFERENCES relay.chat_accounts (id),
  user_id text NOT NULL,
  profile_name text,
  last_message_at timestamptz NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (account_id, user_id)
);

CREATE TABLE relay.chat_messages (
  channel text NOT NULL,
  message_id text NOT NULL,
  contact_id uuid NOT NULL REFERENCES relay.chat_contacts (id),
  sent_at timestamptz NOT NULL,
  payload jsonb NOT NULL,
  downstream_cursor bigint REFERENCES relay.downstream_messages (cursor),
  received_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (channel, message_id)
);

-- What the platform accepted, by its message id: a failure it reports later (a WhatsApp status) names the reply.
CREATE TABLE relay.chat_sent (
  channel text NOT NULL,
  platform_message_id text NOT NULL,
  store_id uuid NOT NULL REFERENCES relay.stores (id),
  reply_id text NOT NULL,
  contact_id uuid NOT NULL REFERENCES relay.chat_contacts (id),
  sent_at timestamptz NOT NULL DEFAULT now(),
  failed_at timestamptz,
  PRIMARY KEY (channel, platform_message_id)
);

-- The marketplace queue's shape and indexes (job-queue.ts serves both); its jobs belong to a chat account.
CREATE TABLE relay.chat_jobs (LIKE relay.marketplace_jobs INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING INDEXES);
ALTER TABLE relay.chat_jobs ADD FOREIGN KEY (connection_id) REFERENCES relay.chat_accounts (id);
`,
};
