import { AppError, businessRule, notFound } from '../kernel/errors.js';
import { newId } from '../kernel/ids.js';
import type { CommandTx } from '../kernel/journal/command-bus.js';
import type { EventPayload, NewEvent } from '../kernel/journal/event.js';
import type { DiningTable, Layout, Tab, TableStatus } from './model.js';
import { findTab, findTable, listLayouts } from './queries.js';
import { setServiceChargeWaived } from './service-charge.js';

export interface LayoutInput {
  id?: string;
  name: string;
  sections: { name: string; tables: { id?: string; label: string; capacity: number; seats?: number; waiterId?: string | null }[] }[];
}

function table(tx: CommandTx, tableId: string): DiningTable {
  const found = findTable(tx.db, tableId);
  if (!found) throw notFound('TABLE_NOT_FOUND', { tableId });
  return found;
}

function openTab(tx: CommandTx, tabId: string): Tab {
  const tab = findTab(tx.db, tabId);
  if (!tab) throw notFound('TAB_NOT_FOUND', { tabId });
  if (tab.status !== 'OPEN' && tab.status !== 'CLOSING') throw businessRule('TAB_NOT_OPEN', { tabId, status: tab.status });
  return tab;
}

function setStatus(tx: CommandTx, tableId: string, status: TableStatus, tabId: string | null): void {
  tx.db.prepare('UPDATE dining_tables SET status = ?, current_tab_id = ?, updated_at = ? WHERE id = ?').run(status, tabId, tx.nowIso, tableId);
}

type TabEventType = 'tables.tab_opened' | 'tables.tab_transferred' | 'tables.tabs_merged' | 'tables.tab_order_added' | 'tables.bill_requested' | 'tables.bill_reopened' | 'tables.tab_closed';
type TabState = Pick<EventPayload<'tables.bill_requested'>, 'tabId' | 'status' | 'tableIds' | 'orderIds'>;

/** Journals a tab event built on the tab's state after the change; every tab event carries that state. */
function emitTab(tx: CommandTx, tabId: string, event: (state: TabState) => NewEvent<TabEventType>): Tab {
  const tab = findTab(tx.db, tabId)!;
  tx.emit(event({ tabId, status: tab.status, tableIds: tab.tableIds, orderIds: tab.orderIds }));
  return tab;
}

/**
 * A new floor layout with its sections and tables. The floor editor and the demo seed name their
 * ids; an id already in use (the plan saved twice, a table id reused on another floor) is a
 * conflict the editor can show, checked here rather than left to the primary key (an internal error).
 */
export function createLayout(tx: CommandTx, input: LayoutInput): Layout {
  const layoutId = input.id ?? newId();
  if (input.id && tx.db.prepare('SELECT 1 FROM table_layouts WHERE id = ?').get(input.id)) {
    throw new AppError('TABLE_LAYOUT_TAKEN', 409, 'TABLE_LAYOUT_TAKEN', { layoutId: input.id }, { layoutId: input.id });
  }
  tx.db.prepare('INSERT INTO table_layouts (id, name, updated_at) VALUES (?, ?, ?)').run(layoutId, input.name, tx.nowIso);
  let order = (tx.db.prepare('SELECT COALESCE(MAX(sort_order), 0) FROM dining_tables').pluck().get() as number) + 1;
  input.sections.forEach((section, s) => {
    const sectionId = newId();
    tx.db.prepare('INSERT INTO table_sections (id, layout_id, name, sort_order) VALUES (?, ?, ?, ?)').run(sectionId, layoutId, section.name, s + 1);
    for (const t of section.tables) {
      if (tx.db.prepare('SELECT 1 FROM dining_tables WHERE label = ?').get(t.label)) {
        throw new AppError('TABLE_LABEL_TAKEN', 409, 'TABLE_LABEL_TAKEN', { label: t.label }, { label: t.label });
      }
      if (t.id) {
        // Also catches one id given twice in the same plan: the first is inserted by then.
        const taken = tx.db.prepare('SELECT label FROM dining_tables WHERE id = ?').pluck().get(t.id) as string | undefined;
        if (taken !== undefined) throw new AppError('TABLE_ID_TAKEN', 409, 'TABLE_ID_TAKEN', { tableId: t.id, label: taken }, { tableId: t.id, label: taken });
      }
      tx.db
        .prepare("INSERT INTO dining_tables (id, section_id, label, capacity, seats, status, waiter_id, sort_order, updated_at) VALUES (?, ?, ?, ?, ?, 'FREE', ?, ?, ?)")
        .run(t.id ?? newId(), sectionId, t.label, t.capacity, t.seats ?? t.capacity, t.waiterId ?? null, order++, tx.nowIso);
    }
  });
  const layout = listLayouts(tx.db).find((l) => l.id === layoutId)!;
  tx.emit({ type: 'tables.layout_created', aggregateType: 'table_layout', aggregateId: layoutId, payload: { layout } });
  return layout;
}

