import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kernelMigrations } from '../kernel/db/kernel-migrations.js';
import { applyMigrations } from '../kernel/db/migrations.js';
import { openDatabase, type Db } from '../kernel/db/open.js';
import { kitchenMigrations } from './migrations.js';
import { CLOSED_SINCE } from './publisher.js';

/**
 * A ticket's commits write a page of every index on its tables, so the kitchen keeps the indexes its
 * hot reads need and finds the rest through them. These pin the set and that each lookup still
 * searches an index rather than scanning the store's whole ticket history.
 */
describe('kitchen ticket indexes', () => {
  let dir: string;
  let db: Db;
  const plan = (sql: string, ...params: unknown[]) =>
    (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((row) => row.detail).join('\n');
  const indexesOf = (table: string) => db.prepare("SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = ? ORDER BY name").pluck().all(table);

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'chefia-kitchen-indexes-'));
    db = openDatabase(join(dir, 'store.db'), 'full');
    applyMigrations(db, [...kernelMigrations, ...kitchenMigrations]);
  });
  afterAll(() => {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps the tickets and their items to the indexes their reads need', () => {
    expect(indexesOf('kitchen_tickets')).toEqual([
      'kitchen_tickets_bumped',
      'kitchen_tickets_open_kind',
      'kitchen_tickets_order',
      'kitchen_tickets_voided',
      'sqlite_autoindex_kitchen_tickets_1',
    ]);
    expect(indexesOf('kitchen_ticket_items')).toEqual(['kitchen_ticket_items_busy', 'sqlite_autoindex_kitchen_ticket_items_1']);
  });

  it("finds a send's tickets and items through its order's tickets", () => {
    const tickets = plan('SELECT * FROM kitchen_tickets WHERE order_id = ? AND group_id = ? ORDER BY kind DESC, station', 'o', 'g');
    expect(tickets).toContain('kitchen_tickets_order');
    const items = plan(
      'SELECT i.*, t.station FROM kitchen_tickets t JOIN kitchen_ticket_items i ON i.ticket_id = t.id WHERE t.order_id = ? AND t.group_id = ? ORDER BY i.position',
      'o',
      'g',
    );
    expect(items).toContain('kitchen_tickets_order');
    expect(items).toContain('sqlite_autoindex_kitchen_ticket_items_1');
    expect(items).not.toMatch(/SCAN [ti]\b/);
  });

  it('lists the tickets closed since a time from the bumped and voided indexes, never a scan of the tickets', () => {
    const closed = plan(CLOSED_SINCE, { since: '2026-01-01T00:00:00.000Z' });
    expect(closed).toContain('kitchen_tickets_bumped');
    expect(closed).toContain('kitchen_tickets_voided');
    expect(closed).not.toMatch(/SCAN (kitchen_tickets|t)\b/);
  });

  it('finds closed tickets at every station, bumped or voided, and none closed before the time', () => {
    const insert = db.prepare(
      `INSERT INTO kitchen_tickets (id, kind, station, group_id, order_id, order_number, channel, status, fire_at, due_at, created_at, bumped_at, closed_at)
       VALUES (?, 'STATION', ?, 'g', 'o', 1, 'COUNTER', ?, '', '', '', ?, ?)`,
    );
    const rows: [string, string, string, string | null, string | null][] = [
      ['old-grill', 'GRILL', 'BUMPED', '2026-01-01T09:00:00.000Z', '2026-01-01T09:00:00.000Z'],
      ['new-grill', 'GRILL', 'BUMPED', '2026-01-01T11:00:00.000Z', '2026-01-01T11:00:00.000Z'],
      ['new-bar', 'BAR', 'BUMPED', '2026-01-01T11:30:00.000Z', '2026-01-01T11:30:00.000Z'],
      ['new-fryer', 'FRYER', 'BUMPED', '2026-01-01T12:00:00.000Z', '2026-01-01T12:00:00.000Z'],
      ['old-void', 'FRYER', 'VOIDED', null, '2026-01-01T08:00:00.000Z'],
      ['new-void', 'PIZZA', 'VOIDED', null, '2026-01-01T10:30:00.000Z'],
      ['open', 'GRILL', 'OPEN', null, null],
    ];
    db.transaction(() => rows.forEach((row) => insert.run(...row)))();
    const closed = db.prepare(CLOSED_SINCE).all({ since: '2026-01-01T10:00:00.000Z' }) as { id: string; station: string }[];
    expect(closed.map((row) => `${row.station}:${row.id}`).sort()).toEqual(['BAR:new-bar', 'FRYER:new-fryer', 'GRILL:new-grill', 'PIZZA:new-void']);
  });
});
