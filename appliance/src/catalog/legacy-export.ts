import { businessRule } from '../kernel/errors.js';
import { MAX_UNIT_PRICE_CENTS } from '../kernel/money.js';
import { isSafeText } from '../kernel/safe-text.js';
import { isValidGtin } from './barcode.js';

/**
 * The product export of the store's previous POS: `;`-separated, a header row, pt-BR decimal
 * comma prices ("29,90"), categories by name, UN/KG units. The file arrives as text (the screen
 * decodes Latin-1 or UTF-8 with BOM); each data row becomes a draft or a rejection with a stable
 * code, its `line` being the file's line number as a spreadsheet shows it (header = 1).
 */
export const LEGACY_COLUMNS = { code: 'codigo', name: 'descricao', category: 'categoria', price: 'preco', unit: 'unidade', barcode: 'codigo_barras', ncm: 'ncm' } as const;
export const MAX_IMPORT_ROWS = 20_000;

export interface LegacyProductDraft {
  legacyCode: string;
  name: string;
  categoryName: string;
  priceCents: number;
  type: 'SIMPLE' | 'WEIGHT';
  barcode: string | null;
  ncm: string | null;
}

export interface LegacyRejection {
  code: string;
  params: Record<string, string>;
}

export type LegacyRow = { line: number; key: string } & ({ draft: LegacyProductDraft } | { rejection: LegacyRejection });

/** "29,90", "1.299,90", "30" → centavos; anything else (a decimal point, letters) → null. */
export function parseDecimalCommaCents(text: string): number | null {
  const match = /^(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d{1,2}))?$/.exec(text);
  if (!match) return null;
  const cents = Number(match[1].replaceAll('.', '')) * 100 + Number((match[2] ?? '0').padEnd(2, '0'));
  return cents <= MAX_UNIT_PRICE_CENTS ? cents : null;
}

const normalizeHeader = (header: string) => header.trim().toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/\s+/g, '_');

/**
 * The text columns, held to the catalog's own rules for the SKU, the product name and the category
 * name (a row the catalog would refuse is rejected here with a reason the store can act on).
 */
const TEXT_COLUMNS = [
  { column: 'code', maxChars: 40, missing: 'IMPORT_CODE_MISSING', unsafe: 'IMPORT_CODE_INVALID', tooLong: 'IMPORT_CODE_TOO_LONG' },
  { column: 'name', maxChars: 120, missing: 'IMPORT_NAME_MISSING', unsafe: 'IMPORT_NAME_INVALID', tooLong: 'IMPORT_NAME_TOO_LONG' },
  { column: 'category', maxChars: 80, missing: 'IMPORT_CATEGORY_MISSING', unsafe: 'IMPORT_CATEGORY_INVALID', tooLong: 'IMPORT_CATEGORY_TOO_LONG' },
] as const;

/** Shown back in the row's message, a too long text is cut to its start. */
const SHOWN_CHARS = 40;

function textRejection(text: string, rules: (typeof TEXT_COLUMNS)[number]): LegacyRejection | null {
  if (!text) return { code: rules.missing, params: { value: '' } };
  // Echoed in the message, a bidirectional override would reorder the very text reporting it.
  if (!isSafeText(text)) return { code: rules.unsafe, params: { value: '' } };
  if (text.length > rules.maxChars) return { code: rules.tooLong, params: { value: text.slice(0, SHOWN_CHARS) } };
  return null;
}

function toDraft(record: Record<string, string>): LegacyProductDraft | LegacyRejection {
  const field = (name: keyof typeof LEGACY_COLUMNS) => (record[LEGACY_COLUMNS[name]] ?? '').trim();
  const reject = (code: string, value = '') => ({ code, params: { value } });
  for (const rules of TEXT_COLUMNS) {
    const rejection = textRejection(field(rules.column), rules);
    if (rejection) return rejection;
  }
  const priceCents = parseDecimalCommaCents(field('price'));
  if (priceCents === null) return reject('IMPORT_PRICE_INVALID', field('price'));
  const unit = field('unit').toUpperCase();
  if (unit !== 'UN' && unit !== 'KG') return reject('IMPORT_UNIT_INVALID', field('unit'));
  const barcode = field('barcode') || null;
  if (barcode && !isValidGtin(barcode)) return reject('IMPORT_BARCODE_INVALID', barcode);
  const ncm = field('ncm').replaceAll('.', '') || null;
  if (ncm && !/^\d{8}$/.test(ncm)) return reject('IMPORT_NCM_INVALID', field('ncm'));
  return { legacyCode: field('code'), name: field('name'), categoryName: field('category'), priceCents, type: unit === 'KG' ? 'WEIGHT' : 'SIMPLE', barcode, ncm };
}

export async function parseLegacyExport(text: string): Promise<LegacyRow[]> {
  const { parse } = await import('csv-parse/sync');
  let records: { record: Record<string, string>; info: { lines: number } }[];
  try {
    records = parse(text, { delimiter: ';', bom: true, columns: (header: string[]) => header.map(normalizeHeader), skip_empty_lines: true, relax_column_count: true, info: true });
  } catch (error) {
    throw businessRule('IMPORT_FILE_INVALID', { reason: (error as Error).message });
  }
  const headers = records.length > 0 ? Object.keys(records[0].record) : [];
  const missing = Object.values(LEGACY_COLUMNS).filter((c) => !headers.includes(c));
  if (missing.length > 0) throw businessRule('IMPORT_FILE_INVALID', { missingColumns: missing });
  if (records.length > MAX_IMPORT_ROWS) throw businessRule('IMPORT_FILE_TOO_LARGE', { rows: records.length, max: MAX_IMPORT_ROWS });
  return records.map(({ record, info }) => {
    const key = (record[LEGACY_COLUMNS.barcode] || record[LEGACY_COLUMNS.code] || '').trim();
    const result = toDraft(record);
    return 'code' in result ? { line: info.lines, key, rejection: result } : { line: info.lines, key, draft: result };
  });
}