export function updateTable(tx: CommandTx, tableId: string, input: { label?: string; capacity?: number; seats?: number; waiterId?: string | null }): DiningTable {
  const current = table(tx, tableId);
  if (input.label && input.label !== current.label && tx.db.prepare('SELECT 1 FROM dining_tables WHERE label = ?').get(input.label)) {
    throw new AppError('TABLE_LABEL_TAKEN', 409, 'TABLE_LABEL_TAKEN', { label: input.label }, { label: input.label });
  }
  tx.db
    .prepare('UPDATE dining_tables SET label = ?, capacity = ?, seats = ?, waiter_id = ?, updated_at = ? WHERE id = ?')
    .run(input.label ?? current.label, input.capacity ?? current.capacity, input.seats ?? current.seats, input.waiterId === undefined ? current.waiterId : input.waiterId, tx.nowIso, tableId);
  const next = table(tx, tableId);
  tx.emit({ type: 'tables.table_updated', aggregateType: 'table', aggregateId: tableId, payload: { table: next } });
  return next;
}

/** Reserves a free table or frees a reserved one; a table with a tab changes status through its tab. */
export function setReservation(tx: CommandTx, tableId: string, reserved: boolean): DiningTable {
  const current = table(tx, tableId);
  if (current.currentTabId) throw businessRule('TABLE_HAS_TAB', { tableId }, { label: current.label });
  setStatus(tx, tableId, reserved ? 'RESERVED' : 'FREE', null);
  const next = table(tx, tableId);
  tx.emit({ type: 'tables.status_changed', aggregateType: 'table', aggregateId: tableId, payload: { tableId, status: next.status } });
  return next;
}

/** Opens a tab on a free or reserved table around an already created (empty) TABLE order. */
export function openTabOnTable(tx: CommandTx, input: { tableId: string; orderId: string; waiterId?: string | null; guests?: number | null }): Tab {
  const current = table(tx, input.tableId);
  if (current.currentTabId) throw businessRule('TABLE_HAS_TAB', { tableId: input.tableId, tabId: current.currentTabId }, { label: current.label });
  const tabId = newId();
  tx.db
    .prepare("INSERT INTO tabs (id, status, primary_order_id, waiter_id, guests, opened_at) VALUES (?, 'OPEN', ?, ?, ?, ?)")
    .run(tabId, input.orderId, input.waiterId ?? current.waiterId, input.guests ?? null, tx.nowIso);
  tx.db.prepare('INSERT INTO tab_orders (tab_id, order_id, added_at) VALUES (?, ?, ?)').run(tabId, input.orderId, tx.nowIso);
  setStatus(tx, input.tableId, 'OCCUPIED', tabId);
  return emitTab(tx, tabId, (state) => ({ type: 'tables.tab_opened', aggregateType: 'tab', aggregateId: tabId, payload: { ...state, guests: input.guests ?? null } }));
}

/** Moves a tab from one of its tables to a free (or reserved) table. */
export function transferTab(tx: CommandTx, tabId: string, fromTableId: string, toTableId: string): Tab {
  const tab = openTab(tx, tabId);
  const from = table(tx, fromTableId);
  const to = table(tx, toTableId);
  if (from.currentTabId !== tabId) throw businessRule('TABLE_HAS_NO_TAB', { tableId: fromTableId }, { label: from.label });
  if (to.currentTabId) throw businessRule('TABLE_NOT_FREE', { tableId: toTableId }, { label: to.label });
  setStatus(tx, toTableId, from.status, tabId);
  setStatus(tx, fromTableId, 'FREE', null);
  return emitTab(tx, tab.id, (state) => ({ type: 'tables.tab_transferred', aggregateType: 'tab', aggregateId: tab.id, payload: { ...state, fromTableId, toTableId } }));
}

/** Joins the source tab into the target: its tables and orders now belong to the target tab. */
export function mergeTabs(tx: CommandTx, targetTabId: string, sourceTabId: string): Tab {
  if (targetTabId === sourceTabId) throw businessRule('TAB_SAME_TAB', { tabId: targetTabId });
  const target = openTab(tx, targetTabId);
  const source = openTab(tx, sourceTabId);
  tx.db.prepare('UPDATE tab_orders SET tab_id = ? WHERE tab_id = ?').run(targetTabId, sourceTabId);
  // One bill for everyone at the joined tables: seats and equal parts for each of them.
  const guests = target.guests === null && source.guests === null ? null : (target.guests ?? 0) + (source.guests ?? 0);
  tx.db.prepare('UPDATE tabs SET guests = ? WHERE id = ?').run(guests, targetTabId);
  // The service charge the joining table already paid is the joined bill's: its shares count it.
  tx.db.prepare('UPDATE tab_service_charges SET tab_id = ? WHERE tab_id = ?').run(targetTabId, sourceTabId);
  // Guests who declined the service charge are never charged it for joining another table: the
  // joined bill is declined too, until the waiter restores it with the whole party's consent.
  if (source.serviceChargeWaived && !target.serviceChargeWaived) setServiceChargeWaived(tx, targetTabId, true);
  const status = (tx.db.prepare('SELECT status FROM tabs WHERE id = ?').pluck().get(targetTabId) as string) === 'CLOSING' ? 'CLOSING' : 'OCCUPIED';
  tx.db.prepare('UPDATE dining_tables SET current_tab_id = ?, status = ?, updated_at = ? WHERE current_tab_id = ?').run(targetTabId, status, tx.nowIso, sourceTabId);
  tx.db.prepare("UPDATE tabs SET status = 'MERGED', merged_into = ?, closed_at = ? WHERE id = ?").run(targetTabId, tx.nowIso, sourceTabId);
  return emitTab(tx, targetTabId, (state) => ({ type: 'tables.tabs_merged', aggregateType: 'tab', aggregateId: targetTabId, payload: { ...state, sourceTabId, guests } }));
}

