import { newId } from '../kernel/ids.js';
import type { CommandTx } from '../kernel/journal/command-bus.js';
import { createCategory } from './categories.js';
import type { LegacyProductDraft } from './legacy-export.js';
import type { Product } from './model.js';
import { createProduct, toInput, updateProduct } from './products.js';
import { getProduct } from './queries.js';
import { productInput } from './schemas.js';

export type ImportOutcome = 'CREATED' | 'UPDATED' | 'UNCHANGED';

const nameKey = (name: string) => name.trim().toLocaleLowerCase('pt-BR');

/** A top-level category of that name (case aside), created when the menu has none. */
function categoryFor(tx: CommandTx, name: string): string {
  const rows = tx.db.prepare('SELECT id, name FROM categories WHERE parent_id IS NULL ORDER BY sort_order, id').all() as { id: string; name: string }[];
  const found = rows.find((c) => nameKey(c.name) === nameKey(name));
  return found ? found.id : createCategory(tx, { name, sortOrder: 0, active: true }).id;
}

/** The stable key: the barcode when the old system had one, else its product code (kept as SKU). */
function existingProduct(tx: CommandTx, draft: LegacyProductDraft): string | null {
  const byBarcode = draft.barcode ? (tx.db.prepare('SELECT id FROM products WHERE barcode = ?').pluck().get(draft.barcode) as string | undefined) : undefined;
  return byBarcode ?? ((tx.db.prepare('SELECT id FROM products WHERE sku = ?').pluck().get(draft.legacyCode) as string | undefined) ?? null);
}

/**
 * The old system knows a sale unit (UN or KG), not this store's types: a product still sold by the
 * unit keeps its type (a half-and-half pizza, a combo, an hourly game stay what they are), and only
 * a move between unit and weight changes it.
 */
function typeAfterImport(current: Product, draft: LegacyProductDraft): Product['type'] {
  return (draft.type === 'WEIGHT') === (current.type === 'WEIGHT') ? current.type : draft.type;
}

/**
 * Creates or updates one imported product inside the caller's command. A product whose imported
 * fields already match is left alone, so a second run of the same file journals nothing.
 */
export function importLegacyProduct(tx: CommandTx, draft: LegacyProductDraft): ImportOutcome {
  const categoryId = categoryFor(tx, draft.categoryName);
  const id = existingProduct(tx, draft);
  const current = id ? getProduct(tx.db, id) : null;
  const imported = { categoryId, name: draft.name, priceCents: draft.priceCents, type: current ? typeAfterImport(current, draft) : draft.type, barcode: draft.barcode };
  if (!current) {
    createProduct(tx, productInput.parse({ ...imported, id: newId(), sku: draft.legacyCode, fiscal: { ncm: draft.ncm } }));
    return 'CREATED';
  }
  const same =
    current.categoryId === categoryId && current.name === draft.name && current.priceCents === draft.priceCents && current.type === imported.type && (current.barcode ?? null) === draft.barcode && (current.fiscal.ncm ?? null) === draft.ncm;
  if (same) return 'UNCHANGED';
  updateProduct(tx, current.id, { ...toInput(current), ...imported, fiscal: { ...current.fiscal, ncm: draft.ncm } });
  return 'UPDATED';
}
