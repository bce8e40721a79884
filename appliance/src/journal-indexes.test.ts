import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SECURITY_EVENT_TYPES, SECURITY_EVENTS_INDEX_TERM } from './auth/index.js';
import { applyMigrations } from './kernel/db/migrations.js';
import { kernelMigrations } from './kernel/db/kernel-migrations.js';
import { openDatabase, type Db } from './kernel/db/open.js';
import { applianceModules } from './modules.js';

/**
 * Every index on a hot table costs a page written per commit that touches it, so the journal is
 * indexed by seq alone and the few lookups by another key run on partial indexes over just their
 * rows. These pin that the store's schema is so and that those lookups still find their index
 * (a full scan would pass every functional test and only show on a year-old store).
 */
describe('hot-path indexes', () => {
  let dir: string;
  let db: Db;
  const plan = (sql: string, ...params: unknown[]) =>
    (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((row) => row.detail).join('\n');

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'chefia-indexes-'));
    db = openDatabase(join(dir, 'store.db'), 'full');
    applyMigrations(db, [...kernelMigrations, ...applianceModules().flatMap((m) => m.migrations ?? [])]);
  });
  afterAll(() => {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps the journal to its seq key, its event-id key and the partial indexes of rare events', () => {
    const indexes = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'journal' ORDER BY name").pluck().all();
    expect(indexes).toEqual(['journal_chat_customer_messages', 'journal_customer_events', 'journal_security_events', 'sqlite_autoindex_journal_1']);
  });

  it('recognises a chat message redelivered after a restore through the chat messages\' partial index', () => {
    expect(plan("SELECT 1 FROM journal WHERE type = 'chat.customer_message_recorded' AND json_extract(payload, '$.relayMessageId') = ?", 'm1')).toContain('journal_chat_customer_messages');
  });

  it('finds security events through their partial index, whose term matches every security type', () => {
    const types = SECURITY_EVENT_TYPES.map(() => '?').join(', ');
    expect(plan(`SELECT * FROM journal WHERE ${SECURITY_EVENTS_INDEX_TERM} AND type IN (${types}) ORDER BY seq DESC LIMIT 20`, ...SECURITY_EVENT_TYPES)).toContain(
      'journal_security_events',
    );
    const insert = db.prepare("INSERT INTO journal (event_id, type, aggregate_type, aggregate_id, payload, occurred_at) VALUES (?, ?, 'x', 'x', '{}', '2026-01-01T00:00:00.000Z')");
    db.transaction(() => SECURITY_EVENT_TYPES.forEach((type, n) => insert.run(`security-${n}`, type)))();
    const indexed = db.prepare('SELECT COUNT(*) FROM journal INDEXED BY journal_security_events WHERE ' + SECURITY_EVENTS_INDEX_TERM).pluck().get();
    expect(indexed).toBe(SECURITY_EVENT_TYPES.length);
  });

  it("reads a customer's history through the customers' partial index", () => {
    expect(plan("SELECT type FROM journal WHERE aggregate_type = 'customer' AND aggregate_id = ? ORDER BY seq", 'c1')).toContain('journal_customer_events');
  });

  it('serves the open kitchen tickets from one partial index and the table index from table orders only', () => {
    expect(plan("SELECT COUNT(*) FROM kitchen_tickets WHERE station = ? AND status IN ('OPEN', 'IN_PROGRESS')", 'GRILL')).toContain('kitchen_tickets_open_kind');
    expect(plan("SELECT * FROM kitchen_tickets WHERE station = ? AND status IN ('OPEN', 'IN_PROGRESS') ORDER BY fire_at, created_at, id", 'GRILL')).toContain(
      'kitchen_tickets_open_kind',
    );
    expect(plan('SELECT * FROM orders WHERE table_id = ? ORDER BY created_at DESC', 't1')).toContain('orders_table');
    expect(plan('SELECT id FROM orders WHERE business_date = ? ORDER BY number', '2026-01-01')).toContain('sqlite_autoindex_orders_2');
  });
});