/**
 * Lines that joined another table's order keep the table they were ordered at. A line joined
 * again (its bill joining a third table) keeps the first: that is where its guest sits.
 */
export function recordLineTable(tx: CommandTx, tableId: string, itemIds: readonly string[]): void {
  const insert = tx.prepare('INSERT INTO tab_line_tables (item_id, table_id) VALUES (?, ?) ON CONFLICT (item_id) DO NOTHING');
  for (const itemId of itemIds) insert.run(itemId, tableId);
}

/** The guests of one of a tab's tables moved to another table: their lines' seats are there now. */
export function moveLineTables(tx: CommandTx, itemIds: readonly string[], fromTableId: string, toTableId: string): void {
  tx.prepare('UPDATE tab_line_tables SET table_id = ? WHERE table_id = ? AND item_id IN (SELECT value FROM json_each(?))').run(toTableId, fromTableId, JSON.stringify(itemIds));
}

/** Lines moved to another table are that table's now: they take its seats. */
export function forgetLineTables(tx: CommandTx, itemIds: readonly string[]): void {
  const remove = tx.prepare('DELETE FROM tab_line_tables WHERE item_id = ?');
  for (const itemId of itemIds) remove.run(itemId);
}

/** Adds another order to a tab: the guests ordered more after every order of the tab was paid. */
export function addOrderToTab(tx: CommandTx, tabId: string, orderId: string): Tab {
  openTab(tx, tabId);
  tx.db.prepare('INSERT INTO tab_orders (tab_id, order_id, added_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING').run(tabId, orderId, tx.nowIso);
  return emitTab(tx, tabId, (state) => ({ type: 'tables.tab_order_added', aggregateType: 'tab', aggregateId: tabId, payload: { ...state, orderId } }));
}

/** The guests asked for the bill: the tab and its tables show CLOSING. */
export function requestBill(tx: CommandTx, tabId: string): Tab {
  openTab(tx, tabId);
  tx.db.prepare("UPDATE tabs SET status = 'CLOSING' WHERE id = ?").run(tabId);
  tx.db.prepare("UPDATE dining_tables SET status = 'CLOSING', updated_at = ? WHERE current_tab_id = ?").run(tx.nowIso, tabId);
  return emitTab(tx, tabId, (state) => ({ type: 'tables.bill_requested', aggregateType: 'tab', aggregateId: tabId, payload: state }));
}

/**
 * The table ordered again after asking for the bill: the pré-conta it was handed is no longer its
 * bill, so the tab and its tables are open again (the floor follows the kitchen, and the next
 * request prints a current pré-conta). An open tab is left as it is.
 */
export function reopenBill(tx: CommandTx, tabId: string): Tab {
  const tab = openTab(tx, tabId);
  if (tab.status !== 'CLOSING') return tab;
  tx.db.prepare("UPDATE tabs SET status = 'OPEN' WHERE id = ?").run(tabId);
  tx.db.prepare("UPDATE dining_tables SET status = 'OCCUPIED', updated_at = ? WHERE current_tab_id = ?").run(tx.nowIso, tabId);
  return emitTab(tx, tabId, (state) => ({ type: 'tables.bill_reopened', aggregateType: 'tab', aggregateId: tabId, payload: state }));
}

/** Closes a settled tab and frees its tables (the workflow checks that every order is settled). */
export function closeTab(tx: CommandTx, tabId: string): Tab {
  const tab = openTab(tx, tabId);
  tx.db.prepare("UPDATE tabs SET status = 'CLOSED', closed_at = ? WHERE id = ?").run(tx.nowIso, tabId);
  tx.db.prepare("UPDATE dining_tables SET status = 'FREE', current_tab_id = NULL, updated_at = ? WHERE current_tab_id = ?").run(tx.nowIso, tabId);
  return emitTab(tx, tabId, (state) => ({ type: 'tables.tab_closed', aggregateType: 'tab', aggregateId: tabId, payload: { ...state, freedTableIds: tab.tableIds } }));
}

