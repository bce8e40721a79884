import { AppError, businessRule, notFound } from '../kernel/errors.js';
import { newId } from '../kernel/ids.js';
import type { CommandTx } from '../kernel/journal/command-bus.js';
import { FLOOR_GRID, type DiningTable } from './model.js';
import { findTable } from './queries.js';

export interface SectionRecord {
  id: string;
  layoutId: string;
  name: string;
  sortOrder: number;
}

export interface Cell {
  gridCol: number;
  gridRow: number;
}

function section(tx: CommandTx, sectionId: string): SectionRecord {
  const found = tx.db.prepare('SELECT id, layout_id AS layoutId, name, sort_order AS sortOrder FROM table_sections WHERE id = ?').get(sectionId) as SectionRecord | undefined;
  if (!found) throw notFound('TABLE_SECTION_NOT_FOUND', { sectionId });
  return found;
}

/** A cell inside the grid and free of other tables of the section (the table itself may stay put). */
function checkCell(tx: CommandTx, sectionId: string, cell: Cell, tableId: string | null): void {
  if (cell.gridCol >= FLOOR_GRID.columns || cell.gridRow >= FLOOR_GRID.rows) {
    throw businessRule('TABLE_CELL_OUTSIDE_GRID', { ...cell, ...FLOOR_GRID }, { columns: FLOOR_GRID.columns, rows: FLOOR_GRID.rows });
  }
  const taken = tx.db
    .prepare('SELECT label FROM dining_tables WHERE section_id = ? AND grid_col = ? AND grid_row = ? AND id IS NOT ?')
    .pluck()
    .get(sectionId, cell.gridCol, cell.gridRow, tableId) as string | undefined;
  if (taken) throw new AppError('TABLE_CELL_TAKEN', 409, 'TABLE_CELL_TAKEN', { ...cell, label: taken }, { label: taken });
}

export function addSection(tx: CommandTx, layoutId: string, name: string): SectionRecord {
  if (!tx.db.prepare('SELECT 1 FROM table_layouts WHERE id = ?').get(layoutId)) throw notFound('TABLE_LAYOUT_NOT_FOUND', { layoutId });
  const sortOrder = (tx.db.prepare('SELECT COALESCE(MAX(sort_order), 0) FROM table_sections WHERE layout_id = ?').pluck().get(layoutId) as number) + 1;
  const added = { id: newId(), layoutId, name, sortOrder };
  tx.db.prepare('INSERT INTO table_sections (id, layout_id, name, sort_order) VALUES (?, ?, ?, ?)').run(added.id, layoutId, name, sortOrder);
  tx.emit({ type: 'tables.section_added', aggregateType: 'table_layout', aggregateId: layoutId, payload: { section: added } });
  return added;
}

export function addTable(tx: CommandTx, input: { sectionId: string; label: string; capacity: number } & Cell): DiningTable {
  section(tx, input.sectionId);
  if (tx.db.prepare('SELECT 1 FROM dining_tables WHERE label = ?').get(input.label)) {
    throw new AppError('TABLE_LABEL_TAKEN', 409, 'TABLE_LABEL_TAKEN', { label: input.label }, { label: input.label });
  }
  checkCell(tx, input.sectionId, input, null);
  const id = newId();
  const order = (tx.db.prepare('SELECT COALESCE(MAX(sort_order), 0) FROM dining_tables').pluck().get() as number) + 1;
  tx.db
    .prepare("INSERT INTO dining_tables (id, section_id, label, capacity, seats, status, sort_order, updated_at, grid_col, grid_row) VALUES (?, ?, ?, ?, ?, 'FREE', ?, ?, ?, ?)")
    .run(id, input.sectionId, input.label, input.capacity, input.capacity, order, tx.nowIso, input.gridCol, input.gridRow);
  const table = findTable(tx.db, id)!;
  tx.emit({ type: 'tables.table_added', aggregateType: 'table', aggregateId: id, payload: { table } });
  return table;
}

/** Moves a table to a free cell, of its own section or of another one (a table with a tab may move too: its tab stays). */
export function placeTable(tx: CommandTx, tableId: string, input: { sectionId?: string } & Cell): DiningTable {
  const current = findTable(tx.db, tableId);
  if (!current) throw notFound('TABLE_NOT_FOUND', { tableId });
  const sectionId = input.sectionId ?? current.sectionId;
  section(tx, sectionId);
  checkCell(tx, sectionId, input, tableId);
  tx.db.prepare('UPDATE dining_tables SET section_id = ?, grid_col = ?, grid_row = ?, updated_at = ? WHERE id = ?').run(sectionId, input.gridCol, input.gridRow, tx.nowIso, tableId);
  tx.emit({ type: 'tables.table_placed', aggregateType: 'table', aggregateId: tableId, payload: { tableId, sectionId, gridCol: input.gridCol, gridRow: input.gridRow } });
  return findTable(tx.db, tableId)!;
}
