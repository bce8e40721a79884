import type { Migration } from '../kernel/db/migrations.js';

export const kitchenMigrations: Migration[] = [
  {
    id: 'kitchen/001_init',
    up(db) {
      db.exec(`
        CREATE TABLE kitchen_stations (
          code TEXT PRIMARY KEY CHECK (code GLOB '[A-Z]*' AND length(code) <= 32),
          name TEXT NOT NULL,
          capacity INTEGER NOT NULL CHECK (capacity >= 0),
          categories TEXT NOT NULL DEFAULT '[]',
          has_screen INTEGER NOT NULL DEFAULT 1,
          is_expo INTEGER NOT NULL DEFAULT 0,
          is_default INTEGER NOT NULL DEFAULT 0,
          warn_after_seconds INTEGER NOT NULL DEFAULT 300,
          late_after_seconds INTEGER NOT NULL DEFAULT 480,
          sort_order INTEGER NOT NULL DEFAULT 0,
          active INTEGER NOT NULL DEFAULT 1
        ) STRICT;

        CREATE TABLE kitchen_tickets (
          id TEXT PRIMARY KEY,
          kind TEXT NOT NULL CHECK (kind IN ('STATION', 'EXPO')),
          station TEXT NOT NULL,
          group_id TEXT NOT NULL,
          order_id TEXT NOT NULL,
          order_number INTEGER NOT NULL,
          channel TEXT NOT NULL,
          table_label TEXT,
          status TEXT NOT NULL CHECK (status IN ('OPEN', 'IN_PROGRESS', 'BUMPED', 'VOIDED')),
          fire_at TEXT NOT NULL,
          due_at TEXT NOT NULL,
          created_at TEXT NOT NULL,
          started_at TEXT,
          bumped_at TEXT,
          voided_at TEXT,
          closed_at TEXT,
          version INTEGER NOT NULL DEFAULT 1
        ) STRICT;
        CREATE INDEX kitchen_tickets_open ON kitchen_tickets (station, status) WHERE status IN ('OPEN', 'IN_PROGRESS');
        CREATE INDEX kitchen_tickets_order ON kitchen_tickets (order_id);
        CREATE INDEX kitchen_tickets_group ON kitchen_tickets (group_id);
        CREATE INDEX kitchen_tickets_closed ON kitchen_tickets (closed_at) WHERE closed_at IS NOT NULL;

        CREATE TABLE kitchen_ticket_items (
          ticket_id TEXT NOT NULL REFERENCES kitchen_tickets (id),
          item_id TEXT NOT NULL,
          group_id TEXT NOT NULL,
          position INTEGER NOT NULL,
          product_id TEXT NOT NULL,
          name TEXT NOT NULL,
          quantity INTEGER NOT NULL,
          unit TEXT NOT NULL CHECK (unit IN ('UNIT', 'GRAM')),
          slots INTEGER NOT NULL,
          modifiers TEXT NOT NULL DEFAULT '[]',
          notes TEXT,
          prep_seconds INTEGER NOT NULL,
          fire_at TEXT NOT NULL,
          due_at TEXT NOT NULL,
          status TEXT NOT NULL CHECK (status IN ('PENDING', 'IN_PROGRESS', 'DONE', 'VOIDED')),
          PRIMARY KEY (ticket_id, item_id)
        ) STRICT;
        CREATE INDEX kitchen_ticket_items_group ON kitchen_ticket_items (group_id);
      `);
    },
  },
  {
    id: 'kitchen/002_busy_covering_indexes',
    up(db) {
      // Every confirm reads the open items of the stations it uses (route-order.ts busyIntervals):
      // covering indexes answer it without visiting the ticket and item rows.
      db.exec(`
        CREATE INDEX kitchen_tickets_open_kind ON kitchen_tickets (station, kind, id) WHERE status IN ('OPEN', 'IN_PROGRESS');
        CREATE INDEX kitchen_ticket_items_busy ON kitchen_ticket_items (ticket_id, fire_at, due_at, slots) WHERE status IN ('PENDING', 'IN_PROGRESS');
      `);
    },
  },
  {
    id: 'kitchen/003_bumped_index',
    up(db) {
      // The recall list (summaries.ts recentBumped) is republished every few hundred ms while the
      // kitchen works; without this it scans every ticket of the day's history each time.
      db.exec(`CREATE INDEX kitchen_tickets_bumped ON kitchen_tickets (station, bumped_at) WHERE status = 'BUMPED';`);
    },
  },
  {
    // kitchen_tickets_open_kind (station, kind, id) over the same open tickets serves every query
    // kitchen_tickets_open did; keeping both wrote two pages per ticket opened, started or bumped.
    id: 'kitchen/004_one_open_ticket_index',
    up(db) {
      db.exec('DROP INDEX kitchen_tickets_open;');
    },
  },
  {
    // Each of these cost a page written in every commit that opened or closed a ticket. A send's
    // (group's) tickets and items are found through its order's few tickets (kitchen_tickets_order);
    // the tickets closed since the KDS's last start through the bumped index and a partial index of
    // the rare voided ones (publisher.ts CLOSED_SINCE).
    id: 'kitchen/005_fewer_ticket_indexes',
    up(db) {
      db.exec(`
        DROP INDEX kitchen_tickets_group;
        DROP INDEX kitchen_ticket_items_group;
        DROP INDEX kitchen_tickets_closed;
        CREATE INDEX kitchen_tickets_voided ON kitchen_tickets (closed_at) WHERE status = 'VOIDED';
      `);
    },
  },
];
