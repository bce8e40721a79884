import type { z } from 'zod';
import { businessRule } from '../kernel/errors.js';
import { newId } from '../kernel/ids.js';
import type { CommandTx } from '../kernel/journal/command-bus.js';
import { barcodeKey } from './barcode.js';
import { createCategory } from './categories.js';
import type { LegacyProductDraft } from './legacy-export.js';
import type { Product } from './model.js';
import { assertNamePrintable, createProduct, toInput, updateProduct } from './products.js';
import { getProduct } from './queries.js';
import { categoryInput, productInput, type CategoryInput } from './schemas.js';

export type ImportOutcome = 'CREATED' | 'UPDATED' | 'UNCHANGED';

const nameKey = (name: string) => name.trim().toLocaleLowerCase('pt-BR');

/**
 * What the row would write, held to the rules of the back office's own forms; a row breaking them
 * is refused (IMPORT_ROW_INVALID, reported as the row's outcome) before anything is written.
 */
function validInput<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues = result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
  throw businessRule('IMPORT_ROW_INVALID', issues, { reason: issues.map((i) => i.message).join('; ') });
}

interface CategoryChoice {
  id: string;
  /** The category to create with the product, when the menu has none of that name. */
  toCreate: CategoryInput | null;
}

/** A top-level category of that name (case aside), or a new one when the menu has none. */
function categoryFor(tx: CommandTx, name: string): CategoryChoice {
  const rows = tx.db.prepare('SELECT id, name FROM categories WHERE parent_id IS NULL ORDER BY sort_order, id').all() as { id: string; name: string }[];
  const found = rows.find((c) => nameKey(c.name) === nameKey(name));
  if (found) return { id: found.id, toCreate: null };
  const id = newId();
  return { id, toCreate: validInput(categoryInput, { id, name, sortOrder: 0, active: true }) };
}

/**
 * The stable key: the barcode when the old system had one (in any of its GTIN lengths), else its
 * product code (kept as SKU).
 */
function existingProduct(tx: CommandTx, draft: LegacyProductDraft): string | null {
  const byBarcode = draft.barcode ? (tx.db.prepare('SELECT id FROM products WHERE barcode_key = ?').pluck().get(barcodeKey(draft.barcode)) as string | undefined) : undefined;
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

/** What the row writes over a product: its fields as the file gives them, the kept ones of a product already on the menu. */
interface ImportedFields {
  categoryId: string;
  name: string;
  priceCents: number;
  type: Product['type'];
  barcode: string | null;
  ncm: string | null;
}

/**
 * An old system's export often lacks a product's barcode or NCM: a blank cell says nothing, so what
 * the store typed on this menu stays (the NCM its NFC-e needs, the barcode the till scans).
 */
function importedFields(current: Product | null, draft: LegacyProductDraft, categoryId: string): ImportedFields {
  const fromFile = { categoryId, name: draft.name, priceCents: draft.priceCents };
  if (!current) return { ...fromFile, type: draft.type, barcode: draft.barcode, ncm: draft.ncm };
  return { ...fromFile, type: typeAfterImport(current, draft), barcode: draft.barcode ?? current.barcode, ncm: draft.ncm ?? current.fiscal.ncm };
}

function isUnchanged(current: Product, imported: ImportedFields): boolean {
  return (
    current.categoryId === imported.categoryId &&
    current.name === imported.name &&
    current.priceCents === imported.priceCents &&
    current.type === imported.type &&
    (current.barcode ?? null) === imported.barcode &&
    (current.fiscal.ncm ?? null) === imported.ncm
  );
}

/**
 * Creates or updates one imported product inside the caller's command. A product whose imported
 * fields already match is left alone, so a second run of the same file journals nothing. The
 * product as it would be stored (an update merges the row into the stored product, whose options
 * or combo items a move to KG would make invalid) is validated before its category is created, so
 * a refused row leaves the menu as it was.
 */
export function importLegacyProduct(tx: CommandTx, draft: LegacyProductDraft): ImportOutcome {
  const category = categoryFor(tx, draft.categoryName);
  const id = existingProduct(tx, draft);
  const current = id ? getProduct(tx.db, id) : null;
  const { ncm, ...imported } = importedFields(current, draft, category.id);
  if (current && isUnchanged(current, { ...imported, ncm })) return 'UNCHANGED';
  const input = current
    ? validInput(productInput, { ...toInput(current), ...imported, fiscal: { ...current.fiscal, ncm } })
    : validInput(productInput, { ...imported, id: newId(), sku: draft.legacyCode, fiscal: { ncm } });
  assertNamePrintable(input.name);
  if (category.toCreate) createCategory(tx, category.toCreate);
  if (!current) {
    createProduct(tx, input);
    return 'CREATED';
  }
  updateProduct(tx, current.id, input);
  return 'UPDATED';
}
