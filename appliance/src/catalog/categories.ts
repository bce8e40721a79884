import { businessRule, conflict, notFound } from '../kernel/errors.js';
import { newId } from '../kernel/ids.js';
import type { CommandTx } from '../kernel/journal/command-bus.js';
import type { Db } from '../kernel/db/open.js';
import { categoryEventPayload, toCategory, type Category, type CategoryNode, type CategoryRow } from './model.js';
import type { CategoryInput } from './schemas.js';

export function getCategory(db: Db, id: string): Category | null {
  const row = db.prepare('SELECT * FROM categories WHERE id = ?').get(id) as CategoryRow | undefined;
  return row ? toCategory(row) : null;
}

function assertParent(tx: CommandTx, id: string, parentId: string | null | undefined): void {
  if (!parentId) return;
  const ancestors = tx.db
    .prepare(
      `WITH RECURSIVE up(id, parent_id) AS (SELECT id, parent_id FROM categories WHERE id = ?
       UNION ALL SELECT c.id, c.parent_id FROM categories c JOIN up ON c.id = up.parent_id) SELECT id FROM up`,
    )
    .pluck()
    .all(parentId) as string[];
  if (ancestors.length === 0) throw businessRule('CATEGORY_PARENT_NOT_FOUND', { parentId });
  if (ancestors.includes(id)) throw businessRule('CATEGORY_CYCLE', { id, parentId });
}

function write(tx: CommandTx, id: string, input: CategoryInput): Category {
  tx.db
    .prepare(
      `INSERT INTO categories (id, parent_id, name, sort_order, active, station, prep_seconds, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET parent_id = excluded.parent_id, name = excluded.name, sort_order = excluded.sort_order,
         active = excluded.active, station = excluded.station, prep_seconds = excluded.prep_seconds, updated_at = excluded.updated_at`,
    )
    .run(id, input.parentId ?? null, input.name, input.sortOrder, input.active ? 1 : 0, input.station ?? null, input.prepSeconds ?? null, tx.nowIso);
  const category = getCategory(tx.db, id)!;
  tx.emit({ type: 'catalog.category_upserted', aggregateType: 'category', aggregateId: id, payload: categoryEventPayload(category) });
  return category;
}

export function createCategory(tx: CommandTx, input: CategoryInput): Category {
  const id = input.id ?? newId();
  if (getCategory(tx.db, id)) throw conflict('CATEGORY_ID_TAKEN', { id });
  assertParent(tx, id, input.parentId);
  return write(tx, id, input);
}

export function updateCategory(tx: CommandTx, id: string, input: CategoryInput): Category {
  if (!getCategory(tx.db, id)) throw notFound('CATEGORY_NOT_FOUND', { id });
  assertParent(tx, id, input.parentId);
  return write(tx, id, input);
}

/** Categories are never deleted (past orders name them); deactivating hides them from sale. */
export function deactivateCategory(tx: CommandTx, id: string): Category {
  const current = getCategory(tx.db, id);
  if (!current) throw notFound('CATEGORY_NOT_FOUND', { id });
  return write(tx, id, { ...current, active: false });
}

export function categoryTree(db: Db): CategoryNode[] {
  const rows = (db.prepare('SELECT * FROM categories ORDER BY sort_order, name').all() as CategoryRow[]).map(toCategory);
  const nodes = new Map<string, CategoryNode>(rows.map((c) => [c.id, { ...c, children: [] }]));
  const roots: CategoryNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentId ? nodes.get(node.parentId) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}
