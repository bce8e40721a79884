import type { RelayMigration } from '../migrate.js';

/**
 * Chat channels (WhatsApp Cloud API, Messenger, Instagram): one account per store and channel with
 * its access token sealed, one contact per customer of an account (the stable `contactId` replies
 * address), every inbound message stored once by its platform id, and the reply jobs the relay nodes
 * share (same queue mechanics as the marketplace jobs).
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

CREATE TABLE relay.chat_jobs (
  id bigserial PRIMARY KEY,
  kind text NOT NULL,
  connection_id uuid NOT NULL REFERENCES relay.chat_accounts (id),
  dedupe_key text NOT NULL UNIQUE,
  sequence_key text,
  payload jsonb NOT NULL,
  run_at timestamptz NOT NULL DEFAULT now(),
  attempts integer NOT NULL DEFAULT 0,
  locked_by text,
  locked_until timestamptz,
  done_at timestamptz,
  failed_at timestamptz,
  last_error text,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX chat_jobs_due_idx ON relay.chat_jobs (run_at, id) WHERE done_at IS NULL AND failed_at IS NULL;
CREATE INDEX chat_jobs_sequence_idx ON relay.chat_jobs (sequence_key, id) WHERE done_at IS NULL AND failed_at IS NULL;
`,
};
