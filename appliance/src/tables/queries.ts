import { prepareCached } from '../kernel/db/statements.js';
import type { Db } from '../kernel/db/open.js';
import { toTable, type DiningTable, type Layout, type Tab, type TableRow, type TabStatus } from './model.js';

export function findTable(db: Db, tableId: string): DiningTable | null {
  const row = prepareCached(db, 'SELECT * FROM dining_tables WHERE id = ?').get(tableId) as TableRow | undefined;
  return row ? toTable(row) : null;
}

export function listTables(db: Db, filter: { status?: string; sectionId?: string } = {}): DiningTable[] {
  const rows = prepareCached(db, 'SELECT * FROM dining_tables WHERE (@status IS NULL OR status = @status) AND (@sectionId IS NULL OR section_id = @sectionId) ORDER BY sort_order, label')
    .all({ status: filter.status ?? null, sectionId: filter.sectionId ?? null }) as TableRow[];
  return rows.map(toTable);
}

export function listLayouts(db: Db): Layout[] {
  const layouts = prepareCached(db, 'SELECT id, name FROM table_layouts ORDER BY name').all() as { id: string; name: string }[];
  const sections = prepareCached(db, 'SELECT id, layout_id AS layoutId, name, sort_order AS sortOrder FROM table_sections ORDER BY sort_order, name').all() as {
    id: string;
    layoutId: string;
    name: string;
    sortOrder: number;
  }[];
  const tables = listTables(db);
  return layouts.map((l) => ({
    ...l,
    sections: sections.filter((s) => s.layoutId === l.id).map((s) => ({ ...s, tables: tables.filter((t) => t.sectionId === s.id) })),
  }));
}

interface TabRow {
  id: string;
  status: TabStatus;
  primary_order_id: string;
  merged_into: string | null;
  waiter_id: string | null;
  guests: number | null;
  opened_at: string;
  closed_at: string | null;
  service_charge_waived: number;
}

export function findTab(db: Db, tabId: string): Tab | null {
  const row = prepareCached(db, 'SELECT * FROM tabs WHERE id = ?').get(tabId) as TabRow | undefined;
  if (!row) return null;
  return {
    id: row.id,
    status: row.status,
    primaryOrderId: row.primary_order_id,
    mergedInto: row.merged_into,
    waiterId: row.waiter_id,
    guests: row.guests,
    openedAt: row.opened_at,
    closedAt: row.closed_at,
    serviceChargeWaived: row.service_charge_waived === 1,
    tableIds: prepareCached(db, 'SELECT id FROM dining_tables WHERE current_tab_id = ? ORDER BY sort_order').pluck().all(row.id) as string[],
    orderIds: prepareCached(db, 'SELECT order_id FROM tab_orders WHERE tab_id = ? ORDER BY added_at, order_id').pluck().all(row.id) as string[],
  };
}

/**
 * The tab a tab's guests are on now: itself, or the tab it was joined into (and so on, a joined
 * bill may be joined again). A phone that kept the joining tab's id still reaches its guests' bill.
 */
export function currentTabOf(db: Db, tabId: string): Tab | null {
  let tab = findTab(db, tabId);
  const seen = new Set<string>();
  while (tab?.status === 'MERGED' && tab.mergedInto && !seen.has(tab.id)) {
    seen.add(tab.id);
    tab = findTab(db, tab.mergedInto);
  }
  return tab;
}

/** The tabs still open or closing: what a day close must leave no table holding. */
export function openTabIds(db: Db): string[] {
  return prepareCached(db, "SELECT id FROM tabs WHERE status IN ('OPEN', 'CLOSING') ORDER BY opened_at, id").pluck().all() as string[];
}

/** The open (or closing) tab a table belongs to, if any. */
export function findTabOfTable(db: Db, tableId: string): Tab | null {
  const tabId = prepareCached(db, 'SELECT current_tab_id FROM dining_tables WHERE id = ?').pluck().get(tableId) as string | null | undefined;
  return tabId ? findTab(db, tabId) : null;
}

/** The tables recorded for lines that joined another table's order (`recordLineTable`), by line. */
export function recordedLineTables(db: Db, itemIds: readonly string[]): Map<string, string> {
  if (itemIds.length === 0) return new Map();
  const rows = prepareCached(db, 'SELECT item_id AS itemId, table_id AS tableId FROM tab_line_tables WHERE item_id IN (SELECT value FROM json_each(?))').all(JSON.stringify(itemIds)) as { itemId: string; tableId: string }[];
  return new Map(rows.map((r) => [r.itemId, r.tableId]));
}
