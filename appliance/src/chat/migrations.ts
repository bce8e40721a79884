import type { Migration } from '../kernel/db/migrations.js';

export const chatMigrations: Migration[] = [
  {
    // One conversation per chat contact, with its context (cart, pending question, step) and its
    // messages both ways, and the orders it placed; the customer's ids, name, context, message texts
    // and delivery addresses are sealed.
    id: 'chat/001_conversations_messages_orders',
    up(db) {
      db.exec(`
        CREATE TABLE chat_conversations (
          id TEXT PRIMARY KEY,
          channel TEXT NOT NULL CHECK (channel IN ('WHATSAPP', 'INSTAGRAM', 'MESSENGER')),
          contact_id TEXT NOT NULL UNIQUE,
          user_id TEXT NOT NULL,
          profile_name TEXT,
          customer_id TEXT,
          consent TEXT CHECK (consent IN ('ASKED', 'GRANTED', 'DENIED')),
          status TEXT NOT NULL CHECK (status IN ('BOT', 'HANDED_OVER')),
          waiting_since TEXT,
          context TEXT NOT NULL,
          last_inbound_at TEXT NOT NULL,
          created_at TEXT NOT NULL,
          updated_at TEXT NOT NULL
        ) STRICT;
        CREATE INDEX chat_conversations_updated ON chat_conversations (updated_at);

        CREATE TABLE chat_messages (
          id TEXT PRIMARY KEY,
          conversation_id TEXT NOT NULL REFERENCES chat_conversations (id),
          direction TEXT NOT NULL CHECK (direction IN ('IN', 'OUT')),
          platform_message_id TEXT UNIQUE,
          author TEXT NOT NULL CHECK (author IN ('CUSTOMER', 'BOT', 'STAFF')),
          staff_id TEXT,
          body TEXT NOT NULL,
          failure_code TEXT,
          created_at TEXT NOT NULL
        ) STRICT;
        CREATE INDEX chat_messages_conversation ON chat_messages (conversation_id, created_at);

        CREATE TABLE chat_orders (
          order_id TEXT PRIMARY KEY,
          conversation_id TEXT NOT NULL REFERENCES chat_conversations (id),
          fulfilment TEXT NOT NULL CHECK (fulfilment IN ('DELIVERY', 'PICKUP')),
          payment_method TEXT NOT NULL CHECK (payment_method IN ('PIX', 'CARD', 'CASH')),
          change_for_cents INTEGER,
          delivery_fee_cents INTEGER NOT NULL,
          delivery_address TEXT,
          created_at TEXT NOT NULL
        ) STRICT;
        CREATE INDEX chat_orders_conversation ON chat_orders (conversation_id, created_at);
      `);
    },
  },
  {
    // A conversation's personal data is forgotten a week after its last message (retention.ts): the
    // hourly pass reads only the conversations that still hold it, by when they last had a message.
    id: 'chat/002_conversation_retention',
    up(db) {
      db.exec(`
        ALTER TABLE chat_conversations ADD COLUMN last_message_at TEXT NOT NULL DEFAULT '';
        UPDATE chat_conversations SET last_message_at = coalesce((SELECT max(created_at) FROM chat_messages WHERE conversation_id = chat_conversations.id), created_at);
        ALTER TABLE chat_conversations ADD COLUMN personal_data_forgotten_at TEXT;
        CREATE INDEX chat_conversations_personal_data_kept ON chat_conversations (last_message_at) WHERE personal_data_forgotten_at IS NULL;
      `);
    },
  },
  {
    // A restored backup's thread lacks the customer messages handled after it, but the journal
    // carried since keeps their `chat.customer_message_recorded`: HQ's redelivery of one is found
    // there by the relay's message id without reading the journal through.
    id: 'chat/003_customer_messages_in_journal',
    up(db) {
      db.exec(`CREATE INDEX journal_chat_customer_messages ON journal (json_extract(payload, '$.relayMessageId')) WHERE type = 'chat.customer_message_recorded';`);
    },
  },
];
